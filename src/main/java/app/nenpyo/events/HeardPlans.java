package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date is the time of a deed still to come that the writer passes on as heard: a time that has not begun by
 * the article's day and names no day, and the sentence ending on what will be done, or on a plan or a guess, then という
 * (県は来月上旬に補正予算案を示すという, 同社は今秋、新型車を発売する予定だという, 梅雨明けは来週になる見込みだという).
 * Someone said it will be done then; nothing has happened at that time. Every writer of the sixteen development sets
 * who met the shape kept it off the timeline (sets eight to thirteen and sixteen: 村は週末に職員を島に渡らせて餌を与えるという,
 * 9月上旬に下関に戻る予定だという, 町は来年度、裏道に監視カメラを10台置くという, 今月下旬に改めて開催の可否を判断するという),
 * and none kept one on it; sets one to three, which keep a deed to come told plainly on the timeline, have none told so.
 *
 * <ul>
 *   <li>not: a named day (市は来月10日に説明会を開くという: a schedule), a time begun or over (市は今月、説明会を開く
 *       という; 市は先月、説明会を開いたという), から after the time (市は来月から、収集を週2回に減らすという: where a
 *       change begins, decision 0005), a past deed reported (県は来月上旬の着工を決めたという: the decision is what is
 *       told), a state going on (…を検討しているという), a deed told plainly (市は来月上旬に説明会を開く: the writers
 *       split, sets one to three keep it), a day in the sentence (市は8日、来月上旬に説明会を開くという: the time is
 *       the aim of that day's deed, as {@link VaguePlans} leaves it), という naming (催しの名は「灯りの夕べ」という).</li>
 * </ul>
 *
 * <p>Known weakness: そうだ, the other word of hearsay, is left: 県は来月、説明会を開くそうだ stays on the timeline
 * (`FigureBackgroundTest`'s choice, older than this rule), though the writers of sets twelve, fourteen and sixteen keep a
 * plan so told off it.
 */
final class HeardPlans {

    /**
     * The deed to the sentence's end, with no full stop or date between (a count is none: 約200店): a verb in its plain
     * non-past form (開く, 減らす, 戻る; not いる after て or で, a state going on: 検討しているという) or a noun of a plan or
     * a guess with or without the copula (予定だ, 予定, 方針だ, 見込みだ), then という closing the sentence. Not から right
     * after the time.
     */
    private static final Pattern DEED_TO_COME_HEARD = Pattern.compile("(?!から)(?:" + DeadlinesToCome.NOT_A_DATE + ")*?"
            + "(?:(?<![てで]い)[るすくぐむぶうつぬ]|(予定|方針|計画|見通し|見込み|考え|意向|方向|構え)だ?)という(。|$)");

    private HeardPlans() {
    }

    /**
     * Whether the mention is the time of a deed still to come told as heard.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     * @param sentence   the sentence's dates
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay, List<DateMention> sentence) {
        if (!VaguePlans.notBegun(mention, articleDay) || VaguePlans.namesDays(mention) || sentence.stream().anyMatch(m -> m != mention
                && m.value().map(v -> v.granularity() == Granularity.DAY).orElse(false))) {
            return false;
        }
        return DEED_TO_COME_HEARD.matcher(after).lookingAt();
    }
}
