package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A schedule lists its deeds each on its day, the verb left out before the comma (4月13日告示、20日投開票の日程): each
 * day is a report of its own, not a date written on a noun (decision 0042's addendum of 2026-12-12). Sentences of
 * news style written for this test, with the near misses the rule must leave alone.
 */
class ScheduleOfListedDaysTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    @Test
    void anElectionsNoticeAndVoteAreEachADaysReport() {
        List<String> got = Articles.datedLabels("北川市選挙管理委員会は10日、市長選を4月13日告示、20日投開票の日程で行うと決めた。\n", DAY);
        assertEquals(3, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("2025-03-10 "), got::toString);
        assertTrue(got.get(1).startsWith("2025-04-13 ") && got.get(1).contains("告示"), got::toString);
        assertTrue(got.get(2).startsWith("2025-04-20 ") && got.get(2).contains("投開票"), got::toString);
    }

    @Test
    void aWorksStartAndEndToo() {
        List<String> got = Articles.datedLabels("南田町は11日、新しい庁舎を来月20日着工、来年3月完成の計画で建てると発表した。\n", DAY);
        assertEquals(List.of("2025-03-11", "2025-04-20", "2026-03"), got.stream().map(l -> l.split(" ")[0]).toList(), got::toString);
    }

    @Test
    void aNoticeAndAVoteOnTheSameMonthsDay() {
        List<String> got = Articles.datedLabels("県選挙管理委員会は10日、知事選を5月15日告示、同22日投開票の日程で行うと決めた。\n", DAY);
        assertEquals(List.of("2025-03-10", "2025-05-15", "2025-05-22"), got.stream().map(l -> l.split(" ")[0]).toList(),
                got::toString);
    }

    @Test
    void aThingsProfileBeforeTheCommaIsNoSchedule() {
        for (String profile : List.of("県警は11日、1995年創業、従業員30人の町工場を捜索した。\n",
                "東西商事は11日、2018年設立、社員50人のIT企業を買収すると発表した。\n",
                "新社長の山田氏は11日、1990年入社、営業畑を長く歩んだと語った。\n")) {
            List<String> got = Articles.datedLabels(profile, DAY);
            assertEquals(1, got.size(), got::toString);
            assertTrue(got.get(0).startsWith("2025-03-11 "), got::toString);
        }
    }

    @Test
    void aNounThatIsNoDeedMakesNoSchedule() {
        List<String> got = Articles.datedLabels("町は10日、来年度予算案、補正予算案を町議会に提出した。\n", DAY);
        assertEquals(1, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("2025-03-10 "), got::toString);
        assertEquals(1, Articles.datedLabels("政府は12日の閣議で、来年度予算案を決定した。\n", DAY).size());
    }
}
