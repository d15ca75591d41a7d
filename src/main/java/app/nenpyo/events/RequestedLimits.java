package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date is a limit set in a request: までに, then what someone is asked, told or ordered to have done by
 * then (…よう求めている, …よう通知した, …を求める). The date is when the other side's deed is due, which may never
 * happen; the happening is the request, dated by its own day or the article's.
 *
 * <ul>
 *   <li>政府は2人に、期限の20日までに国外に出るよう求めている → background (the 20th is the limit);</li>
 *   <li>県は各市町村に、月末までに被害を報告するよう通知した / 省は来月上旬までに、表示の見直しを求める →
 *       background;</li>
 *   <li>報告書は、窓口を来月中に設けるよう同社に求めた → background (a limit with 中 and に, as {@link DeadlinesToCome}
 *       reads one; added in session 35);</li>
 *   <li>not: 県は20日、各市町村に被害を報告するよう求めた (the day of the request), 被告側は期限の28日までに控訴する
 *       かどうかを決める (a limit the doer sets itself: the writers split on it), 市は3日から10日まで外出を控えるよう
 *       呼びかけた (the days over which something is asked: から…まで, no limit), 15日までに約500人が避難し、市は
 *       注意するよう呼びかけた (the request is another clause's), 市は各社にあす中に報告するよう求めた (a limit within a
 *       day names the deed's day), 県は今月中にも報告するよう求める (にも).</li>
 * </ul>
 *
 * <p>Known weakness: a limit told as met (15日までに報告するよう求め、各社が応じた) is still taken: the reply has no
 * day of its own in the sentence.
 */
final class RequestedLimits {

    /** The reason a report of such a date gives. */
    static final String REASON = "limit set in a request";

    /** までに (a comma may follow it) and, in the same clause, the deed asked for and the asking. */
    private static final Pattern ASKED_BY_THEN = Pattern.compile(
            "(ごろ|頃)?までに、?[^、。]*?(よう(に)?|を)[^、。]{0,4}?(求め|要請|要求|通知|指示|命じ|促し|促す|呼びかけ|勧告|依頼)");

    /**
     * A time limit written with 中 or 内 and に (来月中に, 年内に; 中 or 内 in the expression or right after it), not にも, and in
     * the same clause the deed asked for with よう and the asking (報告書は、窓口を来月中に設けるよう同社に求めた).
     */
    private static final Pattern ASKED_WITHIN = Pattern.compile(
            "[中内]?に(?!も)、?[^、。]*?よう(に)?[^、。]{0,4}?(求め|要請|要求|通知|指示|命じ|促し|促す|呼びかけ|勧告|依頼)");

    private RequestedLimits() {
    }

    /**
     * Whether the mention is a limit set in a request: the limit of the deed asked for (15日までに出国するよう
     * 求めた), or of what is asked (…までに回答を求めた) when still to come by the article's day (a request made by
     * a day gone, 20日までに国に支援を要請した, is the deed the day dates).
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay) {
        // a range's まで is the expression's own (10日から15日までに)
        String limit = mention.text().endsWith("まで") ? "まで" + after : after;
        Matcher m = ASKED_BY_THEN.matcher(limit);
        // よう: the limit is the deed asked for's; を…要請 alone may be the request itself, made by a day gone
        return m.lookingAt() && (m.group(2).startsWith("よう") || VaguePlans.stillToCome(mention, articleDay))
                || VaguePlans.stillToCome(mention, articleDay) && DeadlinesToCome.isALimit(mention, after) && ASKED_WITHIN.matcher(after).lookingAt();
    }
}
