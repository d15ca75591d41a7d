package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TextSpan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which month a day alone (27日) is in when its sentence wrote a month and day before it: the
 * narrative's month, the article's, unless the month was written for the same run of happening.
 * A date in a clause told done that ends on a noun (死去した元首相の国葬が) is of a happening in the
 * background and lends no month; a day lower than the one written and told as ahead of it
 * (9月30日、1日付で就任する) is in the month after. A date in a lead's frame (昨年6月15日に起きた衝突について、機関紙は
 * 19日、) lends none to the day after the topic, nor, to a lower day, a happening told done and closed by で and a comma
 * (1月28日に起きた事故で、県は2日: the 2nd is after the accident).
 */
class MonthOfADayAloneTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | document date | the day alone | its value
        // a background happening's month is not the narrative's
        "6月3日に静岡県で発生した土石流の犠牲者を悼む追悼式が28日、熱海市で開かれた。|2023-08-29|28日|2023-08-28",
        "5月20日から続いた県議会の会期は14日、閉会した。|2023-07-15|14日|2023-07-14",
        "4月8日に開幕した博覧会（万博）が30日、閉幕した。|2023-10-01|30日|2023-09-30",
        "3月に就任した新社長は12日、初の記者会見を開いた。|2023-06-13|12日|2023-06-12",
        // lower and ahead: the month after
        "同社は11月29日、佐藤副社長が1日付で社長に就任する人事を発表した。|2023-11-30|1日|2023-12-01",
        "新制度は先月25日に国会で成立し、3日から施行される。|2023-07-02|3日|2023-07-03",
        "市は12月27日、4日から庁舎の窓口を再開すると決めた。|2023-12-28|4日|2024-01-04",
        // a headline's date, run on into the lead for want of a 。, is not the lead's month
        "県に緊急事態宣言　2月10日まで\\n知事は10日、県内全域に緊急事態宣言を出した。|2023-01-11|10日|2023-01-10",
        // the same run of happening keeps its month
        "男は昨年3月11日に逮捕され、13日に起訴された。|2023-01-20|13日|2022-03-13",
        "同社は3月15日の会見で、2日に発表した計画を撤回した。|2023-05-20|2日|2023-03-02",
        "男は5月1日に逮捕した後、5日に送検された。|2023-07-20|5日|2023-05-05",
        // a noun after a past verb that is no topic of the day's clause keeps the run's month
        "男は5月1日に盗んだ車で逃走し、3日に逮捕された。|2023-07-20|3日|2023-05-03",
        "男は5月1日に盗んだ車で逃走し、警察は3日に男を逮捕した。|2023-07-20|3日|2023-05-03",
        "6月2日に決まった予算案で、市は9日に説明会を開いた。|2023-07-20|9日|2023-06-09",
        // a lead's frame (a thing told done closed by について, を巡り, に関し): the day after its topic is the news's
        "昨年6月15日に国境で起きた衝突について、軍の機関紙は19日、兵士4人が死亡していたと伝えた。|2021-02-22|19日|2021-02-19",
        "3月8日に発覚した不正を巡り、同社は20日、社長の辞任を発表した。|2023-07-21|20日|2023-07-20",
        "昨年6月15日に国境で兵士が死んだ事件について、軍は19日、兵士4人の名前を伝えた。|2021-02-22|19日|2021-02-19",
        // near misses: no frame, the story goes on; a year written keeps the frame in its time
        "昨年6月15日に国境で衝突が起き、軍は19日、兵士の死亡を伝えた。|2021-02-22|19日|2020-06-19",
        "2011年3月11日に起きた原発事故について、東京電力は12日、1号機で水素爆発が起きたと発表していた。|2023-07-21|12日|2011-03-12",
        // a happening told done and named, closed by で and a comma, then a lower day: the day is after it, so of a later month
        "県道で1月28日に起きた陥没事故で、県は2日、運転席部分を引き上げた。|2025-05-03|2日|2025-05-02",
        "8月20日に発覚した不正で、同社は3日、社長の辞任を発表した。|2023-10-05|3日|2023-10-03",
        // near misses: a higher day goes on in the story's month; a phrase with no deed told done (会見で、) lends its month;
        // a day told otherwise than as a lead's (男は2日に…訪れていた, この住宅では2日にも) may be before the happening
        "3月28日に逮捕された事件で、男は2日に被害者宅を訪れていた。|2024-04-05|2日|2024-03-02",
        "3月28日に起きた火災で、この住宅では2日にも小火があった。|2024-04-05|2日|2024-03-02",
        "3月28日に見つかった遺体の身元で、2日から行方不明だった女性と判明した。|2024-04-05|2日|2024-03-02",
        "県道で1月28日に起きた陥没事故で、県は30日、現場を公開した。|2025-05-03|30日|2025-01-30",
        "同社は3月15日の会見で、2日に発表した計画を撤回した。|2023-05-20|2日|2023-03-02",
        // a written year keeps its month whatever noun follows
        "2011年3月11日に発生した地震で被災した原発では、12日に水素爆発が起きた。|2023-03-20|12日|2011-03-12",
        "2021年4月1日に入社した男は10日に初めて出勤した。|2023-03-20|10日|2021-04-10",
        // a line break in a sentence's wrapped text keeps the month
        "男は5月1日に逮捕され、\\n3日に起訴された。|2023-07-20|3日|2023-05-03",
        "市は4月10日に新しい条例を施行し\\n15日に最初の指導を行った。|2023-07-20|15日|2023-04-15",
        // a later day than the 31st of a month that has no such day lends no month: read as a day alone
        "同社は1月31日、30日付で新社長が就任すると発表した。|2023-02-01|30日|2023-01-30",
    })
    void readsTheDayInTheNarrativesMonth(String sentence, String documentDate, String day, String value) {
        String text = sentence.replace("\\n", "\n");
        List<DateMention> found = finder.find(text, LocalDate.parse(documentDate), List.of(new TextSpan(0, text.length())));
        DateMention m = found.stream().filter(d -> d.text().equals(day)).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(value, m.formattedValue());
    }

    /** Any day before the one written, told as coming after the announcement, falls in the next month. */
    @Property(tries = 300)
    void aLowerDayToldAsAheadIsInTheNextMonth(@ForAll @IntRange(min = 2, max = 31) int written,
                                              @ForAll @IntRange(min = 1, max = 30) int alone,
                                              @ForAll @IntRange(min = 1, max = 12) int month) {
        if (alone >= written || written > YearMonth.of(2023, month).lengthOfMonth()) {
            return;
        }
        LocalDate told = LocalDate.of(2023, month, written);
        String sentence = "同社は" + month + "月" + written + "日、" + alone + "日付で新社長が就任する人事を発表した。";

        List<DateMention> found = finder.find(sentence, told.plusDays(1));

        YearMonth next = YearMonth.from(told).plusMonths(1);
        LocalDate expected = next.isValidDay(alone) ? next.atDay(alone) : told.withDayOfMonth(alone);
        assertEquals(2, found.size(), sentence);
        assertEquals(expected.toString(), found.get(1).formattedValue(), sentence);
    }
}
