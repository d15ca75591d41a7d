package app.nenpyo.ingest;

import app.nenpyo.domain.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into paragraphs at blank lines (lines holding only whitespace, U+3000 included),
 * with any line endings (CRLF, CR, LF), and inside a run of lines where the text writes one
 * paragraph a line ({@link LineParagraphs}).
 *
 * <p>A paragraph's span runs from its first to its last non-whitespace character, so the gaps
 * between paragraphs are whitespace only and the spans plus the gaps rebuild the text. Lines that
 * follow each other directly stay one paragraph, line breaks included, unless the run writes a
 * paragraph a line:
 * <pre>
 * "見出し\r\n\r\n一方で\n▽周辺地域での…\n双方が…焦点です。\n" → [0, 3) "見出し", [7, …) "一方で\n▽周辺地域での…\n双方が…焦点です。"
 * "　全角の字下げ\n\n\n次" → [1, 7) "全角の字下げ", [10, 11) "次"
 * "　政府は10日、発表した。\n　首相は…述べた。" → "政府は10日、発表した。", "首相は…述べた。" (indented lines)
 * "2023年5月20日\n与党が過半数\n政府は…した。\n首相は…述べた。" → four paragraphs (lines ending their sentences)
 * </pre>
 *
 * <p>Known weakness: a run of lines wrapped at a fixed width whose every line ends a sentence
 * cannot be told from a paragraph a line, and is split at each.
 */
public final class ParagraphSplitter {

    private ParagraphSplitter() {
    }

    public static List<TextSpan> split(String text) {
        List<TextSpan> paragraphs = new ArrayList<>();
        List<LineParagraphs.Line> run = new ArrayList<>();
        boolean[] datelinesOnly = {true};
        TextLines.forEach(text, (lineStart, lineEnd) -> {
            int first = firstNonBlank(text, lineStart, lineEnd);
            if (first < 0) {
                int before = paragraphs.size();
                LineParagraphs.split(text, run, paragraphs, datelinesOnly[0]);
                datelinesOnly[0] = datelinesOnly[0] && onlyDatelines(text, paragraphs.subList(before, paragraphs.size()));
                run.clear();
            } else {
                run.add(new LineParagraphs.Line(lineStart, first, lastNonBlank(text, lineStart, lineEnd) + 1));
            }
        });
        LineParagraphs.split(text, run, paragraphs, datelinesOnly[0]);
        return paragraphs;
    }

    private static boolean onlyDatelines(String text, List<TextSpan> paragraphs) {
        return paragraphs.stream().allMatch(p -> DateFinder.isDateLine(text, p.start(), p.end()));
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
