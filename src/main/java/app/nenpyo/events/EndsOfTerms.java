package app.nenpyo.events;

import java.util.regex.Pattern;

/**
 * Whether a date is the end of a term the sentence gives as its topic's value: a term of office, a session, a period
 * or a time limit that runs until the date (任期は2021年9月まで, 会期は12日までで, 受付期間は今月末までとなっている), or
 * the day a term expires told as its value (衆院議員の任期満了は2025年10月で). The sentence tells how long a state
 * lasts, not a happening of that day; the writers of sets three, six and seven keep it off the timeline.
 *
 * <ul>
 *   <li>首相の党総裁としての任期は2021年9月まで。 / 会期は12日までで、交渉が焦点となる。 → background;</li>
 *   <li>衆院議員の任期満了は2025年10月で、… → background;</li>
 *   <li>not: 会期は10月13日までの184日間で (the span of an event told with its length: {@link FigureDates}' question),
 *       上告期限は28日で / 控訴期限は12月4日。 (a time limit told as a day, no まで: the writers keep these on the
 *       timeline), 任期は31日から始まる (a start, told as a deed), 任期は21日に満了し (a deed of that day).</li>
 * </ul>
 *
 * <p>Known weakness: only the nouns below are read as terms; a term named otherwise (在任は2025年まで) stays.
 */
final class EndsOfTerms {

    /** The reason a report of such a date gives. */
    static final String REASON = "end of a term";

    /** A term, a session, a period or a time limit as the topic, right before the date (任期は, 開催期間は、). */
    private static final Pattern TERM_AS_TOPIC = Pattern.compile("(任期|会期|期間|期限)[はが]、?$");

    /** まで closing the topic's value: 2021年9月まで。, 12日までで、, 今月末までとなっている; not までの184日間. */
    private static final Pattern UNTIL_AS_ITS_VALUE = Pattern.compile("まで(で、|だ|です|。|$|と(なって|なる|され))");

    /** A term's expiry as the topic (任期満了は, 任期切れは) and the date as its value (…で、 / …だ). */
    private static final Pattern EXPIRY_AS_TOPIC = Pattern.compile("(任期満了|任期切れ)は、?$");

    private static final Pattern AS_ITS_VALUE = Pattern.compile("(で、|だ|です|。|$)");

    private EndsOfTerms() {
    }

    /**
     * Whether the date is a term's end given as its topic's value.
     *
     * @param beforeInClause the clause's text before the expression
     * @param after          the text right after the expression, to the end of its sentence
     */
    static boolean isOne(String beforeInClause, String after) {
        return TERM_AS_TOPIC.matcher(beforeInClause).find() && UNTIL_AS_ITS_VALUE.matcher(after).lookingAt()
                || EXPIRY_AS_TOPIC.matcher(beforeInClause).find() && AS_ITS_VALUE.matcher(after).lookingAt();
    }
}
