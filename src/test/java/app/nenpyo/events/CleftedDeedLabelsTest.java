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
        // a noun before は (a possessive の follows a noun, never a verb): the deed follows the date
        assertEquals(List.of("2024-06-10 市の計画が議会で承認"), labels("市の計画は10日に議会で承認された。"));
        // the date names a happening of its own (the eruption), which dates the leaving
        assertEquals(List.of("2024-06-11 噴火"), labels("住民が町を離れたのは6月11日の噴火の直後で、避難は長引いた。"));
        // のは、 then a clause with its own deed: what the writer thinks of, not a cleft of the date
        assertEquals(List.of("2023-06-01/2023-08-31 筆者が来日"), labels("筆者が気になるのは、昨年の夏に来日し、申請を準備している家族のことだ。"));
    }

    @Test
    void theCleftsDoerIsItsOwnSubjectNotTheTopicAroundIt() {
        assertEquals(List.of("2024-06-12 与党が法案を提出"), labels("政府は、与党が法案を提出したのは12日だったと説明した。"));
        assertEquals(List.of("2024-06-12 男が店に押し入る"), labels("県警は、男が店に押し入ったのは12日で、店員にけがはなかったと発表した。"));
        assertEquals(List.of("2024-06-12 県が調査を開始"), labels("知事は記者会見で、県が調査を始めたのは12日だったと述べた。"));
        assertEquals(List.of("2024-06-05 監督が辞任を申し出る"), labels("球団は、監督が辞任を申し出たのは今月5日だったと明らかにした。"));
        // with no subject of its own, the topic before a description of it
        assertEquals(List.of("2024-06-12 市長が辞職を表明"), labels("市長は高齢で、辞職を表明したのは12日だった。"));
        assertEquals(List.of("2010 田中氏が市長に初当選"), labels("田中氏は弁護士出身で、市長に初当選したのは2010年だった。"));
    }

    @Test
    void aDatedClauseInsideTheCleftDoesNotTakeItsVerb() {
        assertEquals(List.of("2019 店が開業", "2024-06-03 店が閉店"), labels("2019年に開業した店が閉店したのは今月3日だった。"));
        assertEquals(List.of("2023 店が開業", "2024-06-03 店が閉店"), labels("昨年開業した店が閉店したのは今月3日だった。"));
    }

    @Test
    void aStanceOrAnEvaluationBeforeのはIsNoCleft() {
        assertEquals(List.of("2024-07-15 大雨が予想"), labels("懸念されるのは15日で、大雨が予想されている。"));
        assertEquals(List.of("2024-06-12 市議会が紛糾"), labels("問題となったのは12日で、市議会が紛糾した。"));
        assertEquals(List.of("2024-06-15 与党が採決を急ぐ構え"), labels("注目されるのは15日で、与党は採決を急ぐ構えだ。"));
        assertEquals(List.of("2024-07-12 期限"), labels("大切なのは12日が期限だという点だ。"));
        // a cleft with an argument of its own still is one, its doer left unsaid
        assertEquals(List.of("2024-06-12 米国と合意"), labels("米国と合意したのは12日だった。"));
    }

    @Test
    void aFrameInsideAQuoteOrBrokenByALineIsReadAsWritten() {
        assertEquals(List.of("2024-06-12 社長が辞任を表明"),
                labels("社長は「責任は重大で、辞任するのは当然だ」と述べたが、辞任を表明したのは12日だった。"));
        assertEquals(List.of("2024-05-15 市長が辞職を表明"), labels("振り返ると\n、市長が辞職を表明したのは先月15日で、議会はその後混乱した。"));
        assertEquals(List.of("2024-05-15 辞職を表明"), labels("振り返ると\n、辞職を表明したのは先月15日だった。"));
    }

    @Test
    void aTimeOfDayOrのことAfterTheDateStillEndsTheCleft() {
        assertEquals(List.of("2024-06-12 県警が容疑者を逮捕"), labels("県警が容疑者を逮捕したのは12日夜で、事件から3か月がたっていた。"));
        assertEquals(List.of("2024-06-12 生徒が転落"), labels("生徒が転落したのは12日午後で、命に別条はない。"));
        assertEquals(List.of("2024-06-12T15:00 事故が発生"), labels("事故が起きたのは12日午後3時ごろで、乗客にけがはなかった。"));
        assertEquals(List.of("2024-06-12 県警が容疑者を逮捕"), labels("県警が容疑者を逮捕したのは12日のことだった。"));
    }
}
