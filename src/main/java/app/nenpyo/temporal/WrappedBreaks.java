package app.nenpyo.temporal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The line breaks a page wrapped at a fixed width puts inside a number or a date, taken out of the
 * way of the scanner. Each such break is moved, in the finder's own copy of the text, to the end of
 * the run of digits and date units after it, so the expression reads whole; {@link #start} and
 * {@link #end} map what was read back to the original text, where the span covers the break.
 *
 * <pre>
 *   停戦合意が1⏎9日、発効した     → 19日 [5,9) spans "1⏎9日"
 *   北沢さんは昨年10月⏎27日の     → 昨年10月27日 spans "昨年10月⏎27日"
 *   41.0⏎度で                   → 41.0度 (no date, but one number)
 *   …首脳会談でG20⏎2019年6月29日 朝刊 → left alone: a line that opens with a year of four digits is a dateline
 *   …の合意は3⏎　4日に            → left alone: an indented line starts a paragraph
 *   2020.09.02⏎2日、政府は…        → left alone: a dateline is a line of its own
 * </pre>
 *
 * <p>A break is taken as a wrap inside an expression when the line ends on a digit (or on 年, 月 or
 * a decimal point right after one, on a relative year or month: 先月, 同年, or on an era: 明治⏎32年) and the next line goes
 * on with a digit, or, after a digit, with a unit (日, 月, 年, 時, 分, 秒, 半, 度), or when it falls
 * between the two characters of a date word (先⏎週, 今⏎月, 同⏎日, 午⏎後), and the line before is as long as the page's lines: its
 * length is within {@value #WIDTH_SLACK} characters of the text's most common line length (the
 * longer one when lengths tie, blank lines not counted), the width the page was wrapped at. A line
 * that opens with a date with its year (2023.06.15 朝刊), that sets Japanese words apart with a space
 * (毎日新聞 2023/6/15, 第1版 ページ3; not 米アップル Inc.は) or that opens with a label and a colon
 * (見出し：新型ロケットH3) is a header, never glued to the body below it; a body line holding a date
 * with its year (政府は2023年6月15日、案を1⏎2日に) is none.
 *
 * <pre>
 *   見出し：新型ロケットH3⏎7日、打ち上げは延期された。 → left alone: a header (7日 stays)
 *   大阪でG20⏎29日、首脳会議が開かれた。         → left alone: the line is shorter than the page's
 * </pre>
 *
 * <pre>
 *   県内では先⏎週までに電気が戻った      → 先週 spans "先⏎週"
 *   容疑者は、今⏎月5日に起訴された      → 今月5日 spans "今⏎月5日"
 *   女性は先月⏎10日の試験中に          → 先月10日 spans "先月⏎10日"
 *   発表したのは昨年⏎の6月1日で        → 昨年の6月1日 spans "昨年⏎の6月1日"
 *   8月8日までの17日⏎間の日程で        → 17日間, a duration (not the 17th)
 *   きのう28日、11日ぶ⏎りに運行を再開した → 11日ぶり, a count (not the 11th)
 * </pre>
 *
 * <p>Known weakness: a break inside a longer date word (一昨⏎日, 先々⏎週) or inside a word of other
 * characters still splits it, since only the short list of two-character date words tells such a
 * word from two; a break wrapped inside a slashed date (2023/6/1⏎5) is
 * left alone, as a header's date looks the same; in a text of two or three lines of different
 * lengths the longest sets the width, so a short headline over one longer body line of the same
 * length (within the slack) ending on a number would still be read as wrapped.
 */
final class WrappedBreaks {
    /** What goes on after a digit in a number or a date, the run the break is moved past. */
    private static final String UNITS = "日月年時分秒半度";
    private static final String RUN = UNITS + ".,";

    /** The units a count ends in before its suffix (17日間, 2年ぶり, 3週連続). */
    private static final String COUNTED_UNITS = "日月年週";
    /** What makes a count of the units before it: 17日⏎間 is seventeen days (not 間もなく, 間に合う), 2年⏎ぶり two years. */
    private static final Words COUNT_SUFFIXES = new Words("間", "ぶり", "振り", "以内", "以上", "連続");

    /** What opens a relative year or month that a day may follow (先月⏎10日, 同年⏎4月). */
    private static final String RELATIVE = "先今来同翌前昨本当";

    /**
     * The date words of two characters a wrap may cut (先⏎週, 今⏎月5日, 同⏎日): joined, the scanner
     * reads the word; the break is moved past its second character and the digits and units after it.
     */
    private static final Set<String> DATE_WORDS = Set.of(
            "先週", "今週", "来週", "同週", "先月", "今月", "来月", "同月", "翌月", "前月",
            "昨年", "今年", "来年", "同年", "翌年", "前年", "昨日", "今日", "明日", "同日", "翌日", "前日", "当日", "先日",
            "午前", "午後", "未明", "同夜", "昨夜", "今夜", "今朝", "上旬", "中旬", "下旬", "初旬", "月末", "年末", "週末",
            "年度", "年明", "週明");

    /** How far a wrapped line's length may be from the page's width (a wide character, a line ending early at a word). */
    static final int WIDTH_SLACK = 2;

    /** Per moved break: where the run now starts (where the break was), where it ends (exclusive), the break's length. */
    private final List<int[]> moved;

    private WrappedBreaks(List<int[]> moved) {
        this.moved = moved;
    }

    /**
     * Moves, in {@code c} itself, every wrapped break inside a number or a date to the end of the run
     * after it, and returns how to map the moved indices back.
     */
    static WrappedBreaks join(char[] c) {
        List<int[]> moved = new ArrayList<>();
        int pageWidth = mostCommonLineLength(c);
        // the lines as the page wrapped them: a break moved out of one line (2⏎020年7月に…今年) would otherwise
        // shorten the next and hide its own wrap (今年⏎6月)
        char[] page = c.clone();
        for (int b = 1; b < c.length; b++) {
            int width = breakWidth(c, b);
            if (width == 0 || !wrapsInside(page, b, b + width, pageWidth)) {
                continue;
            }
            int runEnd = b + width + joinedLength(c, b, b + width);
            while (runEnd < c.length && (Chars.isDigit(c[runEnd]) || RUN.indexOf(c[runEnd]) >= 0)) {
                runEnd++;
            }
            if (runEnd > b + width && runEnd < c.length && !aDatesDay(c, b + width, runEnd)) {
                // 1⏎7日間, 17⏎日間: the count's suffix goes with the run, or the moved break would cut it off again
                runEnd += countSuffixAt(c, runEnd - 1, runEnd);
            }
            char[] brk = new char[width];
            System.arraycopy(c, b, brk, 0, width);
            System.arraycopy(c, b + width, c, b, runEnd - b - width);
            System.arraycopy(brk, 0, c, runEnd - width, width);
            moved.add(new int[] {b, runEnd - width, width});
            b = runEnd - 1;
        }
        return new WrappedBreaks(moved);
    }

    /**
     * The text with every break wrapped inside a number or a date made spaces where it was (one per
     * character of the break), the rest as it is: every index where it was. What sentences are split
     * in when no other layer splits them. The breaks are found in the text normalised as the finder
     * reads it, so a break inside full-width digits (１⏎９日) is one too.
     *
     * <pre>
     *   停戦合意が１⏎９日、発効した。 → 停戦合意が１ ９日、発効した。
     * </pre>
     */
    static String unbroken(String text) {
        char[] c = text.toCharArray();
        for (int[] m : join(Chars.normalize(text)).moved) {
            Arrays.fill(c, m[0], m[0] + m[2], ' ');
        }
        return new String(c);
    }

    /** The original index of the character read at {@code k}. */
    int start(int k) {
        for (int[] m : moved) {
            if (k >= m[0] && k < m[1]) {
                return k + m[2];
            }
        }
        return k;
    }

    /** The original end (exclusive) of an expression read up to {@code e}: past the break when it ends in a moved run. */
    int end(int e) {
        for (int[] m : moved) {
            if (e > m[0] && e <= m[1]) {
                return e + m[2];
            }
        }
        return e;
    }

    /** The length of a line break at {@code b} ({@code \n} or {@code \r\n}), or 0. */
    private static int breakWidth(char[] c, int b) {
        if (c[b] == '\n') {
            return 1;
        }
        return c[b] == '\r' && b + 1 < c.length && c[b + 1] == '\n' ? 2 : 0;
    }

    /** Whether the break between the line ending before {@code b} and the one starting at {@code next} cuts a number or a date. */
    private static boolean wrapsInside(char[] c, int b, int next, int pageWidth) {
        if (next >= c.length || opensWithAYear(c, next)) {
            return false;
        }
        char last = c[b - 1];
        char first = c[next];
        boolean afterADigit = Chars.isDigit(last);
        boolean afterAUnitOfADigit = b >= 2 && Chars.isDigit(c[b - 2]) && (last == '年' || last == '月' || last == '.');
        boolean afterARelativeUnit = b >= 2 && RELATIVE.indexOf(c[b - 2]) >= 0 && (last == '年' || last == '月');
        // 明治⏎32年: an era's name and its year
        boolean afterAnEra = b >= 2 && Eras.at(c, b - 2) != null;
        boolean cutsANumber = afterADigit && (Chars.isDigit(first) || UNITS.indexOf(first) >= 0 || first == '.')
                || (afterAUnitOfADigit || afterARelativeUnit || afterAnEra) && Chars.isDigit(first);
        if (!cutsANumber && joinedLength(c, b, next) == 0) {
            return false;
        }
        int start = lineStart(c, b);
        return Math.abs(b - start - pageWidth) <= WIDTH_SLACK && !isAHeader(c, start, b);
    }

    /**
     * How many characters after the break join the line before: one when it cuts a date word (先⏎週) or parts a year
     * from の and its month (昨年⏎の6月1日), a count's suffix's length when it parts a count from it (17日⏎間の日程,
     * 2年⏎ぶりに: a duration, not the 17th), else none.
     */
    private static int joinedLength(char[] c, int b, int next) {
        if (cutsADateWord(c, b, next) || aYearsMonthAfterNo(c, b, next) || cutsACountsSuffix(c, b, next)) {
            return 1;
        }
        // 8月5日⏎以上: a date's day, no count (以上 closing a notice)
        return b >= 2 && Chars.isDigit(c[b - 2]) && !aDatesDigits(c, b - 2) ? countSuffixAt(c, b - 1, next) : 0;
    }

    /** Whether the digits ending at {@code last} follow 月 or 年: a date's day (8月5日), not a count's number. */
    private static boolean aDatesDigits(char[] c, int last) {
        int digits = last;
        while (digits >= 0 && Chars.isDigit(c[digits])) {
            digits--;
        }
        return digits >= 0 && aDatesDay(c, digits, digits + 1);
    }

    /** Whether the text ends, or a sentence, clause or line does, at {@code at}. */
    private static boolean closesALine(char[] c, int at) {
        return at >= c.length || "、。\n\r".indexOf(c[at]) >= 0;
    }

    /**
     * Whether the break cuts a count's suffix of two characters after its digits and unit: 11日ぶ⏎りに (eleven days
     * since, not the 11th), 3週連⏎続, 5年以⏎内.
     */
    private static boolean cutsACountsSuffix(char[] c, int b, int next) {
        if (b < 3 || next >= c.length || COUNTED_UNITS.indexOf(c[b - 2]) < 0 || !Chars.isDigit(c[b - 3])) {
            return false;
        }
        String suffix = COUNT_SUFFIXES.at(new char[] {c[b - 1], c[next]}, 0);
        // 8月5日以⏎内: a date's day, no count; 5日以⏎上。 a notice's closing word, as 5日⏎以上。 is
        return suffix != null && suffix.length() == 2 && !aDatesDigits(c, b - 3)
                && !(suffix.equals("以上") && closesALine(c, next + 1));
    }

    /** Whether 月 or 年 lies from {@code from} to {@code to}: the run is a date's (8月5日), not a count's. */
    private static boolean aDatesDay(char[] c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (c[k] == '月' || c[k] == '年') {
                return true;
            }
        }
        return false;
    }

    /**
     * The length of a count's suffix at {@code at} after the unit at {@code unit} (日⏎間, 年ぶり), or 0: not 間もなく, 間に合う,
     * nor 以上 that ends its sentence or line (期日は5日以上。 is no notice's count but its closing word).
     */
    private static int countSuffixAt(char[] c, int unit, int at) {
        String suffix = COUNTED_UNITS.indexOf(c[unit]) >= 0 ? COUNT_SUFFIXES.at(c, at) : null;
        if (suffix == null || Chars.at(c, at, "間も") || Chars.at(c, at, "間に合")) {
            return 0;
        }
        boolean closing = suffix.equals("以上") && closesALine(c, at + suffix.length());
        return closing ? 0 : suffix.length();
    }

    /** Whether a year (昨年, 2022年) ends the line and の and a digit open the next: 昨年⏎の6月1日. */
    private static boolean aYearsMonthAfterNo(char[] c, int b, int next) {
        return b >= 2 && c[b - 1] == '年' && (Chars.isDigit(c[b - 2]) || RELATIVE.indexOf(c[b - 2]) >= 0)
                && next + 1 < c.length && c[next] == 'の' && Chars.isDigit(c[next + 1]);
    }

    /**
     * Whether the break between {@code b} and {@code next} falls between the two characters of a date word,
     * whose first does not end a longer word (担当⏎日本, 以前⏎日本, 説明⏎日本: a kanji before it).
     */
    private static boolean cutsADateWord(char[] c, int b, int next) {
        return next < c.length && DATE_WORDS.contains(new String(new char[] {c[b - 1], c[next]}))
                && !(b >= 2 && Chars.isKanji(c[b - 2]));
    }

    /**
     * The length lines of the text have most often, the longer when lengths tie: the width a page
     * wrapped at a fixed width has (the last line of each paragraph is shorter, at any length).
     */
    static int mostCommonLineLength(char[] c) {
        Map<Integer, Integer> counts = new HashMap<>();
        int start = 0;
        for (int k = 0; k <= c.length; k++) {
            if (k == c.length || c[k] == '\n') {
                int end = k > start && c[k - 1] == '\r' ? k - 1 : k;
                if (end > start) {
                    // a blank line between paragraphs is no line of the page
                    counts.merge(end - start, 1, Integer::sum);
                }
                start = k + 1;
            }
        }
        int width = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() > width) {
                width = e.getKey();
                most = e.getValue();
            }
        }
        return width;
    }

    static int lineStart(char[] c, int b) {
        int start = b;
        while (start > 0 && c[start - 1] != '\n') {
            start--;
        }
        return start;
    }

    /**
     * Whether the line [{@code start}, {@code end}) is a header over the body, not a wrapped line:
     * it opens with a date with its year (2023.06.15 朝刊) or with a label and its colon (見出し：), or
     * sets words apart with a space as no Japanese sentence does (朝刊 2023.06.15, 東都新聞　第2版); a
     * space beside a Latin word (米アップル Inc.は) or a date with its year inside a sentence
     * (政府は2023年6月15日、…) is none.
     */
    static boolean isAHeader(char[] c, int start, int end) {
        int first = start;
        while (first < end && isSpace(c[first])) {
            first++;
        }
        if (opensADateWithItsYear(c, first, end)) {
            return true;
        }
        for (int k = first; k < end; k++) {
            boolean label = (c[k] == '：' || c[k] == ':') && k > first && !Chars.isDigit(c[k - 1]) && k - first <= LABEL_LENGTH;
            boolean wordsApart = isSpace(c[k]) && k > first && k + 1 < end && !isSpace(c[k - 1]) && !isSpace(c[k + 1])
                    && !Chars.isAsciiLetter(c[k - 1]) && !Chars.isAsciiLetter(c[k + 1]);
            if (label || wordsApart) {
                return true;
            }
        }
        return false;
    }

    /** The longest label a header line opens with before its colon (見出し：, 【速報】：). */
    private static final int LABEL_LENGTH = 6;

    static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\u3000' || ch == '\t';
    }

    /** Whether a whole date with its year, month and day starts at {@code k} before {@code end}: 2023/6/15, 2023.06.15, 2023年6月15日. */
    private static boolean opensADateWithItsYear(char[] c, int k, int end) {
        if (k > 0 && Chars.isDigit(c[k - 1])) {
            return false;
        }
        int at = digits(c, k, end);
        if (at - k != 4 || at >= end || "年/.-".indexOf(c[at]) < 0) {
            return false;
        }
        char mark = c[at];
        int month = digits(c, at + 1, end);
        if (month == at + 1 || month - at - 1 > 2 || month >= end || c[month] != (mark == '年' ? '月' : mark)) {
            return false;
        }
        int day = digits(c, month + 1, end);
        return day > month + 1 && day - month - 1 <= 2 && (mark != '年' || day < end && c[day] == '日');
    }

    /** The end of the run of digits starting at {@code k}. */
    private static int digits(char[] c, int k, int end) {
        while (k < end && Chars.isDigit(c[k])) {
            k++;
        }
        return k;
    }

    /** Whether a line opens with a year of four digits and its mark (2019年, 2019/, 2019., 2019-): a dateline, not a wrap. */
    static boolean opensWithAYear(char[] c, int at) {
        for (int k = at; k < at + 4; k++) {
            if (k >= c.length || !Chars.isDigit(c[k])) {
                return false;
            }
        }
        return at + 4 < c.length && "年/.-".indexOf(c[at + 4]) >= 0;
    }
}
