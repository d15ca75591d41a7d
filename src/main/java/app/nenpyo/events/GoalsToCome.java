package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a date is the time of a goal: a time still to come in words that end on 目標, in the same clause (基礎的
 * 財政収支を2025年度に黒字化する目標は据え置いた, 2030年までに…打ち上げる目標を掲げている, 2050年を目標に).
 * The date is what the goal is set for; the sentence's happening, if any, is what was done to the goal (set, kept,
 * given up) on another day. The writers of sets two to eight keep a goal's time off the timeline.
 *
 * <ul>
 *   <li>(article of 14 June 2023) 政府は2025年度に黒字化する目標を据え置いた / 同社は2030年度までの売上高の目標を
 *       掲げる → background;</li>
 *   <li>(session 42) the time, any time but a year or a fiscal year and naming no day (a decade passes: 2030年代の
 *       実用化を目指す, as set seventeen keeps ２０３０年代前半; review rvD), of what 目指す or めざす aims at, written
 *       before its noun
 *       ({@link #isAnAim}: 西海電力は来月下旬の再稼働をめざすと発表した, 総工費は約1兆円で、2024年12月の量産開始をめざす,
 *       来年4月下旬の営業再開を目指している, ２０３０年代前半の開業を目指している) → background: the writers of sets four to
 *       eighteen keep every such aim off the timeline;</li>
 *   <li>not: 新工場は2025年度の稼働を目指す (目指す, no 目標, a year or a fiscal year: set one's writer keeps such an aim
 *       with the news, and {@link VaguePlans} reads its limits), 市は20日の開業を目指す (a named day: left as the
 *       schedule the writers keep, though set fifteen's writer keeps a day's aim off), 市は今月中の完成を目指す (begun), 政府は14日に目標を取り下げた (a day gone: the deed), 来年度に着工し、
 *       数値目標を見直す (目標 past a comma: the date dates the first deed), 政府は来月10日に新たな削減目標を発表する (a
 *       named day, and a goal announced: the day's deed).</li>
 * </ul>
 */
final class GoalsToCome {

    /**
     * 目標 in the date's clause (no comma or full stop before it) as what the clause sets, keeps or aims at: 目標を据え置いた,
     * 目標を掲げる, 目標とする, 目標だ, を目標に; not a goal announced or revised on a day (新たな削減目標を発表する).
     */
    private static final Pattern GOAL_IN_ITS_CLAUSE = Pattern.compile(
            "[^、。]*?目標(を(据え置|掲げ|設定|定め|維持|立て|示し|打ち出)|は(据え置|維持)|と(する|し|して)|に(据え|掲げ)|だ|です|。|$)"
                    + "|を目標に");

    /**
     * の, the noun of what is aimed at (no comma, full stop or particle before it but の: 再稼働, 量産開始, 営業再開), を
     * and 目指 or めざ (not めざま of 目覚ましい, 目覚まし).
     */
    private static final Pattern AIMED_AT = Pattern.compile("の[^、。をがはにでと]{1,15}を(目指|めざ(?!ま))");

    /** Years and fiscal years, whose aims set one's writer and earlier tests keep with the news (2025年度の稼働を目指す). */
    private static final Set<Granularity> YEARS = Set.of(Granularity.YEAR, Granularity.FISCAL_YEAR);

    private GoalsToCome() {
    }

    /**
     * Whether the mention is the time, not begun by the article's day, any time but a year or a fiscal year (a decade
     * passes), naming no day, of the noun that 目指す aims at right after it (来月下旬の再稼働をめざす, 来年4月下旬の営業再開を目指している).
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isAnAim(DateMention mention, String after, Optional<LocalDate> articleDay) {
        return VaguePlans.notBegun(mention, articleDay) && !VaguePlans.namesDays(mention)
                && !YEARS.contains(mention.value().get().granularity()) && AIMED_AT.matcher(after).lookingAt();
    }

    /**
     * Whether the mention is the time a goal is set for.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay) {
        return VaguePlans.notBegun(mention, articleDay) && !VaguePlans.namesDays(mention) && after.contains("目標") && GOAL_IN_ITS_CLAUSE.matcher(after).lookingAt();
    }
}
