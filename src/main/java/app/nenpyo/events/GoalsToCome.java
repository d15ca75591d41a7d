package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.Optional;
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
 *   <li>not: 新工場は2025年度の稼働を目指す (目指す, no 目標: set one's writer keeps such an aim with the news, and
 *       {@link VaguePlans} reads its limits), 政府は14日に目標を取り下げた (a day gone: the deed), 来年度に着工し、
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

    private GoalsToCome() {
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
