package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A span the finder reads whole with its particle (14日から15日にかけて) dates the clause it stands in, never a noun after
 * it, and is a report beside a later day of its sentence (decision 0042's addendum of 2026-12-14), unless it is a
 * forecast's period, ending after the article's day with a forecast's cue after it (the addendum of 2026-12-15). Sentences of news
 * style written for this test, from several domains, with the near misses the rule must leave alone.
 */
class SpansOfAHappeningTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 19);

    @Test
    void aSpanBeforeANounDatesItsClause() {
        List<String> got = Articles.datedLabels(
                "東北地方は16日から17日にかけて大雨に見舞われ、山形県では17日朝までの24時間に150ミリの雨が降った。\n", DAY);
        assertEquals(List.of("2025-03-16/2025-03-17", "2025-03-17"), got.stream().map(l -> l.split(" ")[0]).toList(), got::toString);
        assertTrue(got.get(0).contains("大雨"), got::toString);
    }

    @Test
    void aSpanOfWeeksToo() {
        List<String> got = Articles.datedLabels(
                "不正な送金は2月上旬から中旬にかけて本店で繰り返され、行員が今月3日に上司に報告して発覚した。\n", DAY);
        assertEquals(List.of("2025-02-01/2025-02-20", "2025-03-03"), got.stream().map(l -> l.split(" ")[0]).toList(), got::toString);
    }

    @Test
    void aSpanAfterTheArticlesDayBeforeANounIsAForecastsPeriod() {
        List<String> rain = Articles.datedLabels("気象庁は19日、20日から21日にかけて大雨の恐れがあると発表した。\n", DAY);
        assertEquals(List.of("2025-03-19"), rain.stream().map(l -> l.split(" ")[0]).toList(), rain::toString);
        List<String> warned = Articles.datedLabels(
                "気象台は19日、九州北部では20日夜から21日朝にかけて暴風の恐れがあるとして、警戒を呼びかけた。\n", DAY);
        assertEquals(List.of("2025-03-19"), warned.stream().map(l -> l.split(" ")[0]).toList(), warned::toString);
        List<String> traffic = Articles.datedLabels("高速道路会社は18日、22日から23日にかけて渋滞が予想されると発表した。\n", DAY);
        assertEquals(List.of("2025-03-18"), traffic.stream().map(l -> l.split(" ")[0]).toList(), traffic::toString);
    }

    @Test
    void aForecastsPeriodIsNoReportWhateverFollowsItsParticle() {
        for (String sentence : List.of("気象庁は19日、20日から21日にかけて、大雨の恐れがあると発表した。",
                "気象庁は19日、20日から21日にかけては大雨の恐れがあると発表した。",
                "気象庁は19日、20日から21日にかけての大雨に警戒するよう呼びかけた。",
                "気象庁は19日、19日夜から21日にかけて大雨の恐れがあると発表した。",
                "気象庁は19日、今夜から21日にかけて大雨の恐れがあると発表した。")) {
            List<String> got = Articles.datedLabels(sentence + "\n", DAY);
            assertEquals(List.of("2025-03-19"), got.stream().map(l -> l.split(" ")[0]).toList(), sentence + got);
        }
    }

    @Test
    void aPlansSpanAfterTheArticlesDayStaysAReport() {
        List<String> fair = Articles.datedLabels("同社は19日、4月1日から3日にかけて東京ビッグサイトで新製品の展示会を開くと発表した。\n", DAY);
        assertEquals(List.of("2025-03-19", "2025-04-01/2025-04-03"), fair.stream().map(l -> l.split(" ")[0]).toList(),
                fair::toString);
        List<String> trains = Articles.datedLabels("JR東日本は19日、22日から24日にかけて山手線の一部区間で運転を見合わせると発表した。\n", DAY);
        assertEquals(List.of("2025-03-19", "2025-03-22/2025-03-24"), trains.stream().map(l -> l.split(" ")[0]).toList(),
                trains::toString);
    }

    @Test
    void aSpanBegunByTheArticlesDayStaysAReportBesideTheLaterDay() {
        List<String> storm = Articles.datedLabels(
                "関東地方は18日から19日にかけて暴風に見舞われ、千葉県では19日朝までに3万戸が停電した。\n", DAY);
        assertEquals(List.of("2025-03-18/2025-03-19", "2025-03-19"), storm.stream().map(l -> l.split(" ")[0]).toList(),
                storm::toString);
    }

    @Test
    void aSpanInARelativeClauseDatesWhatHappenedThen() {
        List<String> got = Articles.datedLabels("県警は18日、15日夜から16日未明にかけて起きた強盗事件で男を逮捕した。\n", DAY);
        assertEquals(List.of("2025-03-18", "2025-03-15/2025-03-16"), got.stream().map(l -> l.split(" ")[0]).toList(), got::toString);
    }

    @Test
    void aDateWrittenOnANounStaysNoReport() {
        List<String> got = Articles.datedLabels("県は18日、来年度予算案を発表した。\n", DAY);
        assertEquals(1, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("2025-03-18 "), got::toString);
        List<String> plan = Articles.datedLabels("市は18日、2026年度事業計画をまとめた。\n", DAY);
        assertEquals(List.of("2025-03-18"), plan.stream().map(l -> l.split(" ")[0]).toList(), plan::toString);
    }
}
