package app.nenpyo.ingest;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.temporal.NewspaperPages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the clippings of a plain text file that holds several, each opening with its dateline
 * (decision 0041): an analyst pastes a week of articles into one file, and each must be dated by
 * its own dateline, or every 今月2日 of the file would be read against the first one's date.
 *
 * <p>A clipping starts at a dateline ({@link DateFinder#isDateLine}: 2019年5月1日 夕刊 1面) that opens
 * a block of lines (the file's start, a blank line or a separator line of rules such as
 * {@code ――――} or {@code =====} before it), or at its headline: the line directly above the
 * dateline, or alone in its block before it (short, no sentence ended, no list mark or opening
 * quote first), when a blank line or a rule comes before the headline; it runs to the next clipping's
 * start; a clipping must end a sentence somewhere, or it is a list of dates and stays with the one
 * before; and after the first, a clipping must show itself as one: its dateline starts with the
 * date (a line 更新：2023年2月7日 at an article's foot opens none), and it has a headline, an edition
 * after its date (付, 夕刊 1面, 月曜日) or two sentences (a chronology's 2011年3月11日 / 大震災が発生した。
 * opens none). The text is cut only when its first clipping starts at its first line and there are
 * two at least:
 * <pre>
 * "見出し一\n2019年4月30日 付\n\n天皇陛下は30日、退位された。\n\n――――\n\n見出し二\n2019年5月1日 夕刊\n\n新天皇が即位した。"
 *   → [0, 35) "見出し一\n…退位された。", [43, …) "見出し二\n…即位した。"
 * "2022年1月10日 付\n\n会談した。\n\n2022年1月11日 付\n\n発表した。" → two clippings
 * "2019年4月30日 付\n\n本文だ。" → none: one clipping is the file as it is
 * "前書き。\n\n2019年4月30日\n\n本文だ。\n\n2019年5月1日\n\n本文だ。" → none: text before the first dateline
 * </pre>
 *
 * <p>Known weaknesses: a clipping without a dateline stays with the one before it; a headline
 * that directly follows the previous clipping's last line (no blank line between) stays with that
 * clipping, and its dateline starts the next; a short last line of a clipping alone in its block
 * (写真＝共同) is taken for the next one's headline; a diary written as dated sections is cut the
 * same way, which dates each section by its own heading.
 */
final class ClippingsText {

    /** The widest a headline above a dateline is: 40 full-width characters. */
    private static final int HEADLINE_COLUMNS = 80;
    private static final String RULE_CHARACTERS = "-=_*~―─━＝＊－‐ー〜～・";
    /** What a clipping writes after its date: 付, the edition or page, the weekday in words. */
    private static final Pattern EDITION = Pattern.compile("付|" + NewspaperPages.EDITION + "|版|[0-9０-９]面|" + NewspaperPages.PAGE + "|曜日");
    private static final String NOT_A_HEADLINE_START = "・▽■□●○◆◇「『（(<＜※＊*";

    /** A line of the text: where its content starts and ends, blanks trimmed (empty when blank). */
    private record Line(int start, int end) {
        boolean blank() {
            return start == end;
        }
    }

    private ClippingsText() {
    }

    /**
     * The clippings of {@code text}, in order, each from its headline or dateline to its last
     * non-blank character before the next; empty when the text is not cut (one clipping or none).
     */
    static List<TextSpan> clippings(String text) {
        List<Line> lines = lines(text);
        List<Integer> starts = new ArrayList<>();
        int firstContent = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank() || isRule(text, line)) {
                continue;
            }
            if (firstContent < 0) {
                firstContent = i;
            }
            if (isDateLine(text, line)) {
                int start = start(text, lines, i);
                if (start >= 0) {
                    starts.add(start);
                }
            }
        }
        List<Integer> kept = withSentences(text, lines, starts);
        if (kept.isEmpty()) {
            return List.of();
        }
        // after the first, a clipping shows itself as one: not a line 更新：… nor a chronology's date and sentence,
        // each judged by its own lines (up to the next start found), not by what a start removed leaves it
        List<Integer> shown = new ArrayList<>(List.of(kept.get(0)));
        for (int k = 1; k < kept.size(); k++) {
            int end = k + 1 < kept.size() ? kept.get(k + 1) : lines.size();
            if (showsAClipping(text, lines, kept.get(k), end)) {
                shown.add(kept.get(k));
            }
        }
        kept = shown;
        if (kept.size() < 2 || kept.get(0) != firstContent) {
            return List.of();
        }
        List<TextSpan> clippings = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            int last = (k + 1 < kept.size() ? kept.get(k + 1) : lines.size()) - 1;
            while (lines.get(last).blank() || isRule(text, lines.get(last))) {
                last--;
            }
            clippings.add(new TextSpan(lines.get(kept.get(k)).start(), lines.get(last).end()));
        }
        return clippings;
    }

    /**
     * Where the clipping whose dateline is line {@code dateline} starts, or -1 when the dateline
     * opens none: at the headline directly above it, or alone in its block with only blank lines
     * between, else at the dateline.
     */
    private static int start(String text, List<Line> lines, int dateline) {
        if (!opensABlock(text, lines, dateline)) {
            int above = dateline - 1;
            return isHeadline(text, lines.get(above)) && opensABlock(text, lines, above) ? above : -1;
        }
        int above = dateline - 1;
        while (above >= 0 && lines.get(above).blank()) {
            above--;
        }
        boolean headlineAlone = above >= 0 && above < dateline - 1 && isHeadline(text, lines.get(above))
                && opensABlock(text, lines, above) && !isDateLine(text, lines.get(above)) && !afterADateline(text, lines, above);
        return headlineAlone ? above : dateline;
    }

    /** Whether the last line with content before {@code index} is a dateline: a date's text, not a headline (a chronology). */
    private static boolean afterADateline(String text, List<Line> lines, int index) {
        int before = index - 1;
        while (before >= 0 && lines.get(before).blank()) {
            before--;
        }
        return before >= 0 && isDateLine(text, lines.get(before));
    }

    private static boolean isDateLine(String text, Line line) {
        return DateFinder.isDateLine(text, line.start(), line.end());
    }

    /**
     * Whether lines {@code [from, to)} show a clipping of their own, not a labelled date (更新：2023年2月7日)
     * nor a chronology's entry (2011年3月11日 / 東日本大震災が発生した。): its dateline starts with the date,
     * and it has a headline, an edition after its date (付, 夕刊, 1面, 地方版, 月曜日) or two sentences.
     */
    private static boolean showsAClipping(String text, List<Line> lines, int from, int to) {
        int dateline = from;
        while (!isDateLine(text, lines.get(dateline))) {
            dateline++;
        }
        Line date = lines.get(dateline);
        char first = text.charAt(date.start());
        boolean dateFirst = Character.isDigit(first) || text.startsWith("令和", date.start()) || text.startsWith("平成", date.start())
                || text.startsWith("昭和", date.start());
        if (!dateFirst) {
            return false;
        }
        return dateline > from || EDITION.matcher(text).region(date.start(), date.end()).find() || sentencesBetween(text, lines, dateline + 1, to) >= 2;
    }

    /** The sentences ended in lines {@code from} to {@code to}, brackets paired across lines (a quote wrapped at a width). */
    private static int sentencesBetween(String text, List<Line> lines, int from, int to) {
        return from >= to ? 0 : SentenceSplitter.endedSentences(text, lines.get(from).start(), lines.get(to - 1).end());
    }

    /** The starts whose clipping ends a sentence somewhere; the others stay with the clipping before. */
    private static List<Integer> withSentences(String text, List<Line> lines, List<Integer> starts) {
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            if (sentencesBetween(text, lines, starts.get(k), end) > 0) {
                kept.add(starts.get(k));
            }
        }
        return kept;
    }

    private static boolean opensABlock(String text, List<Line> lines, int index) {
        return index == 0 || lines.get(index - 1).blank() || isRule(text, lines.get(index - 1));
    }

    private static boolean isHeadline(String text, Line line) {
        if (line.blank() || isRule(text, line) || NOT_A_HEADLINE_START.indexOf(text.charAt(line.start())) >= 0) {
            return false;
        }
        // a headline ends no sentence, inside or at its end (…発表した。・関連記事 is a body's last line)
        int stop = text.indexOf('。', line.start());
        return LineParagraphs.columns(text, line.start(), line.end()) <= HEADLINE_COLUMNS && (stop < 0 || stop >= line.end())
                && !LineParagraphs.endsASentence(text, new TextSpan(line.start(), line.end()));
    }

    /** A line of three or more rule characters and nothing else (――――, =====, ＊＊＊). */
    private static boolean isRule(String text, Line line) {
        if (line.end() - line.start() < 3) {
            return false;
        }
        for (int c = line.start(); c < line.end(); c++) {
            char ch = text.charAt(c);
            if (RULE_CHARACTERS.indexOf(ch) < 0 && !Whitespace.is(ch)) {
                return false;
            }
        }
        return true;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        TextLines.forEach(text, (lineStart, lineEnd) -> {
            int first = lineStart;
            while (first < lineEnd && Whitespace.is(text.charAt(first))) {
                first++;
            }
            int last = lineEnd;
            while (last > first && Whitespace.is(text.charAt(last - 1))) {
                last--;
            }
            lines.add(new Line(first, last));
        });
        return lines;
    }
}
