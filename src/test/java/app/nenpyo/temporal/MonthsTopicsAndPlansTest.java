package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates as writers who never saw the finder tell them (decision 0003's addendum of session 34, read on set ten): a
 * month made the time of the sentence's topic lends it to the day (3月の警報は、16日夜の地震が); a plan told as it was
 * (9日の予定だったが) leans neither way; 月末の30日 is the 30th; a past verb describing a noun after a date's comma
 * is not what the date governs; a day written onto an amount (9月22日の2.8兆円を) is a figure recorded then, passed;
 * 10月分 is October's share; 6月としては is any June; 昭和40年代 is an era's decade, ending with the era, and a decade has halves; 春から
 * 秋にかけて is one range. On texts written for this test, each rule with a near miss it must not take.
 */
class MonthsTopicsAndPlansTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | the mention | its value
        // a month alone made the topic's time lends it to the day after the topic
        "2022-07-02|3月の警報は、16日夜の地震で発電所が止まったことが引き金だった。|16日夜|2022-03-16",
        "2024-06-20|3月の総会は10日に開かれた。|10日|2024-03-10",
        // the month itself the topic, its day right after it, and the next day lent the month (session 42, set eighteen)
        "2020-12-31|７月は１日のレジ袋有料化に始まり、２日未明には関東の空を火球が横切った。|１日|2020-07-01",
        "2020-12-31|７月は１日のレジ袋有料化に始まり、２日未明には関東の空を火球が横切った。|２日未明|2020-07-02",
        "2020-12-31|７月は１日のレジ袋有料化に始まった。同じ月の２２日には事業が始まった。|同じ月の２２日|2020-07-22",
        // near miss: a day of making the month's figure known (発表) keeps the article's month
        "2024-10-25|9月は前年同月比で2%上がったと、25日に総務省が発表した。|25日|2024-10-25",
        // near miss with no verb of making known (review rvC, finding 3): a day not right after the month's は keeps the
        // article's month; fails if the month were lent past its は
        "2024-10-25|9月は前年同月比で2%上がり、25日に記念式典も開かれた。|25日|2024-10-25",
        // near misses: a clause told with a verb before the topic, and a month's phrase that is no topic
        "2024-07-02|3月に就任した市長は16日、会見した。|16日|2024-06-16",
        "2024-07-02|3月の選挙で当選した市長は16日、会見した。|16日|2024-06-16",
        // near misses: a business year's accounts; a month's thing made known or decided on another month's day
        "2024-05-10|2024年3月期の連結決算は、14日に発表する予定だ。|14日|2024-05-14",
        "2024-10-25|9月の全国消費者物価指数は、25日に総務省が発表した。|25日|2024-10-25",
        "2022-06-10|7月の参院選は、22日に公示される。|22日|2022-06-22",
        "2024-03-18|4月の定期異動は、15日に内示された。|15日|2024-03-15",
        // the month to come is the tournament's, and its day with it
        "2024-10-10|9月の大会は、20日に開かれる。|20日|2025-09-20",
        // a plan told as it was: its day the nearest, ahead or behind
        "2024-03-14|打ち上げは当初9日の予定だったが、延期された。|9日|2024-03-09",
        "2024-12-20|2号機は当初14日に打ち上げる予定だったが、強風で15日に延ばした。|14日|2024-12-14",
        // near misses: a plan told as it stands is ahead
        "2024-03-14|打ち上げは9日の予定だ。|9日|2024-04-09",
        "2024-03-14|2号機は9日に打ち上げる予定だ。|9日|2024-04-09",
        // the month's end named by its day
        "2022-09-23|財務省は月末の30日に介入額を公表する。|30日|2022-09-30",
        "2024-09-14|学校は先月末の30日に説明会を開いた。|先月末の30日|2024-08-30",
        // near miss: a day that is no part of the month's end leaves 月末 as it was
        "2022-10-25|月末の5日に会う。|月末|2022-10-31",
        // a past verb describing a noun after the date's comma
        "2023-07-12|市は20日から31日まで、被災した家屋の申請を受け付ける。|20日から31日まで|2023-07-20/2023-07-31",
        "2023-07-12|市は二十日から三十一日まで、被災した家屋の申請を受け付ける。|二十日から三十一日まで|2023-07-20/2023-07-31",
        "2023-07-12|市は20日、被災した家屋を調べる。|20日|2023-07-20",
        // near miss: the past verb the date governs
        "2023-07-12|市は20日、被災した。|20日|2023-06-20",
        // a month's share
        "2024-02-03|知人は「3月分の在庫はある」と話した。|3月|2024-03",
        "2022-10-25|財務省が月末に公表する10月分の介入実績を待つ。|10月|2022-10",
        // near miss: with its year, a month as a kind is that month
        "2022-06-27|2021年6月としては最も暑かった。|2021年6月|2021-06",
        // an era's decade, and its year alone
        "2024-03-30|昭和40年代に造られた水門の跡がある。|昭和40年代|1965-01-01/1974-12-31",
        "2024-03-30|平成10年代に建てられた。|平成10年代|1998-01-01/2007-12-31",
        "2024-03-30|昭和40年に造られた水門の跡がある。|昭和40年|1965",
        // a day written onto an amount is a figure recorded then, whatever would come
        "2022-10-25|5兆円なら、9月22日の2.8兆円を大きく上回り、過去最大になる。|9月22日|2022-09-22",
        // near misses: a gathering named by its size, and a day's meeting
        "2022-10-25|9月22日の1万人集会に参加する。|9月22日|2023-09-22",
        "2022-10-25|9月22日の会合を上回る規模になる。|9月22日|2023-09-22",
        "2024-07-30|田中は7日の5000メートルに出場する。|7日|2024-08-07",
        "2024-03-05|主催者は10日の1万人を目標に準備を進める。|10日|2024-03-10",
        // a month set as a deadline or a plan's time is a month
        "2024-05-10|交渉の期限を6月として協議を続ける。|6月|2024-06",
        // a decade's halves, and an era's decade ending with the era
        "2024-03-30|1960年代後半に建てられた。|1960年代後半|1965-01-01/1969-12-31",
        "2024-03-30|昭和40年代後半に建てられた。|昭和40年代後半|1970-01-01/1974-12-31",
        "2024-03-30|昭和60年代に建てられた。|昭和60年代|1985-01-01/1989-01-07",
        // a range of seasons, and a later season before an earlier one (no range)
        "2025-02-20|市長は昨年春から秋にかけて職員を叱っていた。|昨年春から秋にかけて|2024-03-01/2024-11-30",
        "2025-02-20|昨年秋から春にかけて雨が少なかった。|昨年秋|2024-09-01/2024-11-30",
    })
    void readsTheDate(String date, String text, String expression, String value) {
        FoundMentions.assertReads(finder.find(text, LocalDate.parse(date)), text, expression, value);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // 月末 named by its day is no mention of its own
        "2022-09-23|財務省は月末の30日に介入額を公表する。|月末",
        // a month as a kind, and a month's worth in kanji
        "2022-06-27|伊勢崎市で40.2度を記録し、6月としては初めて40度を超えた。|6月",
        "2024-02-03|一月分の家賃を払った。|一月",
        "2024-02-03|1日分の食料を届けた。|1日",
        "2024-05-10|敷金は家賃の2月分とする。|2月",
    })
    void readsNoSuchDate(String date, String text, String expression) {
        assertTrue(finder.find(text, LocalDate.parse(date)).stream().noneMatch(m -> m.text().equals(expression)),
                () -> expression + " in " + finder.find(text, LocalDate.parse(date)));
    }

    @org.junit.jupiter.api.Test
    void readsADaysFigureAcrossAPagesWrap() {
        String text = "毎朝新聞は介入額を5兆円規模と推計した。5兆円なら、9月22日の2\n.8兆円を大きく上回り、過去最大になる。";
        FoundMentions.assertReads(finder.find(text, LocalDate.parse("2022-10-25")), text, "9月22日", "2022-09-22");
    }

    /** A month made the topic's time lends itself to any day it has, where the day alone would be December's. */
    @Property(tries = 200)
    void aTopicsMonthLendsItselfToTheDay(@ForAll @IntRange(min = 1, max = 11) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
        String text = month + "月の総会は、" + day + "日に開かれた。";
        FoundMentions.assertReads(finder.find(text, LocalDate.of(2030, 12, 20)), text, day + "日",
                LocalDate.of(2030, month, day).toString());
    }
}
