package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A count of days, weeks or months written onto the date it comes to (事故から約50日後の１月６日, 施行の約1か月後の
 * 7月中旬): the count names that date, so it takes the date's value rather than one counted from the document's
 * day, which is not what it counts from.
 *
 * <pre>
 *   "重油の回収は事故から約50日後の１月６日に終わった。" (told 10 Feb 2020) → 約50日後 2020-01-06, not 2020-03-31
 *   "指定は約1か月後の7月中旬から始まる。" (told 14 June 2019)         → 約1か月後 2019-07-11/2019-07-20
 *   "3年前の2018年7月に切り替えた"                                     → unchanged: a count of years keeps its own
 *                                                                         year (3年前 2018), as the review set lists it
 *   "ちょうど1年前の今日、台風10号が上陸した。" (told 29 Aug 2025)     → one mention, 1年前の今日 2024-08-29
 * </pre>
 *
 * <p>Only a count right before の and a dated mention with its month written, with a day or a part of it (not
 * 2カ月後の月末, 2週間後の月曜); weeks before a written date and days
 * before a day alone are no mention at all already ({@code ExpressionScanner#counted}), and a count of months before
 * a day alone (2カ月後の1日) stays the month it gives that day, so this mostly holds for days before a month and day
 * and months before a part of a month.
 */
final class CountsOntoADate {
    private static final Pattern COUNT = Pattern.compile(
            "約?[0-9０-９〇一二三四五六七八九十百]+(日|週間|週|か月|カ月|ヶ月|ケ月|箇月)(ほど|程|ぐらい|くらい)?(後|前)");
    /** A month written with a day or a part of it: １月６日, 7月中旬, 同月10日 (not 月末, 月曜, 今月内). */
    private static final Pattern DATED_MONTH = Pattern.compile("([0-9０-９〇一二三四五六七八九十]+|同|翌)月[0-9０-９〇一二三四五六七八九十上中下初]");

    private static final Pattern YEARS = Pattern.compile("約?[0-9０-９〇一二三四五六七八九十百]+年(後|前)");
    private static final Set<String> TODAY = Set.of("今日", "きょう", "本日");

    private CountsOntoADate() {
    }

    /**
     * Gives each count written onto a date (…後の１月６日) that date's value, and makes a count of years written onto
     * today (1年前の今日) one mention of that day of the year counted to; in place.
     */
    static void apposed(List<DateMention> mentions, String text) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            DateMention count = mentions.get(i);
            DateMention date = mentions.get(i + 1);
            int at = count.span().end();
            if (count.kind() != DateMention.Kind.DATE || date.kind() != DateMention.Kind.DATE || date.value().isEmpty()
                    || date.span().start() != at + 1 || text.charAt(at) != 'の') {
                continue;
            }
            if (TODAY.contains(date.text()) && YEARS.matcher(count.text()).matches() && count.value().isPresent()
                    && count.value().get().granularity() == Granularity.YEAR) {
                LocalDate day = date.value().get().start().withYear(count.value().get().start().getYear());
                TextSpan both = new TextSpan(count.span().start(), date.span().end());
                mentions.set(i, new DateMention(text.substring(both.start(), both.end()), both, count.kind(),
                        Optional.of(TimeValue.day(day)), date.anchor(), date.anchorKind(), count.confidence(),
                        "that day of the year counted to", count.flags()));
                mentions.remove(i + 1);
            } else if (COUNT.matcher(count.text()).matches() && DATED_MONTH.matcher(date.text()).find()) {
                mentions.set(i, new DateMention(count.text(), count.span(), count.kind(), date.value(), date.anchor(),
                        date.anchorKind(), date.confidence(), "the date written after it: " + date.text(), count.flags()));
            }
        }
    }
}
