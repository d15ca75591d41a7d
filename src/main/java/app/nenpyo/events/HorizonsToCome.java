package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date is a time still to come that something is done toward: a time that has not begun by the article's
 * day and names no day, then に向けて or に向けた, right after it or after の and what is due then (年度末に向けて,
 * 来年4月の着工に向けて準備を進めている, 2050年までの排出実質ゼロに向けた取り組み). What the sentence tells is the preparing,
 * on the article's day or another; the time is an aim, as with をめどに ({@link ApproximateTimesToCome}). The writers of
 * sets six, nine and ten keep such a time off the timeline; none keeps one on it.
 *
 * <ul>
 *   <li>(article of 12 November 2019) リゾート会社は来年4月の着工に向けて準備を進めている → background;</li>
 *   <li>(article of 3 February 2024) 年度末に向けて、値上げがどこまで広がるか注視したい → background;</li>
 *   <li>not: 各選手は30日に開幕するリーグに向けて球団に戻る or 来月5日の決勝に向けて練習を重ねる (a named day: the
 *       happening's schedule), 今春の知事選に向け、各党が準備を進めている (an occasion held then: a happening of its own,
 *       which the writers of sets one to three keep), 昨年秋の大会に向けて練習を重ねた (a time gone), 救済に向け、8月中にも着手する (に向け before
 *       the time: the time dates the deed), 日本海に向けて発射した (a place).</li>
 * </ul>
 *
 * <p>Known weakness: an occasion held is known by its last word ({@link #HELD}); one named otherwise (来年の万博に向けて)
 * is taken with the aims.
 */
final class HorizonsToCome {

    /**
     * Right after the time: perhaps まで, perhaps の and what is due then (group 2: no comma, full stop or date in it),
     * then に向けて or に向けた (to is 向け; 向かって is a direction).
     */
    private static final Pattern TOWARD = Pattern.compile(
            "(中|内|まで)?(の(?:(?![でをはが])(?:" + VaguePlans.NO_COMMA_NOR_DATE + ")){1,20}?)?に向け[てた]?");

    /**
     * An occasion that is held, ending what is due then (今春の知事選, 来春の統一地方選, 来年の大会, 来月の総会): a happening
     * scheduled for the time, which the writers of sets one to three keep and the merge joins with its day when another
     * article names it (decision 0032).
     */
    private static final Pattern HELD = Pattern.compile("(選|選挙|大会|総会|会議|会合|サミット|五輪|国会|式|祭り?)$");

    private HorizonsToCome() {
    }

    /**
     * Whether the mention is a time still to come something is done toward.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay) {
        if (!VaguePlans.notBegun(mention, articleDay) || PutOffTimes.namesADay(mention)) {
            return false;
        }
        Matcher toward = TOWARD.matcher(after);
        return toward.lookingAt() && (toward.group(2) == null || !HELD.matcher(toward.group(2)).find());
    }
}
