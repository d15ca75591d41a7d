package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date is the vague time of an intention someone stated: the sentence ends in what a person or body
 * said it means to do (…する方針を示した, …する考えを示した, …したいとしている, …するとしている, …決めるとした), and the
 * time is vague: a week, a part of a month, a season, a year or any period but a day and a month, or a limit or
 * an aim said after it (までに, 以降, ごろ, をめどに, 約1週間後). Nothing happened at that time: the writers of the
 * held-out sets keep it off the timeline, while a day or a month an intention names stays (接種を4月12日から始める
 * 考えを示している), as does a deed told as done (4月から値下げすると発表した: the announcement of the day is the
 * report, see {@link VaguePlans} for the limits of plans told as schedules).
 *
 * <ul>
 *   <li>県は今月下旬までに結論を出すとしている / 組合は来週以降もストを続ける考えを示した / 同社は約2週間後に運転を
 *       再開したいとしている → background;</li>
 *   <li>(told, the time not begun by the article's day) 社長は来月下旬の株主総会後に報酬を減額すると明らかにした /
 *       大統領は肥料の価格を来週から引き下げると約束した / 城南新聞は、初公判が来月中旬に開かれると伝えた →
 *       background: what was told is the news, the time is what it told of;</li>
 *   <li>not: 市は10日に説明会を開くとしている (a named day), 同社は来月、新製品を出すとしている (a month),
 *       首相は今週、訪米すると表明した (a time begun: it may date the telling), 社長は来年度に新工場を動かすと述べた and
 *       町は今月末までに水道管を直すと発表した (a remark or an announcement: the day's deed),
 *       遺族は来月上旬にも国を提訴する方針だ (a plan told as a schedule, 方針だ: the writers split on these),
 *       市は昨年度末までに工事を終えるとしていた (over by the article's day).</li>
 * </ul>
 *
 * <p>Known weakness: all five of the reports it moved in the development sets were set five's; the other
 * writers wrote few intentions stated this way, so how they would judge them is not known.
 */
final class StatedIntentions {

    /** The reason a report of such a date gives. */
    static final String REASON = "vague time of an intention someone stated";

    /**
     * What someone said they mean to do, ending the sentence or a clause: 方針, 考え or 意向 shown, …たいとしている,
     * a verb and としている or とした. No other date between (the intention is of this date; a count is none:
     * 担当を2人から5人に増やす方針を示した).
     */
    private static final Pattern STATED = Pattern.compile(
            "(?:" + DeadlinesToCome.NOT_A_DATE + ")*?((方針|考え|意向)を(示した|示している|明らかにした)|たい」?と(している|した|しており|して)"
                    + "|[うくぐすつぬぶむる]と(している|した))(。|、|$)");

    /**
     * What will be done, told as someone's intention made known, a promise or a paper's coverage: a verb's plain form, と
     * and 明らかにした, 表明した, 約束した, 伝えた or 報じた (…減額すると明らかにした, …引き下げると約束した, …開かれると
     * 伝えた), or a plan or an expectation a paper covered (…開かれる見通しだと伝えた, …方針だと報じた: the day of its
     * coverage is no happening either, decision 0005's addendum of session 26), no other date between. Not と発表した,
     * と述べた, と話した: the development sets' tests keep an announcement or a remark so told as the day's deed
     * (町は今月末までに水道管を直すと発表した, 北山電機は来年度に黒字化する見込みだと発表した).
     */
    private static final Pattern TOLD = Pattern.compile("(?:" + DeadlinesToCome.NOT_A_DATE
            + ")*?([うくぐすつぬぶむる]と(明らかにし|表明し|約束し|伝え|報じ)|(方針|方向|予定|計画|見通し|見込み)だと(伝え|報じ))"
            + "(た|ている)(。|、|$)");

    /** A limit or an aim written after a day: 30日までに, 来週以降, 12月ごろ, 月末をめどに. */
    private static final Pattern LIMIT_OR_AIM = Pattern.compile("まで|以降|後に|ごろ|頃|を?めど");

    private StatedIntentions() {
    }

    /**
     * Whether the mention is the vague time of an intention someone stated.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay) {
        if (!VaguePlans.stillToCome(mention, articleDay)) {
            return false;
        }
        Granularity granularity = mention.value().get().granularity();
        boolean vague = granularity != Granularity.DAY && granularity != Granularity.MONTH
                || LIMIT_OR_AIM.matcher(after).lookingAt() || mention.text().endsWith("後");
        // told (明らかにした, 報じた): a time begun by the article's day may be when it was told (今週、…すると表明した)
        return vague && (STATED.matcher(after).lookingAt()
                || VaguePlans.notBegun(mention, articleDay) && TOLD.matcher(after).lookingAt());
    }
}
