package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.nlp.ActorMention;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening told again with も and no doer is done by whoever did the one told before under the
 * same word (the review's A16 launches of 28 and 29 September had no actor): on the review's
 * article and on sentences of news style it never saw.
 */
class RepeatsTest {

    private static final LocalDate DAY = LocalDate.of(2022, 3, 7);

    private static List<String> actorsOf(String text, String expression, LocalDate day) {
        Report r = Articles.reports(text, day).stream().filter(x -> x.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + Articles.reports(text, day)));
        return r.actors().stream().map(ActorMention::canonical).distinct().toList();
    }

    @Test
    void theReviewsLaunchesToldAgainWithMoAreNorthKoreas() throws IOException {
        String a16 = Articles.reviewArticles().get("A16")[2];
        assertEquals(List.of("北朝鮮"), actorsOf(a16, "9月28日", LocalDate.of(2022, 10, 3)));
        assertEquals(List.of("北朝鮮"), actorsOf(a16, "29日", LocalDate.of(2022, 10, 3)));
    }

    @Test
    void anAirStrikeToldAgainWithMoIsByWhoeverStruckBefore() {
        List<String> again = actorsOf("ロシア軍は3日、キーウを空爆した。5日にも空爆があった。\n", "5日", DAY);
        assertEquals(1, again.size(), again.toString());
        assertTrue(again.get(0).startsWith("ロシア"), again.toString());
    }

    @Test
    void withoutMoOrUnderAnotherWordNoDoerIsInferred() {
        assertEquals(List.of(), actorsOf("ロシア軍は3日、キーウを空爆した。5日、空爆があった。\n", "5日", DAY), "no も");
        assertEquals(List.of(), actorsOf("ロシア軍は3日、キーウを空爆した。5日にも地震があった。\n", "5日", DAY),
                "another happening");
    }
}
