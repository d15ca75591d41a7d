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
}
