package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An office of justice or police said by its kind alone (地検は, 県警が) is the one of that kind the
 * article named before (the review's A48 prosecution had lost 東京地検): on sentences of news style
 * the review never saw.
 */
class OfficeAnaphorTest {

    private static final LocalDate DAY = LocalDate.of(2022, 1, 11);

    private static Report reportOf(String text, String expression) {
        return Articles.reports(text, DAY).stream().filter(x -> x.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + Articles.reports(text, DAY)));
    }

    @Test
    void theProsecutorsSaidByTheirKindAreTheOnesNamedBefore() {
        Report charged = reportOf("横浜地検は8日、男を逮捕した。地検は10日、男を起訴した。\n", "10日");
        assertEquals(List.of("横浜地検"), charged.actors().stream().map(ActorMention::canonical).toList());
        assertEquals("横浜地検が男を起訴", charged.label());
    }

    @Test
    void anOfficeOfAnotherKindOrNoneNamedBeforeIsNoOne() {
        assertEquals(List.of(), reportOf("地検は10日、男を起訴した。\n", "10日").actors());
        Report other = reportOf("横浜地裁は8日、判決を言い渡した。地検は10日、控訴した。\n", "10日");
        assertTrue(other.actors().stream().noneMatch(a -> a.surface().equals("地検")), "a court is no prosecutor: " + other.actors());
        assertEquals("地検が控訴", other.label());
    }
}
