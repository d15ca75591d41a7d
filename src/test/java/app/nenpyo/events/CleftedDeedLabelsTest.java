package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deed told by when it was done (…したのは12日で、), labelled by its own clause, not by what follows its date
 * (decision 0037's addendum of 2026-12-13). Sentences written for these tests in the style of news reports, of
 * several domains.
 */
class CleftedDeedLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static List<String> labels(String text) {
        return Articles.datedLabels(text + "\n", DAY);
    }

    @Test
    void aCleftIsLabelledByTheDeedItDates() {
        assertEquals(List.of("2024-06-12 県警が容疑者を逮捕"), labels("県警が容疑者を逮捕したのは12日で、事件から3か月がたっていた。"));
        assertEquals(List.of("2024-05-20 市が計画の中止を発表"), labels("市が計画の中止を発表したのは先月20日だった。"));
        assertEquals(List.of("2024-06-03 山本一郎さんが死亡"), labels("作家の山本一郎さんが亡くなったのは今月3日。"));
        assertEquals(List.of("2024-03-19 日銀が利上げを決定"), labels("日銀が利上げを決めたのは3月19日で、17年ぶりだった。"));
        assertEquals(List.of("2023-10-05 会社が工場の閉鎖を発表"),
                labels("会社が工場の閉鎖を発表したのは昨年10月5日で、従業員は約300人だった。"));
        // the date told as the first time
        assertEquals(List.of("2024-03-22 警報が出る"), labels("警報が出たのは今年3月22日が初めてだった。"));
    }

    @Test
    void aConditionalFrameBeforeTheCleftIsNotItsDeed() {
        assertEquals(List.of("2024-05-15 市長が辞職を表明"), labels("振り返ると、市長が辞職を表明したのは先月15日で、議会はその後混乱した。"));
        // nor a cleft before it, ended by its copula
        assertEquals(List.of("2024-04-02 市が計画を発表", "2024-04-20 県が計画を承認"),
                labels("市が計画を発表したのは4月2日で、県が計画を承認したのは4月20日だった。"));
    }

    @Test
    void aTopicOfNounsOrADateNamingAnotherHappeningIsNoCleft() {
        // の before は as a possessive, and a noun before は: the deed follows the date
        assertEquals(List.of("2024-06-10 市の計画が議会で承認"), labels("市の計画は10日に議会で承認された。"));
        // the date names a happening of its own (the eruption), which dates the leaving
        assertEquals(List.of("2024-06-11 噴火"), labels("住民が町を離れたのは6月11日の噴火の直後で、避難は長引いた。"));
        // のは、 then a clause with its own deed: what the writer thinks of, not a cleft of the date
        assertEquals(List.of("2023-06-01/2023-08-31 筆者が来日"), labels("筆者が気になるのは、昨年の夏に来日し、申請を準備している家族のことだ。"));
    }
}
