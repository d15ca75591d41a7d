package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date is a time still to come in the writer's own view: a clipping blog's writer (筆者) comments on
 * the news it quotes, and a clause whose subject is the writer and whose predicate is what the writer thinks,
 * expects or watches (とみる, と考える, には懐疑的だ, に注目している) tells no happening; the dates in it are what
 * the writer looks ahead to. The happenings the post reports are told in sentences of their own.
 *
 * <ul>
 *   <li>筆者は、新線の開業が来年春にずれ込むとみる → background (the writer's forecast);</li>
 *   <li>筆者は、来年度に見直される交付金の配分に注目している / 筆者は、年内の合意には懐疑的だ → background;</li>
 *   <li>not: 筆者は10日、現地の仮設住宅を訪ねた (the writer's deed, told as done), 筆者は2019年に起きた
 *       同じ事故を思い出すと考える (a past date: a happening recalled, which the writers keep), 先月20日に新線が
 *       開業し、筆者は混雑が続くとみている (the date's clause ends at the comma, before the writer's view).</li>
 * </ul>
 *
 * <p>Known weakness: only the writer's views are read so; a pundit's view told the same way (専門家は、来年春に
 * ずれ込むとみる) is left to {@link Forecasts}, which takes it only for a state to come.
 */
final class WritersViews {

    /** The reason a report of such a date gives. */
    static final String REASON = "the writer's view of what is to come";

    /** The writer as the subject of the clause, before the date: 筆者は, 筆者も, 筆者の見立てでは. */
    private static final Pattern WRITER_FIRST = Pattern.compile("筆者(は|も|としては|の見立てでは)");

    /**
     * What the writer thinks, expects or watches, ending the clause (or the sentence): とみる, と見ている, と考える,
     * と思う, とにらむ, には懐疑的だ, に注目している, が気がかりだ.
     */
    private static final Pattern VIEW_AT_THE_END = Pattern.compile(
            "(と(みる|見る|みている|見ている|考える|考えている|思う|思っている|にらむ|にらんでいる|予想する|予想している)"
                    + "|(に|には)(懐疑的|悲観的|楽観的)(だ|である|です)"
                    + "|(に|を)注目(する|している)|が気(がかり|になる)(だ|です)?)(。|$)");

    private WritersViews() {
    }

    /**
     * Whether the mention is a time still to come in the writer's view.
     *
     * @param beforeInClause the clause's text before the expression
     * @param afterInClause  the clause's text after the expression, to the clause's end
     * @param articleDay     the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String beforeInClause, String afterInClause, Optional<LocalDate> articleDay) {
        return VaguePlans.stillToCome(mention, articleDay) && WRITER_FIRST.matcher(beforeInClause).find()
                && VIEW_AT_THE_END.matcher(afterInClause.strip()).find();
    }
}
