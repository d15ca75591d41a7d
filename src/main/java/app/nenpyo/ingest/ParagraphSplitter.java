package app.nenpyo.ingest;

import app.nenpyo.domain.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into paragraphs at blank lines (lines holding only whitespace, U+3000 included),
 * with any line endings (CRLF, CR, LF).
 *
 * <p>A paragraph's span runs from its first to its last non-whitespace character, so the gaps
 * between paragraphs are whitespace only and the spans plus the gaps rebuild the text. Lines that
 * follow each other directly stay one paragraph, line breaks included:
 * <pre>
 * "見出し\r\n\r\n一方で\n▽周辺地域での…\n双方が…焦点です。\n" → [0, 3) "見出し", [7, …) "一方で\n▽周辺地域での…\n双方が…焦点です。"
 * "　全角の字下げ\n\n\n次" → [1, 7) "全角の字下げ", [10, 11) "次"
 * </pre>
 *
 * <p>Known weakness: text that separates paragraphs only by indentation (one paragraph per line,
 * no blank lines) comes out as a single paragraph.
 */
public final class ParagraphSplitter {

    private ParagraphSplitter() {
    }

    public static List<TextSpan> split(String text) {
        List<TextSpan> paragraphs = new ArrayList<>();
        int start = -1;
        int lastNonBlank = -1;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int first = firstNonBlank(text, lineStart, lineEnd);
            if (first < 0) {
                if (start >= 0) {
                    paragraphs.add(new TextSpan(start, lastNonBlank + 1));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = first;
                }
                lastNonBlank = lastNonBlank(text, lineStart, lineEnd);
            }
            if (lineEnd >= n) {
                break;
            }
            lineStart = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        if (start >= 0) {
            paragraphs.add(new TextSpan(start, lastNonBlank + 1));
        }
        return paragraphs;
    }

    private static int firstNonBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Whitespace.is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Whitespace.is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
