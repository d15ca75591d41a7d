package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date is a time still to come given as a rough aim: をめどに after a time that has not begun by the article's
 * day and names no day, or a count of time from now (約1か月後をめどに公表する, 来年春をめどに結論を出す), or ごろ, 頃 or 前後
 * after it in a sentence that says the deed is planned or foreseen ({@link VaguePlans#PLANNED}: 12月ごろに営業運転に移る
 * 予定だ, 2030年前後の開業を目指す). {@link VaguePlans} takes these for seasons and fiscal years; here they are taken for
 * months, years and counts from now too, which no development set keeps on the timeline with such an aim (the writers
 * split on months told with にも, not with めど or ごろ).
 *
 * <ul>
 *   <li>(article of 14 June 2023) 結果は約2週間後をめどに公表する / 新線は2030年前後の開業を目指す / 発電は12月ごろに
 *       営業運転に移る予定だ → background;</li>
 *   <li>not: 委員会は秋ごろに報告書をまとめる (ごろ without a plan said: a deed told as what will be done, which
 *       {@code VaguePlansTest} keeps), 地震活動は2020年12月ごろから活発になった (over by the article's day), 市は来月10日
 *       ごろに発表する予定だ (a named day: the writers keep a day's schedule), 市は今月中旬ごろに発表する予定だ (a time
 *       already begun).</li>
 * </ul>
 *
 * <p>Known weakness: the plan word is looked for anywhere after the time, as {@link VaguePlans} does.
 */
final class ApproximateTimesToCome {

    /** をめどに (目途): an aim in itself. */
    private static final Pattern AIMED_AT = Pattern.compile("を?(めど|目途)に");

    /** ごろ, 頃 or 前後 right after the time: rough, but told as a plan only with a word that says so. */
    private static final Pattern ROUGHLY = Pattern.compile("ごろ|頃|前後");

    private ApproximateTimesToCome() {
    }

    /**
     * Whether the mention is a rough aim still to come.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay) {
        if (!VaguePlans.notBegun(mention, articleDay) || VaguePlans.namesDays(mention) && !mention.text().endsWith("後")) {
            return false;
        }
        String text = mention.text();
        boolean rough = text.endsWith("ごろ") || text.endsWith("頃") || ROUGHLY.matcher(after).lookingAt();
        return AIMED_AT.matcher(after).lookingAt() || rough && VaguePlans.PLANNED.matcher(after).find();
    }
}
