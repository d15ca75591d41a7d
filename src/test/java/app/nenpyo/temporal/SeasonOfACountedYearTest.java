package app.nenpyo.temporal;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A season after a count of years and の (2年前の夏): that season of the year counted to, as 昨年の夏 is;
 * a kanji after the season makes another word and leaves the year alone (decision 0003's addendum of
 * session 28). On sentences written for this test.
 */
class SeasonOfACountedYearTest {
    private static final LocalDate DOC = LocalDate.of(2025, 10, 16);
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | the mention | its value on 2025-10-16
        "この川は3年前の夏にも氾濫し、住宅が浸水した。|3年前の夏|2022-06-01/2022-08-31",
        "同じ品種の不作は10年前の秋以来だ。|10年前の秋|2015-09-01/2015-11-30",
        "新しい駅舎は2年後の春に完成する予定だ。|2年後の春|2027-03-01/2027-05-31",
        "1年前の冬は記録的な少雪だった。|1年前の冬|2024-12-01/2025-02-28",
        // near misses: another word after the season, or no の: the year alone
        "横綱は2年前の夏場所で優勝した。|2年前|2023",
        "5年前の春闘では大幅な賃上げが実現した。|5年前|2020",
        "工場は3年前に閉鎖された。|3年前|2022",
    })
    void readsTheSeason(String sentence, String expression, String value) {
        FoundMentions.assertReads(finder.find(sentence, DOC), sentence, expression, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | the mention | its value on 2023-02-25, in the winter that began in December 2022 (session 40)
        "5年前の冬、寒い中2時間並んで、見られたのはわずか1分でした。|5年前の冬|2017-12-01/2018-02-28",
        "1年前の冬は記録的な少雪だった。|1年前の冬|2021-12-01/2022-02-28",
        "昨年の冬も大雪で、国道が通行止めになった。|昨年の冬|2021-12-01/2022-02-28",
        // the winter running is this one; another season of a year counted back keeps its year
        "今年の冬は雪が少ない。|今年の冬|2023-12-01/2024-02-29",
        "3年前の夏にも川が氾濫した。|3年前の夏|2020-06-01/2020-08-31",
        "昨年の秋に工事が始まった。|昨年の秋|2022-09-01/2022-11-30",
    })
    void countsAWinterBackFromTheOneRunning(String sentence, String expression, String value) {
        FoundMentions.assertReads(finder.find(sentence, LocalDate.of(2023, 2, 25)), sentence, expression, value);
    }
}
