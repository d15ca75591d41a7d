package app.nenpyo.events;

import java.util.regex.Pattern;

/**
 * Whether a date is that of a mark the sentence measures against: a record, a price or a level someone set on it
 * and that the sentence's happening passes or falls short of (1964年に記録した55本を上回った, 24日の終値を約50％上回る,
 * 1987年10月20日のブラックマンデーを超える), the record before told as the topic (これまでの最高は2013年8月12日に観測
 * した41.0度で), or a time a level is the highest or largest since (2008年の破綻以来の規模, 1990年の統一以降で最も
 * 高かった). The date is a base of the comparison, as 前年比 is: nothing the article reports happened on it.
 *
 * <ul>
 *   <li>4日の終値を2割上回る / 2011年3月の大震災を超える被害 → a base (a mark owned by the date: の, a noun, を);</li>
 *   <li>2004年に樹立された12秒3を0.2秒上回った → a base (a mark set on the date, in a clause of its own);</li>
 *   <li>従来の最高は1998年8月に記録した39.8度だった → a base (the record before, as the topic);</li>
 *   <li>1980年以来の高水準 / 2016年以降で最も多かった / 昨年11月以来の円安水準となった / 2021年9月以来の高値を付けた →
 *       the last time before (以来, 以降 and a superlative or a level);</li>
 *   <li>not: 日経平均は10日、3万円を上回った / 10日に3万円を上回った (the day the mark is passed: no mark of the
 *       date's own), 4日の決勝では大会記録を上回った (は, で: the date is the setting), 4月以降の交渉 (no
 *       superlative).</li>
 * </ul>
 *
 * <p>Known weakness: a day of the same article that is itself news and owns the mark passed later (the 10th's
 * close, told as news, passed on the 11th) is taken as a base too; its own report, if any, is in another clause.
 */
final class SurpassedMarks {

    /** A word of passing or falling short: 上回る, 下回る, 超える, 超す, しのぐ, 抜く (not 見直しの: しの alone is no verb). */
    private static final String PASS = "(上回|下回|超え|超す|超し|しのい|しのぐ|抜い|抜き|抜く)";

    /**
     * A record, the one mark 更新 passes: 更新 alone also renews (導入したシステムを更新, 結んだ契約を更新), which
     * passes nothing.
     */
    private static final String RECORD = "[^、。をはが]{0,12}?(記録|最高値|最安値|最高|最多|最大|最長|最低|最少|高値|安値)";

    /** A mark: a noun or a figure with no particle in it (終値, 55本, 41.0度, ブラックマンデー). */
    private static final String MARK = "[\\p{IsHan}\\p{IsKatakana}ー・A-Za-zＡ-Ｚａ-ｚ0-9０-９.．%％]{1,16}";

    /**
     * A mark owned by the date (の and the mark) or set on it (に, a clause ending in a past verb, and the mark), then
     * を and the passing, with no comma, は or が between: the date is the mark's.
     */
    private static final Pattern OWNED_OR_SET_MARK = Pattern.compile(
            "(の|に[^、。をはが]{0,24}?た)(" + MARK + "を[^、。]{0,12}?" + PASS + "|" + RECORD + "を[^、。]{0,12}?更新)");

    /** The record before as the clause's topic, just before the date: これまでの最高は, 従来の記録は. */
    private static final Pattern RECORD_BEFORE = Pattern.compile(
            "(これまで|従来|それまで|過去)の(最[高多大低少長短]|記録)[^、。はが]{0,4}は$");

    /**
     * 以来 or 以降 after the date, with no comma, full stop or number before it, then a superlative or a word of degree:
     * 以降で最も, 以来最多, 以来の高水準, 以来の規模.
     */
    private static final Pattern HIGHEST_SINCE = Pattern.compile(
            "[^、。0-9０-９]{0,30}?(以来|以降)(で|の)?(最も|最[高多大低少長短悪]|(円安|円高|株安|株高|ドル高|ドル安)?(規模|高さ|高水準"
                    + "|低水準|水準|安値|高値|円安|円高|低さ|多さ|大きさ|伸び|上げ幅|下げ幅)(で|と|に|を|だ|。|$))");

    private SurpassedMarks() {
    }

    /**
     * Whether the date is that of a mark passed or not reached.
     *
     * @param beforeInClause the clause's text before the expression
     * @param after          the text right after the expression, to the end of its sentence
     */
    static boolean isOne(String beforeInClause, String after) {
        return OWNED_OR_SET_MARK.matcher(after).lookingAt() || RECORD_BEFORE.matcher(beforeInClause).find();
    }

    /** Whether the date is the last time before a level the sentence calls the highest or largest since. */
    static boolean sinceTheHighest(String after) {
        // the pattern's lazy loop tries up to 31 characters before 以来 or 以降: only where one is written
        return (after.contains("以来") || after.contains("以降")) && HIGHEST_SINCE.matcher(after).lookingAt();
    }
}
