package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date is a deadline still to come that a deed is promised by: までに after a time written without a day (年度末, 今月末, 来年3月末) that
 * is not over, and the sentence ending on what will be done, not on what was (委員会は年度末までに報告書をまとめる,
 * 町は今月末までに修理を終える); or such a time written as a limit with 中 or 内 and に (農水省は今月中に20万トンを出す方針で、
 * 古いコメも回す, 市長は来年度中に決めるという, 探査機は年内に小惑星を離れる: added in session 34, as all ten development
 * sets' writers keep these off), the deed so limited closed by a noun of intent too (市は今月中に説明会を開く方針だ,
 * 建物は7月中に取り壊される予定だ, 審理は年内に計10回開かれる予定だという: session 41). The deed may be done on any day
 * before it; the writers keep such a deadline off the timeline.
 *
 * <ul>
 *   <li>not: 弁護側は期限の28日までに控訴するかどうかを決める (a named day: the writers split on these, so it stays),
 *       29日までに約500万人が訪れた (a running count: {@link FigureDates}), 町は昨年度末までに修理を終える予定だった
 *       (over by the article's day), 町は今月末までに修理を終えた (told as done), 審議会は年度末までに答申を
 *       まとめることを決めたという (a past deed reported, as with としている, とみられる, とされる), 市は8日、年度末までに
 *       報告書をまとめると発表した (a day in the sentence: its announcement is the news; another month's end is no such
 *       day: 今月末までに完成させ、来月末までに移転を終える has two deadlines), 同社は今月中にも工場を再開する (にも: a
 *       rough aim, on which the writers split), 今月中に2回値上げした (told as done), 昨年度中に工事を終える予定だった
 *       (over), 首相はあす中に結論を出す, 知事は今夜中に会見を開く, 首相はあす午前中に閣議を開く (a day named: within it
 *       is on it, read again the same night), 法案は来週中に可決される見通しだ (a limit closed by a forecast, 見通し or
 *       見込み, not by an intent: {@code VaguePlansTest} keeps it), 買収を来年1月末までに完了する計画だ (までに closed by an
 *       intent: set three's writer keeps it on the timeline); since review rvB of session 42: 専門家は、結論は今月中に出るとの
 *       考えだ (a view, not an intent), 同社は年内に全店で値上げを終えており、来年は価格を据え置く方針だ and 今年中に完成した
 *       新庁舎は、来月から使われる予定だ (the limit's deed told as done, the plan another time's), 市は今月中にでも説明会を
 *       開く方針だ (にでも, as にも).</li>
 * </ul>
 *
 * <p>Known weakness: after までに only a sentence ending on a verb is read; a deed closed by a copula (まとめる予定だ,
 * まとめる方針だ) is left to {@link VaguePlans} and {@link ExpectedTimes}.
 */
final class DeadlinesToCome {

    /** The reason a report of such a date gives. */
    static final String REASON = "deadline still to come";

    /**
     * A character of a sentence that is neither its full stop nor the start of a date: a digit only in a count
     * (約200店, ２０戸), not before 年, 月 or 日 (2022年の台帳).
     */
    static final String NOT_A_DATE = "[^。0-9０-９]|[0-9０-９]++(?![年月日])";

    /**
     * Not a past deed reported, from here to the sentence's end (決めたという, 開いたとしている, 組んだとみられる,
     * 終えたとされる): the report is of what was done.
     */
    private static final String NO_PAST_DEED_REPORTED =
            "(?![^。]*(た|[んい]だ)と(いう|している|みられる|みられている|される|されている)(。|$))";

    /**
     * A deed closed by a noun of intent (予定, 方針, 計画, 考え, 意向, 構え, 方向) and the copula or none, perhaps passed on as
     * heard (という, そうだ), ending the sentence with no date between: 開く方針だ, 取り壊される予定だ, 向かう予定だそうだ.
     * Not a forecast (見通し, 見込み: what is expected, not promised), nor a plan told as it was (開く予定だった), nor a past
     * deed reported ({@link #NO_PAST_DEED_REPORTED}), nor a view: 考え after との or という is what someone thinks will
     * happen (結論は今月中に出るとの考えだ), an intent only after たい (始めたいとの考えだ; review rvB, session 42).
     */
    private static final String INTENT_TO_THE_END = NO_PAST_DEED_REPORTED + "(?:" + NOT_A_DATE + ")*?"
            + "(予定|方針|計画|(?:(?<!との|という)|(?<=たいとの|たいという))考え|意向|構え|方向)(だ|です|である)?(という|そうだ|そうです)?(。|$)";

    /**
     * Not a deed told as done in the limit's own clause, before its first comma: a past or continuing form (終えており、,
     * 値上げしており、, 完成した新庁舎は、, 読んだ、, 続けていて、) says the limit dated what was done, whatever plan a later
     * clause ends on (…、来年は価格を据え置く方針だ, …、来月から使われる予定だ: review rvB, session 42). The past is た after a
     * verb's stem (not 新たな, また, したい, したら, いただく nor いたします) or だ after ん or い. A deed to come in that clause, in a continuative
     * form, leaves the limit a deadline (探査機は年内に小惑星を離れ、来年末に地球に戻る: set eight's writer keeps 年内 off).
     */
    private static final String NOT_DONE_IN_ITS_CLAUSE =
            "(?![^、。]*(?:[しっいえけせてめれきちにびみぎじ]た(?![いなだしら])|[んい]だ|[てで](?:おり|いて))[^、。]*、)";

    /** までに, then a deed to come ({@link #deedToCome}). */
    private static final Pattern BY_THEN_A_DEED_TO_COME = Pattern.compile("までに" + deedToCome());

    /**
     * に after a time limit written with 中 or 内 (今月中に, 年内に; the 中 or 内 in the expression or just after it), not
     * にも nor its rough にでも (今月中にでも説明会を開く: an earliest time, on which the writers split), nor a deed told as done
     * in its clause ({@link #NOT_DONE_IN_ITS_CLAUSE}), then a deed to come as after までに (農水省は今月中に新たに20万トンを
     * 出す方針で、…回す, 市長は来年度中に決めるという), or closed by an intent ({@link #INTENT_TO_THE_END}).
     */
    private static final Pattern WITHIN_A_DEED_TO_COME = Pattern.compile("[中内]?に(?!も|でも)" + NOT_DONE_IN_ITS_CLAUSE
            + "(?:" + deedToCome() + "|" + INTENT_TO_THE_END + ")");

    /**
     * The deed to the sentence's end, in the non-past (a verb's plain form before the full stop, not た), with no date
     * between (a count is none: 約200店を閉鎖する), and not a past deed reported (決めたという, 開いたとしている, 組んだと
     * みられる, 終えたとされる); a plan so reported (まとめる方針だという) is still to come. Not a target aimed at
     * (3月末までに100万回の接種を目指す, めざす): a goal's figure, no deed promised by then.
     */
    private static String deedToCome() {
        return NO_PAST_DEED_REPORTED + "(?:" + NOT_A_DATE
                + ")*?(?<!目指|めざ)(る|す|く|ぐ|む|ぶ|う|つ|ぬ)(。|$)";
    }

    private DeadlinesToCome() {
    }

    /**
     * Whether the mention is a deadline still to come a deed is promised by.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     * @param sentence   the sentence's dates
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay, List<DateMention> sentence) {
        if (!VaguePlans.stillToCome(mention, articleDay) || namesADay(mention) || sentence.stream().anyMatch(m -> m != mention
                && m.value().map(v -> v.granularity() == Granularity.DAY).orElse(false) && !isAMonthsEnd(m))) {
            return false;
        }
        return BY_THEN_A_DEED_TO_COME.matcher(after).lookingAt() || isALimit(mention, after)
                && WITHIN_A_DEED_TO_COME.matcher(after).lookingAt();
    }

    /**
     * A time limit: 中 or 内 ending the expression (今月中, 年内) or right after it (来年度 and 中に), of a time longer than a
     * day. Within a day (あす中に, 今夜中に, あす and 午前中に) the deed's day is named, as with 10日に: the timeline's.
     */
    static boolean isALimit(DateMention mention, String after) {
        return longerThanADay(mention) && (mention.text().endsWith("中") || mention.text().endsWith("内")
                || after.startsWith("中") || after.startsWith("内"));
    }

    /** A week, a month, a year or another time wider than a day (今週, 今月, 来年度); not 今夜, あす. */
    private static boolean longerThanADay(DateMention mention) {
        return mention.value().map(v -> v.granularity() != Granularity.DAY).orElse(false);
    }

    /**
     * A month's end read as its last day because a deadline or an edge follows it (来月末までに), written without a day:
     * another deadline, not a day the sentence names (今月末までに完成させ、来月末までに移転を終える).
     */
    private static boolean isAMonthsEnd(DateMention mention) {
        return mention.text().endsWith("末") && !namesADay(mention);
    }

    /** A day written in the expression (30日, 三十一日), not the last day a period's end is read as (今月末, 年度末). */
    private static boolean namesADay(DateMention mention) {
        return mention.text().contains("日");
    }
}
