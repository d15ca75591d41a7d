package app.nenpyo.temporal;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;

/**
 * The day a later 同日, 翌日, 前日 or その2日後 refers back to: the day of the happening told last,
 * which is not always the last date written.
 *
 * <ul>
 *   <li>A day, not a year, a business year, a month or a period: 1964年に記録した55本を…。…は同日,
 *       2023年度から5年間の防衛費は…。首相は同日夜, 年度内の再稼働は…。社長は同日 all mean the day told
 *       before them.</li>
 *   <li>Not the day a period since it starts from (2月24日に侵攻を始めて以降、…): that clause sets the
 *       scene of the happening, it tells none.</li>
 *   <li>Not a day planned in what a sentence tells was said or decided on another day (政府は20日、
 *       5月8日に移行すると確認した。厚労相は同日…): a day the sentence leans to the future with, or a
 *       day after the article's (4日、…10月1日出荷分から値上げすると発表した。同社は同日), does not
 *       replace one told done earlier in the same sentence.</li>
 * </ul>
 * With no such day told, the last date of any kind is taken, as before.
 */
final class DayAntecedent {
    private static final Words SINCE = new Words("以降", "以来");

    private TimeValue day;
    private TextSpan sentence;
    private boolean toldDone;

    /** The day to count from, or {@code lastDate} when no day has been told. */
    TimeValue or(TimeValue lastDate) {
        return day != null ? day : lastDate;
    }

    /**
     * Takes a resolved date written in {@code sentence}, ending at {@code end}, as the day a later
     * reference counts from when it is one.
     */
    void told(TimeValue value, Lean lean, TextSpan sentence, char[] c, int end, LocalDate document) {
        if (!value.start().equals(value.end()) || startsAPeriodSince(c, end, Math.min(sentence.end(), c.length))) {
            return;
        }
        // a day after the article's is planned, whatever its verb (10月1日出荷分から値上げすると発表した)
        boolean planned = lean == Lean.FUTURE || lean == Lean.LEANING_FUTURE || value.start().isAfter(document);
        if (planned && day != null && toldDone && sentence.equals(this.sentence)) {
            return;
        }
        day = value;
        this.sentence = sentence;
        toldDone = lean.past();
    }

    /**
     * Whether the date ending at {@code end} starts a period since (10日以降, 2月24日に侵攻を始めて以降、):
     * 以降 or 以来 right after it, or closing its clause before the next comma.
     */
    static boolean startsAPeriodSince(char[] c, int end, int sentenceEnd) {
        if (SINCE.at(c, end) != null) {
            return true;
        }
        for (int k = end; k < sentenceEnd; k++) {
            if (c[k] == '、' || c[k] == '。' || c[k] == '「') {
                return k >= 2 && SINCE.at(c, k - 2) != null;
            }
        }
        return false;
    }
}
