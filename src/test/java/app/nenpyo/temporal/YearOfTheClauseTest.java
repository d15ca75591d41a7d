package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The year of a month or a holiday without one: the year a clause is set in before it
 * (来年の大会は11月に, 2018年にも、お盆に), the tense of days listed with their happenings
 * (5月7日告示、12日投開票 or 同12日投開票の日程で行うと決めた: the happenings', not the deciding's), and the first
 * days of the year (正月三が日).
 */
class YearOfTheClauseTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | document date | the mention | its value
        "来年の総会は12月に札幌市で開かれる。|2023-11-20|12月|2024-12",
        "昨年の選挙は2月に行われ、投票率は過去最低だった。|2023-03-02|2月|2022-02",
        "2018年にも、お盆の時期に大雨で列車が止まった。|2023-08-20|お盆|2018-08-13/2018-08-16",
        "2019年の大会は9月20日に開幕した。|2023-05-01|9月20日|2019-09-20",
        // a year that qualifies a goal or a span sets no clause
        "政府は2050年の脱炭素に向け、4月に新たな計画をまとめた。|2023-06-01|4月|2023-04",
        "同社は2030年までに、6月に発表した目標を達成する。|2023-07-01|6月|2023-06",
        // a year with に and a verb qualifies a noun (a relative clause): it sets no clause
        "2011年に発生した東日本大震災から11年となる3月11日、追悼式が開かれた。|2022-03-12|3月11日|2022-03-11",
        "政府は1995年に施行された法律の改正案を3月に提出する。|2023-01-20|3月|2023-03",
        "県は2016年に起きた地震の教訓を踏まえ、9月に防災計画を改める。|2023-06-01|9月|2023-09",
        // a year's reach ends at the next clause's boundary
        "2019年には台風で堤防が決壊し、市は12月に改修計画をまとめる方針だ。|2023-06-01|12月|2023-12",
        "2020年に、工場は4月から操業を止め、同社は来年2月に再開を目指す。|2023-06-01|来年2月|2024-02",
        "2020年に、工場は4月から操業を止め、新工場は11月に完成する見込みだ。|2023-06-01|11月|2023-11",
        // the clause it sets keeps it
        "2020年に、工場は4月から操業を止めた。|2023-06-01|4月|2020-04",
        // days listed with what happens on each: the happenings' tense
        "村選管は3月31日、村長選を5月7日告示、12日投開票の日程で行うと決めた。|2023-04-01|5月7日|2023-05-07",
        "村選管は3月31日、村長選を5月7日告示、12日投開票の日程で行うと決めた。|2023-04-01|12日|2023-05-12",
        "県は20日、4月1日開幕、10日閉幕の日程で見本市を開くと発表した。|2023-02-21|4月1日|2023-04-01",
        "町選管は6日、町長選を8月22日告示、同27日投開票の日程で行うと決めた。|2023-07-07|8月22日|2023-08-22",
        "町選管は6日、町長選を8月22日告示、同27日投開票の日程で行うと決めた。|2023-07-07|同27日|2023-08-27",
        // a lead's date with its part of the day is set off by its comma, no list
        "市は3日午後、4日から避難指示を解除すると発表した。|2023-09-05|3日午後|2023-09-03",
        "米大統領は3日夜（日本時間4日朝）、10日に首脳会談を開くと発表した。|2023-05-08|3日夜|2023-05-03",
        "町は5日、6日から給水を再開すると発表した。|2023-09-06|5日|2023-09-05",
        // the first three days of the year, in the year the tense chooses
        "正月三が日には各地の神社が混雑する見込みだ。|2023-12-25|正月三が日|2024-01-01/2024-01-03",
        "三が日の人出は前年を上回った。|2024-01-05|三が日|2024-01-01/2024-01-03",
    })
    void readsTheYear(String sentence, String documentDate, String expression, String value) {
        List<DateMention> found = finder.find(sentence, LocalDate.parse(documentDate));
        DateMention m = FoundMentions.named(found, expression);
        assertEquals(value, m.formattedValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // 三ヶ日 alone is a town (三ヶ日町), 三が日明け the days after
        "浜松市の三ヶ日町でミカンの収穫が始まった。|三ヶ日",
        "三が日明けの初売りに客が詰めかけた。|三が日",
    })
    void readsNoDays(String sentence, String notADate) {
        List<DateMention> found = finder.find(sentence, LocalDate.of(2024, 1, 5));
        assertEquals(List.of(), found.stream().filter(m -> m.text().startsWith(notADate)).toList());
    }
}
