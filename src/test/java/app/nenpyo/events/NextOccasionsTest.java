package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The next occasion of a happening told just before is held by whoever held that one (the review's
 * A13 FRB meeting and A41 Tankan had no actor): on sentences of news style the review never saw.
 */
class NextOccasionsTest {

    private static final LocalDate DAY = LocalDate.of(2022, 1, 21);

    private static List<String> actorsOf(String text, String expression) {
        Report r = Articles.reports(text, DAY).stream().filter(x -> x.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + text));
        return r.actors().stream().map(ActorMention::canonical).toList();
    }

    @Test
    void theNextMeetingIsHeldByWhoHeldTheOneToldJustBefore() {
        String text = "日銀は18日、大規模な金融緩和策の維持を決めた。次回の会合は3月9～10日に開かれる。\n";
        assertEquals(List.of("日本銀行"), actorsOf(text, "3月9～10日"));
        Report next = Articles.reports(text, DAY).stream().filter(x -> x.source().expressionText().equals("3月9～10日"))
                .findFirst().orElseThrow();
        assertTrue(next.actors().get(0).reason().contains("who held the one told just before"), next.actors().toString());
        assertEquals("次回", next.actors().get(0).surface(), "the mention is at the words that point back");
        assertTrue(next.subject().isEmpty(), "inferred, so no subject: the label says what the text says");
    }

    @Test
    void anOccasionThatNamesItsHolderOrFollowsNoOnesDeedTakesNoOneElse() {
        assertEquals(List.of("日本銀行"),
                actorsOf("政府は18日、物価対策をまとめた。次回の日銀の会合は3月9～10日に開かれる。\n", "3月9～10日"),
                "it names its own");
        assertEquals(List.of(), actorsOf("大雪は18日まで続いた。次回の会合は3月9日に開かれる。\n", "3月9日"),
                "the sentence before says no one's deed");
        assertEquals(List.of(), actorsOf("日銀は18日、大規模な金融緩和策の維持を決めた。\n\n次回の会合は3月9日に開かれる。\n", "3月9日"),
                "another paragraph");
    }

    @Test
    void anOccasionOfTheSameNounOrAMeetingAfterADecisionIsHeldByWhoToldOfIt() {
        assertEquals(List.of("欧州中央銀行"),
                actorsOf("欧州中央銀行（ECB）は20日の理事会で、政策金利の据え置きを決めた。次回の理事会は3月10日に開かれる。\n",
                        "3月10日"), "the same noun: 理事会");
        assertEquals(List.of("内閣府"),
                actorsOf("内閣府は18日、1月の消費動向調査を発表した。次回の調査は2月28日に公表する。\n", "2月28日"),
                "the same noun: 調査");
        assertEquals(List.of("外務省", "北京"),
                actorsOf("日本と中国の外務省は18日、局長級協議を開いた。次回の協議は3月に北京で開く。\n", "3月"),
                "a meeting after a meeting");
        assertEquals(List.of("米連邦準備制度理事会"),
                actorsOf("米連邦準備制度理事会（FRB）は15日、0.75%の利上げを決めた。次回の会合は2月1～2日に開かれる。\n", "2月1～2日"),
                "a body decides at a meeting");
    }

    @Test
    void aReportOfAnotherKindOrOneFurtherBackHoldsNoOccasion() {
        assertEquals(List.of(), actorsOf("経済産業省は18日、物価対策をまとめた。次回の会合は2月9日に開かれる。\n", "2月9日"),
                "measures put together tell of no meeting");
        assertEquals(List.of(), actorsOf("内閣府は18日、1月の消費動向調査を発表した。次回の会合は2月28日に開く。\n", "2月28日"),
                "a survey is no meeting");
        assertEquals(List.of(), actorsOf("米連邦準備制度理事会（FRB）は15日、0.75%の利上げを決めた。円相場は下落した。"
                + "次回の会合は2月1～2日に開かれる。\n", "2月1～2日"), "an undated sentence between: not the one just before");
    }

    @Test
    void aLabelLedByTheOccasionSaysWhoseItIsAsTheReportBeforeNamedIt() {
        assertEquals("日銀の次回の会合が開催", labelOf("日銀は18日、大規模な金融緩和策の維持を決めた。次回の会合は3月9～10日に開かれる。\n",
                "3月9～10日"));
        assertEquals("FRBの次回の会合が開催",
                labelOf("米連邦準備制度理事会（FRB）は15日、0.75%の利上げを決めた。次回の会合は2月1～2日に開かれる。\n", "2月1～2日"),
                "the name the label before used (FRB), not the body's full name");
        assertEquals("次回の会合が開催", labelOf("大雪は18日まで続いた。次回の会合は3月9日に開かれる。\n", "3月9日"),
                "no one held one just before: the label stays as read");
    }

    private static String labelOf(String text, String expression) {
        return Articles.reports(text, DAY).stream().filter(x -> x.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + text)).label();
    }
}
