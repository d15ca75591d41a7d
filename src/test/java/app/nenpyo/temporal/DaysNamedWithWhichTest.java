package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In XのN日 the day is the date and X only says which: a week counted from the day told before
 * (前週の20日, even when the 20th falls just outside the week counted), a part of the year before a month and day (年明けの1月7日, one
 * mention), a count of weeks before or after a date, of months or years before a month and day
 * (3週間後の7月5日, 1週間前の3日, 1年後の4月1日: the date alone is the mention, the count none); before a
 * day alone a count of months gives its month and stays (2カ月後の1日). With its month, a day followed by 分 is what that day counted (5月7日分).
 */
class DaysNamedWithWhichTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document | text | the mention | its value
        "2024-03-11|国会は8日、予算案を可決した。首相は前週の4日、野党党首と会談していた。|前週の4日|2024-03-04",
        "2026-06-01|同社は2023年度末の3月31日に工場を閉鎖した。|2023年度末の3月31日|2024-03-31",
        "2024-03-11|国会は8日、予算案を可決した。首相は前週の28日、野党党首と会談していた。|前週の28日|2024-02-28",
        "2024-03-13|首相は来週の18日に訪米する。|来週の18日|2024-03-18",
        "2023-12-18|年明けの1月9日には、新しい庁舎で業務が始まる。|年明けの1月9日|2024-01-09",
        "2023-11-06|今年末の12月27日に閉館する。|今年末の12月27日|2023-12-27",
        "2024-04-25|連休中の5月4日に記念式典を開く。|5月4日|2024-05-04",
        "2024-04-25|県の集計は5月6日分で終わり、以降は週ごとに公表する。|5月6日|2024-05-06",
        "2023-06-14|次回の会合は3週間後の7月5日に開かれる。|7月5日|2023-07-05",
        "2023-06-14|改修工事は2カ月後の8月20日に終わる見通しだ。|8月20日|2023-08-20",
        "2023-06-14|男は事件の1週間前の3日、現場を下見していた。|3日|2023-06-03",
    })
    void readsTheDay(String document, String text, String expression, String value) {
        List<DateMention> found = finder.find(text, LocalDate.parse(document));
        DateMention m = FoundMentions.named(found, expression);
        assertEquals(expression, m.span().of(text));
        assertEquals(value, m.formattedValue());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a day far from the week named, or outside a week counted from the article's date, is no
        // reading of it: the week, as before; a day alone after a part of the year is a mention of its own
        "2024-03-11|首相は先週の20日に視察した。|先週の20日|2024-W10",
        "2024-03-11|首相は先週の13日に視察した。|先週の13日|2024-W10",
        "2024-03-11|年度末の31日には人事異動が発表される。|年度末|2024-03",
        // a count with no date written after it counts from the article's
        "2023-06-14|次回の会合は3週間後に開かれる。|3週間後|2023-07-05",
        "2023-06-14|次回は3週間後の会合で決める。|3週間後|2023-07-05",
        // a count of months before a day alone gives the day its month, and stays a mention
        "2023-06-14|新庁舎は2カ月後の1日に業務を始める。|2カ月後|2023-08",
        "2023-06-14|工場の稼働は4カ月後の20日以降になる。|4カ月後|2023-10",
        "2023-06-14|新庁舎は2カ月後の1日に業務を始める。|1日|2023-08-01",
        "2023-06-14|工場の稼働は4カ月後の20日以降になる。|20日|2023-10-20",
    })
    void leavesTheRestAsItWas(String document, String text, String expression, String value) {
        List<DateMention> found = finder.find(text, LocalDate.parse(document));
        DateMention m = FoundMentions.named(found, expression);
        assertEquals(value, m.formattedValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "次回の会合は3週間後の7月5日に開かれる。|3週間後",
        "改修工事は2カ月後の8月20日に終わる見通しだ。|2カ月後",
        "男は事件の1週間前の3日、現場を下見していた。|1週間前",
        "新制度は1年後の4月1日に始まる。|1年後",
    })
    void aCountBeforeTheDateWrittenIsNoMention(String text, String count) {
        int at = text.indexOf(count);
        List<DateMention> found = finder.find(text, LocalDate.of(2023, 6, 14));

        assertEquals(List.of(), found.stream().filter(m -> m.span().start() < at + count.length() && m.span().end() > at).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"3日分の食料を備える。", "1日分の手当を支給した。"})
    void aDaysWorthIsNoDate(String text) {
        assertEquals(List.of(), finder.find(text, LocalDate.of(2024, 3, 11)));
    }
}
