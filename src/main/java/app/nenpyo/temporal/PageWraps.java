package app.nenpyo.temporal;

import java.util.ArrayList;
import java.util.List;

/**
 * The line breaks a page wrapped at a fixed width put inside running text, wherever they fall (inside
 * a word too: ス⏎ナク氏, 北浜市役⏎所, JAX⏎A), for the readers that must see the words whole. The width is
 * the one {@link WrappedBreaks} finds (the length lines have most often); a break is a wrap when the
 * line before it is that long (within {@value WrappedBreaks#WIDTH_SLACK} characters) and goes on in the
 * next line:
 *
 * <pre>
 *   …スナク首⏎相の保守党は…     → the break after 首 (the line is as long as the page's)
 *   …ほぼ終わった。⏎次の文…      → none: a sentence ended there
 *   …と述べた⏎　労働党は…       → none: an indented line starts a paragraph
 *   見出し：新型ロケットH3⏎打ち上げ → none: a header is no line of the body
 * </pre>
 *
 * <p>Only a text with {@value #FULL_LINES} lines or more of the page's width is taken as wrapped: a text
 * of a paragraph a line has lines of every length, the longest once. Known weakness: a paragraph
 * that ends at the page's width without a closing mark (a headline without 。) is read as going on
 * into the next line, and so are two such lines of a paragraph a line within the slack of each other
 * (政府は3日、新しい対策をまとめた⏎市は5日に説明会を開く予定だ); it matters only where the sentence
 * splitter read the two lines as one sentence.
 */
public final class PageWraps {
    /** Lines of the page's width a wrapped text has at least. */
    static final int FULL_LINES = 2;

    private PageWraps() {
    }

    /** The indices of the line breaks ({@code \n}, or the {@code \r} of {@code \r\n}) a page's width put inside running text, in order. */
    public static List<Integer> in(String text) {
        return breaks(text, false);
    }

    /**
     * The line breaks a page's width put inside its paragraphs, a sentence's end at the line's end included
     * (…逮捕されていた。⏎同日には… on a page of that width goes on in its paragraph; an indented or blank line starts one).
     */
    static List<Integer> insideParagraphs(String text) {
        return breaks(text, true);
    }

    private static List<Integer> breaks(String text, boolean afterASentencesEnd) {
        List<Integer> wraps = new ArrayList<>();
        if (text.indexOf('\n') < 0) {
            return wraps;
        }
        char[] c = text.toCharArray();
        int width = WrappedBreaks.mostCommonLineLength(c);
        if (fullLines(c, width) < FULL_LINES) {
            return wraps;
        }
        for (int b = 1; b < c.length; b++) {
            int brk = c[b] == '\n' ? 1 : c[b] == '\r' && b + 1 < c.length && c[b + 1] == '\n' ? 2 : 0;
            if (brk == 0) {
                continue;
            }
            int next = b + brk;
            int start = WrappedBreaks.lineStart(c, b);
            boolean goesOn = next < c.length && c[next] != '\n' && c[next] != '\r' && !WrappedBreaks.isSpace(c[next])
                    && !WrappedBreaks.opensWithAYear(c, next) && (afterASentencesEnd || "。．！？".indexOf(c[b - 1]) < 0);
            if (goesOn && Math.abs(b - start - width) <= WrappedBreaks.WIDTH_SLACK && !WrappedBreaks.isAHeader(c, start, b)) {
                wraps.add(b);
            }
            b += brk - 1;
        }
        return wraps;
    }

    /** How many lines are within the slack of the page's width. */
    private static int fullLines(char[] c, int width) {
        int count = 0;
        int start = 0;
        for (int k = 0; k <= c.length; k++) {
            if (k == c.length || c[k] == '\n') {
                int end = k > start && c[k - 1] == '\r' ? k - 1 : k;
                count += end > start && Math.abs(end - start - width) <= WrappedBreaks.WIDTH_SLACK ? 1 : 0;
                start = k + 1;
            }
        }
        return count;
    }
}
