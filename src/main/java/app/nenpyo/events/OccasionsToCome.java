package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a date is the vague time of an occasion still to come that the sentence names as the setting or the aim of
 * what it tells: a time not begun by the article's day, naming no day, then の, the occasion's noun and で or に
 * (市議会は来月上旬の定例会で、この問題を取り上げる予定だ, 町長は…条例案を、来月上旬の臨時議会に出す, 委員会が…6月下旬の理事会
 * で処分を決める, 首相は…9月の自民党総裁選に立候補しない考えを表明した). No day is named for the occasion: the writers of
 * sets four to eighteen keep such a time off the timeline (decision 0005's addendum of 2026-12-18), as they keep 4月下旬の
 * 説明会 and 来年１月の式典. Not a season (a season's occasion joins the happening's finer reports).
 *
 * <ul>
 *   <li>not a named day (来月10日の定例会で: a schedule, which the writers keep), nor a year or a week (来年の県知事選に
 *       向けて, 来週の会合で: earlier tests keep these occasions on the timeline);</li>
 *   <li>not a time begun or over (先月の定例会で, 今月の定例会で);</li>
 *   <li>not a particle inside the noun (来月上旬に開く会合で: a deed's time, the plan rules' to read);</li>
 *   <li>not a part of the time after の (来月の初めに訪米し, 来月の半ばに, 今年秋のうちに: a deed's time).</li>
 * </ul>
 *
 * <p>Known weakness: で is read also as the start of です or まで (次の大きな選挙は来年夏の参院選ですが, 2025年夏の参院選まで),
 * which the writers keep off the timeline too.
 */
final class OccasionsToCome {

    /**
     * の, the occasion's noun (no particle but の inside: 定例会, 臨時議会, 自民党総裁選), then で or に; not a noun that is a
     * part of the time itself or a plan of it (review rvD, finding 2): 来月の初めに訪米し, 来月の半ばに発売する, 今年秋の
     * うちに発売する tell a deed's time, as 来月初めに and 来月中旬に do.
     */
    private static final Pattern OCCASION = Pattern.compile(
            "の(?!(?:初め|はじめ|始め|半ば|なかば|末|終わり|うち|間|前半|後半|中ごろ|中頃|頃|ころ|見通し|予定)[でに])"
                    + "[^、。をがはにでと]{1,12}[でに]");

    /**
     * A month, a part of one or a range of months: not a year (来年の県知事選に向けて, 来年の展示会に), a season (今春の
     * 秋田県知事選に向け, 来春の統一地方選: the season's report joins the election's month and day, `WiderPeriodsTest`) nor a
     * week (来週の会合で, 来週の便で), whose occasions earlier tests keep on the timeline.
     */
    private static final Set<Granularity> FINER_THAN_A_YEAR = Set.of(Granularity.MONTH, Granularity.PART_OF_MONTH,
            Granularity.RANGE);

    private OccasionsToCome() {
    }

    /**
     * Whether the mention is the vague time, still to come, of an occasion named right after it.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay) {
        return VaguePlans.notBegun(mention, articleDay) && !VaguePlans.namesDays(mention)
                && FINER_THAN_A_YEAR.contains(mention.value().get().granularity()) && OCCASION.matcher(after).lookingAt();
    }
}
