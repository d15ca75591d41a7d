package app.nenpyo.temporal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * a decimal point right after one) and the next line goes on with a digit, or, after a digit, with
 * a unit (日, 月, 年, 時, 分, 秒, 半, 度). Known weakness: a break inside a word (午⏎後3時, 同⏎日,
 * 昨⏎年) still splits it, since nothing but a dictionary tells such a word from two; and a
 * headline ending on a number above a body line that opens with a number would be read as one.
 */
final class WrappedBreaks {
    /** What goes on after a digit in a number or a date, the run the break is moved past. */
    private static final String UNITS = "日月年時分秒半度";
    private static final String RUN = UNITS + ".,";

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
        for (int b = 1; b < c.length; b++) {
            int width = breakWidth(c, b);
            if (width == 0 || !wrapsInside(c, b, b + width)) {
                continue;
            }
            int runEnd = b + width;
            while (runEnd < c.length && (Chars.isDigit(c[runEnd]) || RUN.indexOf(c[runEnd]) >= 0)) {
                runEnd++;
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
     * The text with every break wrapped inside a number or a date made a space, the rest as it is and
     * every index where it was: what sentences are split in when no other layer splits them.
     */
    static String unbroken(String text) {
        char[] c = text.toCharArray();
        for (int[] m : join(c).moved) {
            Arrays.fill(c, m[1], m[1] + m[2], ' ');
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
    private static boolean wrapsInside(char[] c, int b, int next) {
        if (next >= c.length || opensWithAYear(c, next) || afterADateline(c, b)) {
            return false;
        }
        char last = c[b - 1];
        char first = c[next];
        boolean afterADigit = Chars.isDigit(last);
        boolean afterAUnitOfADigit = b >= 2 && Chars.isDigit(c[b - 2]) && (last == '年' || last == '月' || last == '.');
        return afterADigit && (Chars.isDigit(first) || UNITS.indexOf(first) >= 0 || first == '.')
                || afterAUnitOfADigit && Chars.isDigit(first);
    }

    /** The longest a dateline's line is (2018/11/20 05:00, 2024年1月2日（火） 朝刊): shorter than a wrapped page's. */
    private static final int DATELINE_LENGTH = 24;

    /** Whether the line ending at {@code b} is a dateline (2020.09.02 above 2日、政府は…): a line of its own. */
    private static boolean afterADateline(char[] c, int b) {
        int start = b;
        while (start > 0 && c[start - 1] != '\n') {
            start--;
        }
        return b - start <= DATELINE_LENGTH && opensWithAYear(c, start);
    }

    /** Whether a line opens with a year of four digits and its mark (2019年, 2019/, 2019., 2019-): a dateline, not a wrap. */
    private static boolean opensWithAYear(char[] c, int at) {
        for (int k = at; k < at + 4; k++) {
            if (k >= c.length || !Chars.isDigit(c[k])) {
                return false;
            }
        }
        return at + 4 < c.length && "年/.-".indexOf(c[at + 4]) >= 0;
    }
}
