package app.nenpyo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** TextSpan's equals and hash, written out in place of the record's own: the same answers. */
class TextSpanEqualityTest {

    @Test
    void spansOfTheSameCharactersAreEqualAndHashAlike() {
        String text = "岸田首相は10日、官邸で記者会見を開いた。";
        TextSpan date = new TextSpan(text.indexOf("10日"), text.indexOf("10日") + 3);
        TextSpan again = new TextSpan(5, 8);
        assertEquals(date, again);
        assertEquals(date.hashCode(), again.hashCode());
        assertEquals("10日", again.of(text));
    }

    @Test
    void eitherEndDifferingMakesAnotherSpan() {
        TextSpan span = new TextSpan(5, 8);
        assertNotEquals(span, new TextSpan(5, 9));
        assertNotEquals(span, new TextSpan(4, 8));
        assertNotEquals(span, "10日");
        assertNotEquals(span, null);
    }

    @Test
    void theRecordsHashIsKept() {
        // the hash a record of two ints has, so sets of spans keep the order they had
        record TwoInts(int start, int end) {
        }
        assertEquals(new TwoInts(5, 8).hashCode(), new TextSpan(5, 8).hashCode());
        assertEquals(new TwoInts(3, 1200).hashCode(), new TextSpan(3, 1200).hashCode());
        Set<TextSpan> seen = new HashSet<>();
        seen.add(new TextSpan(0, 4));
        seen.add(new TextSpan(0, 4).shift(0));
        assertEquals(1, seen.size());
    }
}
