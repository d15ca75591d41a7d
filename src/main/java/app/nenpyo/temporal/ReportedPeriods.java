package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;

/**
 * Months, quarters and halves without a year whose figures are reported: 7～9月期, 12月の消費者物価指数,
 * 4～6月の売上高, 上半期の新車販売.
 * Figures come out after their period, so such a month is the last one begun by the document's
 * date whatever the sentence's tense: on 2022-01-11, 総務省は21日に12月の全国消費者物価指数を発表する
 * is about December 2021, where the future of 発表する would make it December 2022.
 *
 * <p>Known weakness: only the nouns {@link FigureNouns} lists mark figures, and only as figures (生産量, not 生産:
 * 下半期の生産を増やす計画 is a plan); 12月の会合を開く (a meeting) and 4月の販売開始 keep the
 * sentence's tense, as they should, and so does a figure named otherwise. A range of months
 * (7～9月期) told as out is read from its first month, so one begun weeks before can win.
 */
final class ReportedPeriods {

    private static final int LONGEST_NOUN = 16;

    private ReportedPeriods() {
    }

    /** Whether {@code e}, which {@link #namesFigures} found {@code figures} or not, is the period of figures reported. */
    static boolean isOne(Expr e, boolean figures) {
        boolean period = e.monthMode == Expr.ABS || e.half != 0 || e.quarter != 0;
        return !e.hasYear() && period && figures;
    }

    /**
     * Whether the expression is the period of figures, its year written or not: a range of
     * months with 期, or a period before の and a noun of figures (2022年度の税収, 12月の指数).
     */
    static boolean namesFigures(Expr e, char[] c) {
        if (e.hasDay() || e.kind != DateMention.Kind.DATE) {
            return false;
        }
        boolean quarter = e.monthTo >= 0 && e.end > 0 && c[e.end - 1] == '期';
        return quarter || Chars.at(c, e.end, "の") && (namesFigures(c, e.end + 1)
                || (e.half != 0 || e.quarter != 0) && comparedWithAYearBefore(c, e.end));
    }

    /**
     * 上半期の国内新車販売は前年同期を下回った: a half or quarter compared with the same period of
     * the year before is one of figures, whatever noun names them.
     */
    private static boolean comparedWithAYearBefore(char[] c, int from) {
        for (int k = from; k < c.length && k < from + LONGEST_NOUN * 3 && c[k] != '。'; k++) {
            if (Chars.at(c, k, "前年同期") || Chars.at(c, k, "前年比") || Chars.at(c, k, "前期比")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lean of such figures: past, and over when they are of a quarter or a half and told as out
     * (上半期の決算を発表した on 2022-01-11 → the first half of 2021, not the one begun ten days before).
     */
    static Lean lean(Expr e, Lean tense) {
        return tense == Lean.PAST && (e.quarter != 0 || e.half != 0) ? Lean.OVER : Lean.PAST;
    }

    /** Whether the noun at {@code from} (kanji, katakana and Latin letters up to a particle) names figures. */
    private static boolean namesFigures(char[] c, int from) {
        int end = from;
        while (end < c.length && end - from < LONGEST_NOUN
                && (Chars.isKanji(c[end]) || Chars.isKatakana(c[end]) || Chars.isAsciiLetter(c[end]) || c[end] == 'ー')) {
            end++;
        }
        return FigureNouns.namesFigures(new String(c, from, end - from));
    }
}
