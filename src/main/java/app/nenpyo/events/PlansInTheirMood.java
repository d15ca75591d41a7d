package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date is the rough time of a plan the sentence ends on as a plan: a time that names no day and has
 * not begun yet, lying wholly after the article's month (来週 in the next month, 来月上旬, 来年度, 来年の通常国会), the
 * deed after it, and the sentence closing on a noun of intent and the copula (方針だ, 計画だ, 方向だ, 考えだ, 意向だ,
 * 構えだ, つもりだ: session 41). The sentence says what someone means to do; nothing has happened at that time, and the writers of sets
 * four to eight keep it off the timeline.
 *
 * <ul>
 *   <li>(article of 10 June) 県は来月上旬に補正予算案を示す方針だ → background;</li>
 *   <li>同社は来年度、新型車を投入する計画だ / 組合は来月中旬に総会を開く考えだ → background;</li>
 *   <li>私は来年の春にもう一度、現地を訪ねるつもりだ → background (にもう一, にもう少し: a time told plainly and "once
 *       more", not にも; but 私は来月にもうかがうつもりだ is にも and stays, review rvB of session 42);</li>
 *   <li>not: 県は来月5日に補正予算案を示す方針だ (a named day: a schedule, on the timeline), 県は来月上旬に補正予算案を
 *       示す方針を明らかにした (the statement is the deed the sentence tells), 県は来月上旬に補正予算案を示す (told as
 *       what will be done: the writers split on these), 市は今月下旬に説明会を開く方針だ and 同社は今秋、値上げを
 *       申請する方針だ (a time already begun: the writers of sets one to three keep a plan for it with the news),
 *       遺族は来月上旬にも提訴する方針だ (にも: the writers split, {@link ExpectedTimes}), 市は8日、来月上旬に…方針だ (a day
 *       in the sentence: {@link VaguePlans} leaves the aims of a dated deed with it), 県は来月上旬から…方針だ (から:
 *       where a change begins, decision 0005).</li>
 * </ul>
 *
 * <p>Known weakness: a noun of intent ending a later clause (来月上旬に着工し、秋に完成させる計画だ) takes the first
 * clause's time as well, as {@link VaguePlans} does; 来週 within the article's month stays on the timeline.
 */
final class PlansInTheirMood {

    /** The reason a report of such a date gives. */
    static final String REASON = "rough time of a plan";

    /**
     * The deed, then a noun of intent and the copula closing the sentence; no full stop or other date between (a count
     * is none: 約300億円を投じる計画だ), and
     * not から (a start) nor にも or にでも (an earliest time, on which the writers split: {@link VaguePlans#AT_THE_EARLIEST};
     * 来月にもうかがう is にも, 来年の春にもう一度 "once more") right after the time.
     */
    private static final Pattern PLAN_TO_THE_END = Pattern.compile(
            "(?!から|中?" + VaguePlans.AT_THE_EARLIEST + ")(?:" + DeadlinesToCome.NOT_A_DATE + ")*?(方針|計画|方向|考え|意向|構え|つもり)(だ|です|である)(。|$)");

    private PlansInTheirMood() {
    }

    /**
     * Whether the mention is the rough time of a plan the sentence ends on.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     * @param sentence   the sentence's dates
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay, List<DateMention> sentence) {
        Optional<LocalDate> today = articleDay.or(mention::anchor);
        if (mention.value().isEmpty() || today.isEmpty() || VaguePlans.namesDays(mention)
                || !mention.value().get().start().isAfter(today.get().with(TemporalAdjusters.lastDayOfMonth()))
                || sentence.stream().anyMatch(m -> m != mention
                        && m.value().map(v -> v.granularity() == Granularity.DAY).orElse(false))) {
            return false;
        }
        return PLAN_TO_THE_END.matcher(after).lookingAt();
    }
}
