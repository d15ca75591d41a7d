package app.nenpyo.temporal;

/**
 * Reads a number at a position: ASCII digits (full-width ones are folded by {@link Chars}) or
 * kanji numerals.
 *
 * <pre>
 *   "10日"     → 10 (2 digits)         "十日"     → 10 (kanji)
 *   "二十三日" → 23                     "二〇二二年" → 2022 (positional kanji)
 *   "千九百八十九年" → 1989               "元年"     → 1 (only where {@code allowGannen})
 *   "99999999999999日" → overflow (value {@link #OVERFLOW}, no exception)
 * </pre>
 *
 * <p>The result is kept in the fields of this small mutable reader, reused across a scan, so that
 * scanning allocates nothing per position.
 */
final class Numerals {
    /** The value of a number too long to be a date part. */
    static final long OVERFLOW = Long.MAX_VALUE;
    private static final int MAX_DIGITS = 12;

    long value;
    int end;
    boolean kanji;
    int length;

    /** Reads a number at {@code i}; returns false when there is none. */
    boolean read(char[] c, int i, boolean allowGannen) {
        if (i >= c.length) {
            return false;
        }
        if (Chars.isDigit(c[i])) {
            int j = i;
            long v = 0;
            while (j < c.length && Chars.isDigit(c[j])) {
                if (j - i < MAX_DIGITS) {
                    v = v * 10 + (c[j] - '0');
                }
                j++;
            }
            value = j - i > MAX_DIGITS ? OVERFLOW : v;
            end = j;
            kanji = false;
            length = j - i;
            return true;
        }
        if (allowGannen && c[i] == '元') {
            value = 1;
            end = i + 1;
            kanji = true;
            length = 1;
            return true;
        }
        return readKanji(c, i);
    }

    static boolean isKanjiNumeral(char ch) {
        return kanjiDigit(ch) >= 0 || ch == '十' || ch == '百' || ch == '千';
    }

    static int kanjiDigit(char ch) {
        switch (ch) {
            case '〇': case '零': return 0;
            case '一': return 1;
            case '二': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    private boolean readKanji(char[] c, int i) {
        int j = i;
        boolean units = false;
        while (j < c.length && j - i < MAX_DIGITS && isKanjiNumeral(c[j])) {
            units |= kanjiDigit(c[j]) < 0;
            j++;
        }
        if (j == i || j < c.length && isKanjiNumeral(c[j])) {
            return false;
        }
        long v = units ? additive(c, i, j) : positional(c, i, j);
        if (v < 0) {
            return false;
        }
        value = v;
        end = j;
        kanji = true;
        length = j - i;
        return true;
    }

    /** 二〇二二 → 2022. */
    private static long positional(char[] c, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + kanjiDigit(c[k]);
        }
        return v;
    }

    /** 二十三 → 23, 千九百八十九 → 1989; malformed runs such as 十十 or 二二十 give -1. */
    private static long additive(char[] c, int from, int to) {
        long total = 0;
        int pending = -1;
        int lastUnit = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
            int d = kanjiDigit(c[k]);
            if (d >= 0) {
                if (pending >= 0) {
                    return -1;
                }
                pending = d;
                continue;
            }
            int unit = c[k] == '十' ? 10 : c[k] == '百' ? 100 : 1000;
            if (unit >= lastUnit) {
                return -1;
            }
            lastUnit = unit;
            total += (long) (pending < 0 ? 1 : pending) * unit;
            pending = -1;
        }
        return total + Math.max(pending, 0);
    }
}
