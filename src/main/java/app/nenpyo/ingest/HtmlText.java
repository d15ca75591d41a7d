package app.nenpyo.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of an HTML fragment as paragraphs: every block element (p, div, h1–h6, li, tr,
 * blockquote…) becomes a paragraph, paragraphs are separated by a blank line ({@code "\n\n"}),
 * {@code <br>} becomes {@code "\n"}. Characters inside a paragraph are kept exactly, entities
 * decoded (U+3000 and no-break spaces included), except the source's line breaks and
 * indentation, which HTML does not show: a run of blanks holding a line break disappears
 * between two Japanese characters and becomes one space otherwise.
 * <pre>
 * "&lt;p&gt;王外相は&lt;br&gt;述べた。&lt;/p&gt;&lt;p&gt;A &amp;amp; B&lt;/p&gt;" → "王外相は\n述べた。\n\nA &amp; B"
 * "&lt;p&gt;東京\n    大阪&lt;/p&gt;"                                → "東京大阪"
 * </pre>
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
            "th", "thead", "tr", "ul");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe");

    private HtmlText() {
    }

    public static String of(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(root, current, blocks, false);
        flush(current, blocks);
        return String.join("\n\n", blocks);
    }

    private static void walk(Node node, StringBuilder current, List<String> blocks, boolean pre) {
        if (node instanceof TextNode text) {
            current.append(pre ? text.getWholeText() : collapseSourceBreaks(text.getWholeText()));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            current.append('\n');
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush(current, blocks);
        }
        boolean inPre = pre || tag.equals("pre");
        for (Node child : element.childNodes()) {
            walk(child, current, blocks, inPre);
        }
        if (block) {
            flush(current, blocks);
        }
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String block = stripLines(current.toString());
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }

    /** Trims each line's ends of ASCII blanks (indentation), keeps a leading U+3000 indent, drops empty edges. */
    private static String stripLines(String block) {
        String[] lines = block.split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(line.replaceAll("^[ \\t\\r]+|[ \\t\\r]+$", ""));
        }
        return b.toString().replaceAll("^[\\s\\u3000]*\\n|\\n[\\s\\u3000]*$", "").strip();
    }

    static String collapseSourceBreaks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                int j = i;
                boolean lineBreak = false;
                while (j < s.length() && " \t\n\r".indexOf(s.charAt(j)) >= 0) {
                    lineBreak |= s.charAt(j) == '\n' || s.charAt(j) == '\r';
                    j++;
                }
                if (!lineBreak) {
                    b.append(s, i, j);
                } else if (!(i > 0 && j < s.length() && isWide(s.charAt(i - 1)) && isWide(s.charAt(j)))) {
                    b.append(' ');
                }
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isWide(char c) {
        return c >= 0x2E80;
    }
}
