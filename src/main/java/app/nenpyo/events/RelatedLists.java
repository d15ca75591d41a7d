package app.nenpyo.events;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.TextSpan;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a document's related-articles lists (関連記事, あわせて読みたい…) are, found once for the
 * document rather than once for each of its dates: a paragraph of a thousand dated sentences was
 * searched a thousand times, and 100,000 such sentences in one paragraph took minutes and
 * gigabytes.
 *
 * <p>A paragraph is in a list when it starts with the heading, follows a paragraph that does, or
 * is a list item of its own (a short line with no 。) back through others like it to a heading.
 * A date is in a list, too, when a line of its paragraph starts with the heading before it: a sentence with no 。
 * may run from a line before the heading into the list (（県支局）, 関連記事, 美術館で盗難（1月9日）: one sentence),
 * and its dates after the heading are the list's, the line before it stays what it was.
 *
 * <pre>
 *   関連記事
 *   2021年12月5日 燃料価格が上昇        → in a list (a list item after the heading)
 *   政府は10日、…と発表した。           → not (a sentence ending in 。)
 * </pre>
 */
final class RelatedLists {

    static final Pattern HEADING = Pattern.compile("^[\\s【\\[■▼●◆]*(関連記事|関連ニュース|関連リンク|あわせて読みたい|合わせて読みたい|こちらもおすすめ)");

    /** The longest line a list item of its own paragraph is taken to be: a headline and its date. */
    private static final int LIST_ITEM_CHARS = 80;

    /** How far back a list is followed: far more items than a related-articles list holds. */
    private static final int LIST_ITEMS = 30;

    private final Map<Integer, Boolean> listParagraphs = new HashMap<>();
    /** By paragraph number: where its first line that starts with the heading starts, if one does. */
    private final Map<Integer, Integer> headingLines = new HashMap<>();

    private RelatedLists() {
    }

    static RelatedLists of(AnalyzedDocument doc) {
        RelatedLists lists = new RelatedLists();
        String text = doc.text();
        Matcher heading = HEADING.matcher(text);
        for (Paragraph p : doc.paragraphs()) {
            TextSpan span = p.span();
            boolean startsList = startsWithHeading(heading, span.start(), span.end())
                    || doc.paragraph(p.number() - 1).map(before -> startsWithHeading(heading, before.span().start(), before.span().end()))
                            .orElse(false)
                    || continuesList(doc, heading, p);
            lists.listParagraphs.put(p.number(), startsList);
            int line = span.start();
            while (line < span.end()) {
                if (startsWithHeading(heading, line, span.end())) {
                    lists.headingLines.put(p.number(), line);
                    break;
                }
                int newline = text.indexOf('\n', line);
                if (newline < 0 || newline >= span.end()) {
                    break;
                }
                line = newline + 1;
            }
        }
        return lists;
    }

    /** Whether a date of this paragraph, at this span, is in a related-articles list. */
    boolean holds(Paragraph paragraph, TextSpan expression) {
        return listParagraphs.getOrDefault(paragraph.number(), false)
                || headingLines.getOrDefault(paragraph.number(), Integer.MAX_VALUE) <= expression.start();
    }

    private static boolean startsWithHeading(Matcher heading, int start, int end) {
        return start < end && heading.region(start, end).lookingAt();
    }

    /** A list item in a paragraph of its own, back through others like it to a heading. */
    private static boolean continuesList(AnalyzedDocument doc, Matcher heading, Paragraph paragraph) {
        if (!isListItem(doc.text(), paragraph.span())) {
            return false;
        }
        for (int k = paragraph.number() - 1; k >= Math.max(1, paragraph.number() - LIST_ITEMS); k--) {
            TextSpan before = doc.paragraph(k).map(Paragraph::span).orElse(null);
            if (before == null) {
                return false;
            }
            if (startsWithHeading(heading, before.start(), before.end())) {
                return true;
            }
            if (!isListItem(doc.text(), before)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isListItem(String text, TextSpan paragraph) {
        // a long paragraph is no list item, whatever its blanks: no need to copy it to know
        if (paragraph.length() > 4 * LIST_ITEM_CHARS) {
            return false;
        }
        String item = paragraph.of(text).strip();
        return !item.isEmpty() && item.length() <= LIST_ITEM_CHARS && item.indexOf('\n') < 0 && !item.endsWith("。");
    }
}
