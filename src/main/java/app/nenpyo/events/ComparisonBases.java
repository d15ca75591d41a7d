package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import java.util.regex.Pattern;

/**
 * Whether the words after a date make it the base of a comparison written without 比 or 比べ: the date's figure a change
 * is counted from, a time the sentence's amount is more or less than, a figure the sentence's is a part of, an occasion
 * another is likened to. As with 前年比, nothing the article reports happened on the date.
 *
 * <ul>
 *   <li>不足は昨年度の同じ時期の9人から大きく増えた / 料金を昨年度の1200円から80円引き上げる → a base (の, the date's figure,
 *       から and a change);</li>
 *   <li>採用は前年より6人少なかった / 出荷は昨年より2割多い → a base (より and more or less);</li>
 *   <li>登録者は3年前の半分ほどに減った / 来場者は2019年の倍に増えた → a base (half or double the date's);</li>
 *   <li>昨年8月のような大雨 / 2011年3月のように停電が広がる / 前年の豪雨のような大雨 → a base (an occasion the sentence
 *       likens another to);</li>
 *   <li>価格は前年同月より70.9％上がった → a base (より, a figure and a change, after a previous period);</li>
 *   <li>消費は1962年度の約23万トンを頂点に減り続けた → a base (the peak the figures fell from);</li>
 *   <li>ピークの1965年度には約380万人が利用した → a base ({@link #isAPeak}: the peak before the period);</li>
 *   <li>44人が死亡した2001年9月の雑居ビル火災に次ぐ規模 / 2021年9月に隣国で起きたクーデターと比べて → a base (an occasion
 *       the sentence's is second only to, or compared with, named after the date: session 40);</li>
 *   <li>not: 4月から料金を10%引き上げる (a start, no figure of the date's), 県は10日、予算を3億円から5億円に増やした (the
 *       day of the change), 株価は10日の終値から300円下がった (a day's figure: the day may be the news), 式典は10日より
 *       市役所で開く (より as から: the day it is held), 料金は4月より大きく変わる and 客は4月より増加に転じた (より as
 *       から before a change), 2030年の倍増を目指す (倍 in a longer word), 来月より多くの店舗で (more, not more than), 料金は4月より10％上がる (より
 *       as から after a date not written as a previous one), 10日の会合で半分を
 *       配った (the day's meeting; 半分 not of the date).</li>
 * </ul>
 *
 * <p>Known weaknesses: a day's figure a change is counted from (24日の終値から2割下がった) is left on the timeline, as it may be the
 * day's news; より is read as a comparison only when more or less follows it within a few characters; a
 * comparison told with a longer phrase between (前年より受験者の数が多い) is left on the timeline.
 */
final class ComparisonBases {

    /**
     * A figure: digits and a unit word (9人, 1200円, 約2割, 3.5％, 2万トン), with 約 before it; not a clock time (3時から,
     * 10時半から: when something began).
     */
    private static final String FIGURE = "約?[0-9０-９][0-9０-９.．,，]*[万億兆千百]?[^、。0-9０-９をがはにでと時分]{1,3}?";

    /** Words of a change from a base: 増え, 減っ, 引き上げ, 上がっ, 伸び, 拡大… */
    private static final String CHANGE = "(増|減|引き上げ|引き下げ|上が|下が|上昇|低下|伸び|拡大|縮小|改善|悪化|膨ら|落ち込)";

    /**
     * の, at most one more noun phrase with の (同じ時期の), the date's figure, から, an amount or a degree perhaps,
     * and a change (昨年の23人からさらに増えた, 昨年度の1004円から50円引き上げる).
     */
    private static final Pattern FIGURE_CHANGED_FROM = Pattern.compile(
            "の([^、。のをがはにで0-9０-９]{1,8}の)?" + FIGURE + "から[^、。]{0,10}?" + CHANGE);

    /**
     * より and, within a few characters, more or less (前年より6人少なかった, 昨年より2割多い, 前回より高い, 前年より大きい).
     * Not より as から before a change told without a base (3月16日より大きく変わる, 4月より増加に転じた: from then on,
     * read again the same night): 大きく and 小さく as adverbs, and 増加 or 減少 turned to, are no more than.
     */
    private static final Pattern MORE_OR_LESS_THAN = Pattern.compile(
            "より[^、。]{0,8}?(多[いかけ]|多く(?!の)|少な|高[いくかま]|低[いくかま]|増え|減っ|(減少|増加)(?!に転)|大き(?!く)"
                    + "|小さ(?!く)|上回|下回)");

    /**
     * の and half, double or a share of the date's (3年前の半分ほど, 2019年の倍, 前年の半数), as a word: not 倍増, 倍率, 倍額
     * or 倍速 (2030年の倍増を目指す: the date's own aim; 2023年度の倍率: that year's figure, read again the same night).
     */
    private static final Pattern PART_OF_IT = Pattern.compile("の(約|ほぼ)?(半分|半数|倍)(?![増率額速])");

    /**
     * より, a figure and a change, after a previous period written as such (前年同月より70.9％上がった, 昨年より3割増えた,
     * 前月より2円下がった): the period is the base. Only a previous period (前, 昨, 先): after another date より may be から
     * (4月より10％上がる: from April).
     */
    private static final Pattern CHANGED_BY_THAN = Pattern.compile("より" + FIGURE + "も?" + CHANGE);

    /** A previous period written as one (前年, 前年同月, 昨年, 昨年度, 先月). */
    private static final Pattern PREVIOUS_PERIOD = Pattern.compile("(前|昨|先)[^0-9０-９]*");

