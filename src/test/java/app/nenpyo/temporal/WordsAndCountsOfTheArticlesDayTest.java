package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set fourteen's dates read (decision 0003's addendum of session 38): a day written right after a word of the
 * article's day (昨日17日, あす19日) is that day, whatever month the sentence named before; きょうから is today from;
 * a count of years before a month and day (2年前の9月26日) gives its year; a lead's day after a happening the date is
 * written onto (先月23日投開票の市議選で、選管は19日、) is after it; a plan told as it was describing a noun in another
 * time's clause (7月24日に開幕する予定だった五輪を) leaves the main clause to date the day before it; a noun of plans
 * ending the sentence after another time's clause only leans ahead; a count's suffix on the next line of a wrapped
 * page (17日⏎間) makes a count. Near misses beside each. On texts written for this test.
 */
class WordsAndCountsOfTheArticlesDayTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | the mention | its value
        "2022-12-18|2020年3月22日を最後に閉鎖されていた村の温泉が、昨日17日、3年ぶりに営業を再開した。|17日|2022-12-17",
        "2022-12-18|劇場は、きのう17日から公演を再開した。|17日|2022-12-17",
        "2024-05-09|議長は本日9日、4月30日に提出された案を審議すると述べた。|9日|2024-05-09",
        "2024-05-09|組合は3月1日に結成され、あす10日に初の集会を開く。|10日|2024-05-10",
        // an article dated the day after it was written: the nearest day of that number
        "2022-12-19|2020年3月22日を最後に閉鎖されていた村の温泉が、昨日17日、3年ぶりに営業を再開した。|17日|2022-12-17",
        // near misses: 昨日の with a number far from yesterday is read as any day alone (the month of the date before);
        // 今日1日 of another day is all of today, and 昨日25日 of the 18th a word and a day apart (read 2026-11-29, rv2)
        "2024-02-02|1月10日に始まった工事は、昨日の20日に終わった。|20日|2024-01-20",
        "2022-12-18|今日1日の感染者は500人だった。|今日|2022-12-18",
        "2022-12-18|今日1日で3万人が訪れた。|今日|2022-12-18",
        "2022-12-18|市は昨日25日、発表した。|昨日|2022-12-17",
        // きょう, あす before から
        "2019-10-01|消費税きょうから10%　軽減税率も導入|きょう|2019-10-01",
        "2023-03-31|電気料金、あすから値上げ|あす|2023-04-01",
        // a count of years before a month and day
        "2025-10-02|2年前の9月26日に総務省が除外を発表したときは、町の財政を心配した。|9月26日|2023-09-26",
        "2022-12-18|閉鎖が決まった2年前の3月6日には、もう二度と滑れないと思っていた。|3月6日|2020-03-06",
        "2021-06-01|新しい橋は、3年後の4月1日に開通する。|4月1日|2024-04-01",
        "2025-10-02|約2年前の9月26日に転居した。|9月26日|2023-09-26",
        "2025-10-02|10年前の1月に転居した。|1月|2015-01",
        // near misses: counted from a day told or a happening named, not from the article's; a rough count
        "2025-10-02|工場は2010年に閉鎖された。その2年前の9月26日に事故があった。|9月26日|2025-09-26",
        "2025-10-02|男は事件2年前の9月26日に転居した。|9月26日|2025-09-26",
        "2025-10-02|2、3年前の9月に転居した。|9月|2025-09",
        // a lead's day after a happening the date is written onto: after it
        "2023-05-20|先月23日投開票の市議選で、市選挙管理委員会は19日、次点の候補の異議を認めた。|19日|2023-05-19",
        "2023-05-03|先月28日の事故で、県警は2日、運転手を逮捕した。|2日|2023-05-02",
        // near miss: a day told otherwise after it (会長は19日に) may be in its month
        "2023-05-20|先月23日の総会で、会長は19日に辞任していた。|19日|2023-04-19",
        // a plan told as it was describing a noun in another time's clause: the day before it is dated by 合意した
        "2020-03-25|首相は24日夜、会長と電話で会談し、今年7月24日に開幕する予定だった大会を延期することで合意した。委員会は同日、中止を発表した。|同日|2020-03-24",
        // the plan's だった is no 予定だ: the day set off stays the past one
        "2020-03-25|市は10日、会見を開き、5日に開催予定だった祭りを中止した。|10日|2020-03-10",
        "2020-03-25|首相は15日、会長と会談し、7月24日に開幕する予定だった大会を延期した。|15日|2020-03-15",
        // a noun of plans after another time's clause only leans ahead: the day weeks past, not eleven months ahead
        "2020-03-06|雪不足で、オープンは例年より遅い1月25日にずれ込み、営業日数は41日にとどまる見込みだ。|1月25日|2020-01-25",
        // near misses: the plan of its own clause is ahead, and so is one topic's chain
        "2020-03-06|雪不足で、オープンは来季も1月25日になる見込みだ。|1月25日|2021-01-25",
        "2020-03-10|選手団は3日に出発し、25日に帰国する見込みだ。|3日|2020-04-03",
    })
    void readsTheDay(String date, String text, String expression, String value) {
        FoundMentions.assertReads(finder.find(text, LocalDate.parse(date)), text, expression, value);
    }

    @Test
    void aWordOfTheArticlesDayInsideAKanaWordIsNone() {
        String text = "市長はきょうかいの会合で話した。";

        assertTrue(finder.find(text, LocalDate.of(2023, 6, 15)).isEmpty(), "きょうかい is no day");
    }

    @Test
    void aPlanToldAsItWasStillNamesNoTimeWhenItIsTheDaysOwn() {
        String text = "打ち上げは14日の予定だったが、延期された。";
        char[] c = text.toCharArray();

        assertEquals(Lean.NEUTRAL, TenseCues.after(c, text.indexOf("日") + 1, c.length));
    }

    @Test
    void aCountsSuffixOnTheNextLineOfAWrappedPageMakesACount() {
        String text = "大会は7月23日から8月8日までの17日\n間の日程で開く。";
        List<DateMention> found = finder.find(text, LocalDate.of(2020, 3, 31));

        assertTrue(found.stream().noneMatch(m -> m.text().equals("17日")), () -> "17日 is no day: " + found);
    }

    @Test
    void aCountCutBeforeItsUnitOrInsideItsDigitsIsACount() {
        for (String text : List.of("大会は7月23日から8月8日までの1\n7日間の日程で開く。", "大会は7月23日から8月8日までの17\n日間の日程で開く。")) {
            List<DateMention> found = finder.find(text, LocalDate.of(2020, 3, 31));

            assertTrue(found.stream().noneMatch(m -> m.value().isPresent() && m.value().get().start().getDayOfMonth() == 17),
                    () -> "no 17th in " + found);
        }
    }

    @Test
    void aCountsSuffixCutInsideByTheWrapMakesACount() {
        String text = "運休していたロープウェイが、きのう28日、11日ぶ\nりに運行を再開した。";
        List<DateMention> found = finder.find(text, LocalDate.of(2022, 10, 29));

        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("11日")), () -> "11日 is no day: " + found);
        assertEquals("2022-10-28", FoundMentions.named(found, "28日").formattedValue());
    }

    @Test
    void aClosingIjouCutByTheWrapLeavesTheDay() {
        String text = "申し込みの締め切りは5日以\n上。";
        List<DateMention> found = finder.find(text, LocalDate.of(2024, 5, 1));

        assertEquals("2024-05-05", FoundMentions.named(found, "5日").formattedValue());
    }

    @Test
    void aDatesDayBeforeASuffixCutByTheWrapIsStillADay() {
        String text = "申し込みは来月の8月5日以\n内に受け付ける。";
        List<DateMention> found = finder.find(text, LocalDate.of(2023, 7, 20));

        assertEquals("2023-08-05", FoundMentions.named(found, "8月5日").formattedValue());
    }

    @Test
    void aDatesDayBeforeIjouOnTheNextLineIsStillADay() {
        String text = "申し込みの期日は来月の8月5日\n以上。";
        List<DateMention> found = finder.find(text, LocalDate.of(2023, 7, 20));

        assertEquals("2023-08-05", FoundMentions.named(found, "8月5日").formattedValue());
    }

    @Test
    void aDayAtALinesEndBeforeMamonakuIsStillADay() {
        String text = "大会は7月23日から8月8日まで。開幕は7月23日\n間もなく聖火が着く。";
        List<DateMention> found = finder.find(text, LocalDate.of(2020, 3, 31));

        assertEquals("2020-07-23", FoundMentions.named(found, "7月23日").formattedValue());
        assertEquals(2, found.stream().filter(m -> m.text().startsWith("7月23日")).count(), found::toString);
    }
}
