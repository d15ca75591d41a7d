package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import java.util.regex.Pattern;

/**
 * Which kinds of deed an undated sentence may tell as a report of its own on the day it takes (decision 0042): a deed
 * of no kind the categories know tells a detail of the day's happening (a record, a result, a figure), and one of the
 * antecedent's kind tells that happening further, so neither is a report of its own; a sentence whose dates are all
 * of what its deed said or set ({@link DatesAheadOfTheDeed}) tells that deed on a day it does not say, a report
 * whatever its kind.
 *
 * <p>Words quoted and said are a statement of their speaker whatever verb says them (the addendum of 2026-12-14): a
 * sentence that ends by saying a quote, which the rules of the sentence before or of the lead already read as words
 * said on that day, is kept when its verb reads as no kind ({@code 選手は「…」と涙ぐんだ。}, {@code 社長が「…」とあいさつ
 * した。}) or as a statement after a statement ({@code 東西電機は18日、「誠に遺憾だ」とのコメントを出した。南北工業の社長は
 * 記者会見で「…」と強調した。}: another's words); not a quote given as the reason of a deed ({@code 野党は「…」として反対した。}).
 * Examples, after {@code 新駅が18日、開業した。}:
 * <ul>
 *   <li>{@code 駅長は「地域の足になりたい」と涙ぐんだ。} → kept (a quote said, its verb of no kind);</li>
 *   <li>{@code 初日は約2千人が利用した。} → refused (a detail of the opening, no kind);</li>
 *   <li>{@code 2本目の路線も開業した。} → refused (the antecedent's kind, told further).</li>
 * </ul>
 *
 * <p>Known weaknesses: a quote of a court's or an inquiry's words read as their own kind (裁判長は「…」と判断した, LEGAL
 * after a ruling) stays refused, as the judge's reasons; the quote's verb keeps the category the categories gave it
 * (涙ぐんだ stays OTHER).
 */
final class CarriedDeedKinds {

    private CarriedDeedKinds() {
    }

    /** A quote given as the reason of the deed that ends the sentence, not said: 「…」として反対した (とした, a statement, is said). */
    private static final Pattern QUOTE_AS_A_REASON = Pattern.compile("[」』]として[^「」『』、。]{0,10}[。．]?\\s*$");

    /**
     * Whether an undated sentence read as a deed of {@code kind}, after an antecedent of {@code antecedentKind}, makes a
     * report of its own.
     *
     * @param sentence   the undated sentence's text
     * @param datesAhead whether the sentence has dates, all of what its deed said or set
     */
    static boolean makesAReport(String sentence, EventCategory kind, EventCategory antecedentKind, boolean datesAhead) {
        if (datesAhead || kind != EventCategory.OTHER && kind != antecedentKind) {
            return true;
        }
        return DayOfTheSentenceBefore.endsInAQuote(sentence) && !QUOTE_AS_A_REASON.matcher(sentence).find()
                && (kind == EventCategory.OTHER || kind == EventCategory.STATEMENT);
    }
}
