package app.nenpyo.temporal;

/**
 * A day moved to another: 「A から B に延期」 tells two days of one plan, not a span from A to B.
 *
 * <pre>
 *   "開幕が、3月1日から4月5日に延期された。"           → 3月1日 and 4月5日, each a day of its own
 *   "開通が、来年度末から2022年春にずれ込む。"          → 来年度末 and 2022年春
 *   "期間は3月1日から4月5日まで。"                      → one span (no word of moving after it)
 *   "開催期間を4月1日～4月30日に延長する。"             → one span (〜, and a length changed, not a day moved)
 * </pre>
 *
 * <p>A moving done (延期された, 変更した) says nothing of when either day is — the day moved to may well be ahead —
 * so neither takes the past from it; a moving to come (延期すると発表した) still puts both ahead. Known weaknesses: a
 * day moved by a verb not listed, or a length changed (会期を21日から26日まで延長, 待機期間を7日から5日に短縮), reads a
 * span, as it did; a から of cause before the day moved to (現場の都合から12日に延期された) is taken for a pair.
 */
final class MovedDays {
    /** What after 「A から B」 makes B the day A was moved to: に延期, へ変更, にずれ込む, に前倒し, に移す. */
    private static final Words MOVED_TO = new Words("に延期", "へ延期", "に変更", "へ変更", "に前倒し", "へ前倒し", "に繰り上げ",
            "に繰り下げ", "に繰り延べ", "にずれ込", "へずれ込", "にずれ", "に後ろ倒し", "に先送り", "へ先送り", "に順延", "へ順延",
            "に移す", "に移し", "に移さ", "へ移す", "へ移し", "に移る", "に移っ", "に改め", "に変わ");
    /** The characters a day moved to may be written with between から and に: 27日, 2022年春, 来年度末, 年明け, 来月の中旬. */
    private static final String OF_A_DATE = "0123456789年月日度末初春夏秋冬上中下旬来今翌同明けの〇一二三四五六七八九十";
    /** How far after から the day moved to may end: 2022年4月下旬 and a little more. */
    private static final int LONGEST_DATE = 12;

    private MovedDays() {
    }

    /** Whether a word of moving a day begins at {@code q}, right after the day moved to (4月5日｜に延期). */
    static boolean movedTo(char[] c, int q) {
        return MOVED_TO.at(c, q) != null;
    }

    /**
     * Where the word of moving begins when the day ending at {@code from} is one of a pair moved, as the day moved from
     * (3月1日｜から4月5日に延期) or the day moved to (3月1日から4月5日｜に延期); -1 otherwise. Not a day moved to alone
     * (年明け｜にずれ込むのは避けられない), whose verb alone tells its time.
     */
    static int wordOfMoving(char[] c, int from) {
        if (movedTo(c, from)) {
            int k = from - 1;
            while (k >= 0 && OF_A_DATE.indexOf(c[k]) >= 0) {
                k--;
            }
            return k < from - 1 && k >= 1 && Chars.at(c, k - 1, "から") ? from : -1;
        }
        if (!Chars.at(c, from, "から")) {
            return -1;
        }
        int end = Math.min(c.length, from + 2 + LONGEST_DATE);
        int k = from + 2;
        while (k < end && OF_A_DATE.indexOf(c[k]) >= 0) {
            k++;
        }
        return k > from + 2 && movedTo(c, k) ? k : -1;
    }
}