    /**
     * の, the date's figure and を頂点に or をピークに (1962年度の約23万トンを頂点に減り続け): the peak the sentence's
     * figures are measured down from.
     */
    private static final Pattern PEAK_OF_IT = Pattern.compile("の" + FIGURE + "を(頂点|ピーク)に");

    /** のような or のように: an occasion the sentence likens another to (昨年6月のような注意報, 前年の豪雨のような大雨). */
    private static final Pattern LIKENED_TO = Pattern.compile("の([^、。のをがはにで]{1,12}の)?(ような|ように)");

    /**
     * An occasion the sentence's happening is second only to: の or a clause ending in た, the occasion's noun phrase, then
     * に次ぐ or に次いで and, within a few characters, the measure or the rank (44人が死亡した2001年9月の雑居ビル火災に次ぐ規模,
     * 1995年の震災に次いで2番目に多い). Not に次いで with a comma nor one leading to a count (10日の初会合に次いで、12日に
     * 2回目を開いた; 10日の会合に次ぐ2回目の会合: the first one is a happening).
     */
    private static final Pattern SECOND_ONLY_TO = Pattern.compile(
            "(の|に" + BackgroundRules.NEITHER_TOPIC_NOR_DATE + "{0,40}?た)[^、。をがはにで]{1,24}?に次(ぐ|いで)(?!、)[^、。]{0,4}?"
                    + "(規模|被害|記録|水準|多さ|大きさ|高さ|番目|位|多い|多く|大き)");

    /**
     * An occasion named after the date in a clause of its own and compared with: に, a clause ending in た, the occasion's
     * noun or bracket and と比べ, に比べ or と比較 (2021年9月にギニアで起きたクーデターと比べて, 前年に起きた豪雨に比べ); or
     * の and its noun phrase (2011年の大震災と比べて). Not a setting between (10日の会合で前年と比べ: で), nor a topic or an
     * object (は, を).
     */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(の[^、。をがはにで]{1,24}?|に" + BackgroundRules.NEITHER_TOPIC_NOR_DATE + "{0,40}?た[\\p{IsHan}\\p{IsKatakana}ー・「」『』]+)"
                    + "(と比べ|に比べ|と比較)");

    /**
     * The characters {@link #isOne}'s patterns can begin with: の (FIGURE_CHANGED_FROM, PART_OF_IT, PEAK_OF_IT, LIKENED_TO,
     * SECOND_ONLY_TO, COMPARED_WITH), に (SECOND_ONLY_TO, COMPARED_WITH), よ (MORE_OR_LESS_THAN, CHANGED_BY_THAN). A pattern
     * added to {@code isOne} that begins otherwise must add its first characters here.
     */
    private static final String FIRST_CHARACTERS = "のによ";

    /** A peak named right before a period (ピークの1965年度には年間約380万人が利用した, 最盛期の1980年代には). */
    private static final Pattern PEAK_BEFORE = Pattern.compile("(ピーク|最盛期|全盛期)(時|だった|の)$");
    /** A figure the peak was at: a count with its unit, or 最多, 最高, 記録, 達した. */
    private static final Pattern FIGURE_AFTER = Pattern.compile(
            "[0-9０-９]+[万億千]?(人|件|トン|円|台|軒|個|回|%|％|世帯|戸|本|頭|羽|隻|機|社|校|店)|最多|最高|記録|達し");

    private ComparisonBases() {
    }

    /**
     * Whether the date is a period, not a day: a base a change is counted from is a period's figure (昨年度の1004円), while
     * a day's figure and a change (10日の終値から300円下がった, 10日の朝から気温が下がった) may be the day's news.
     */
    private static boolean isAPeriodsFigure(DateMention mention) {
        return mention.value().map(v -> v.granularity() != Granularity.DAY).orElse(false);
    }

    /**
     * Whether the date is a period named as the peak its figure was at (ピークの1965年度には約380万人が利用した): the base the
     * sentence's later figures fell from, as 1962年度の約23万トンを頂点に is. Not a day (混雑のピークの13日に5万人が訪れた: the
     * day's crowd may be the news), nor a deed done in the peak (ピークの2008年には、大型商業施設が開業した: no figure after
     * it; read again the same day, reviewer rvB).
     *
     * @param beforeInClause the clause's text before the date's expression
     * @param after the text right after the date's expression, to the end of its sentence
     */
    static boolean isAPeak(DateMention mention, String beforeInClause, String after) {
        return isAPeriodsFigure(mention) && PEAK_BEFORE.matcher(beforeInClause).find() && FIGURE_AFTER.matcher(after).find();
    }

    /**
     * Whether the date is such a base.
     *
     * @param mention the date
     * @param after the text right after the date's expression, to the end of its sentence
     */
    static boolean isOne(DateMention mention, String after) {
        // every pattern below reads from the first character after the date, and each begins with の, に or より: a date
        // followed by anything else (、, は, から, まで …) is no base, known before a matcher is made for the eight
        // patterns (a twentieth of the regular expressions' samples in the import workers, 2026-12-18)
        if (after.isEmpty() || FIRST_CHARACTERS.indexOf(after.charAt(0)) < 0) {
            return false;
        }
        return isAPeriodsFigure(mention) && FIGURE_CHANGED_FROM.matcher(after).lookingAt()
                || MORE_OR_LESS_THAN.matcher(after).lookingAt() || PART_OF_IT.matcher(after).lookingAt()
                || LIKENED_TO.matcher(after).lookingAt() || PEAK_OF_IT.matcher(after).lookingAt()
                || SECOND_ONLY_TO.matcher(after).lookingAt() || COMPARED_WITH.matcher(after).lookingAt()
                || PREVIOUS_PERIOD.matcher(mention.text()).matches() && CHANGED_BY_THAN.matcher(after).lookingAt();
    }
}
