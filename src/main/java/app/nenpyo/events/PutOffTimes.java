package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date is the time something is put off to: a time that has not begun by the article's day and names no
 * day, then (after の and what is put off, or right away) に and ずれ込む, 持ち越す or 先送りする, in any tense
 * (全面復旧は年明けにずれ込む, 選挙は来年2月にずれ込むとみられる, 議論は来年の通常国会に持ち越される, 採決は来月に先送り
 * された). The sentence tells that something did not happen when planned; the time it slips to is only where it is
 * expected now. Every development set's writer who met one (sets five, six, eight and eleven) kept it off the timeline.
 *
 * <ul>
 *   <li>(article of 1 March 2021) 選挙は来年2月にずれ込むとみられる / 開始は来年度中の開始にずれ込む見通しだ → background;</li>
 *   <li>not: 着工は今月4日にずれ込んだ, 同意は昨年11月22日までずれ込んだ (a named day, or a time gone: the day it
 *       happened), 交換は翌年度に先送りされていた (a time over by the article's day), 総会は来月10日に先送りされた (a named
 *       day: a schedule, as {@link ExpectedTimes} keeps one), 来年2月に選挙を行う (nothing put off).</li>
 * </ul>
 *
 * <p>Known weakness: a postponement told with 延期 (打ち上げは来月に延期された) is left on the timeline: 延期 names the day's
 * deed as often as the time it goes to, and the writers of sets one to three keep a month's schedule.
 */
final class PutOffTimes {

    /**
     * Right after the time: perhaps の and what is put off (no comma, full stop or date between: 来年度中の開始に), then に
     * or まで and the verb of a delay (ずれ込む, ずれこんだ, 持ち越される, 先送りされた).
     */
    private static final Pattern PUT_OFF_TO = Pattern.compile(
            "(中|内|以降)?(の(?:(?![でをはが])(?:" + VaguePlans.NO_COMMA_NOR_DATE + ")){1,20}?)?(に|まで)(ずれ込|ずれこ|持ち越|持越|先送り)");

    private PutOffTimes() {
    }

    /**
     * Whether the mention is a time still to come something is put off to.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay) {
        return VaguePlans.notBegun(mention, articleDay) && !namesADay(mention) && PUT_OFF_TO.matcher(after).lookingAt();
    }

    /** A day written in the expression (来月10日), not a month's or a year's end read as its last day (年度末, 来年末). */
    static boolean namesADay(DateMention mention) {
        return VaguePlans.namesDays(mention) && !mention.text().endsWith("末");
    }
}
