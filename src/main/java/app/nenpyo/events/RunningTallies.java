package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date is the day a running tally has reached by, the count told in the date's own clause whatever form the
 * clause ends in: 7日午前までに9人の死亡が確認された, 23日朝までに確認された死者は115人で、, 12日までに約870万枚にとどまり、,
 * 24日夕方までに100隻以上の船が滞留しており、, 昨年１２月までに…事故が全国で３件起き、, 開通から今月24日までの通行量は1日平均
 * 約5200台で. The count is the news, the day only where it was taken: the writers of the development sets keep such a day
 * off the timeline (decision 0005's addendum of 2026-12-18), as {@link FigureDates}' running count, which asks the count
 * right after までに and the clause told as done (29日までに約500万人が投票した), already does.
 *
 * <ul>
 *   <li>県警によると、町内の被害は今月20日までに17件に上り → background;</li>
 *   <li>not a time still to come (来月10日までに500人分の食料を用意する: a deadline, the deed's own rules' to read);</li>
 *   <li>not a count after a comma (同日夜までに建物を奪還し、翌9日にかけて約1500人を拘束した: another clause's
 *       count, the day the building was retaken);</li>
 *   <li>not a number that is no count (今月末までに2022年の台帳を作り直す: a year; 10日までに3回目の会合を開いた: 回
 *       counts no tally of people or things here, so it is not read).</li>
 * </ul>
 *
 * <p>Known weakness: a count written before the date (予約20件ほどが17日までに取り消された) is not read; nor a count in
 * kanji numerals (三人).
 */
final class RunningTallies {

    /**
     * まで, に or の, then before any comma or full stop a count with its unit (9人, 約870万枚, 100隻, 5200台, １万２千人,
     * ３件): people, cases, sheets, ships, vehicles, animals, houses, places, money or tonnes.
     */
    private static final Pattern TALLY = Pattern.compile(
            "まで[にの][^、。]*?[0-9０-９][0-9０-９.．,，万億千]*(人|件|枚|隻|台|頭|棟|戸|か所|カ所|ヶ所|円|ドル|トン)");

    private RunningTallies() {
    }

    /**
     * Whether the mention is the day a tally told after it has reached by.
     *
     * @param after      the text right after the expression, to the end of its sentence, a page's line breaks taken out
     * @param articleDay the article's date: the tally's day has begun by it
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay) {
        return mention.value().isPresent() && !VaguePlans.notBegun(mention, articleDay) && TALLY.matcher(after).lookingAt();
    }
}
