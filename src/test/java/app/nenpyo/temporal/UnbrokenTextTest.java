package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.TextSpan;
import org.junit.jupiter.api.Test;

class UnbrokenTextTest {

    private static final String WRAPPED = "見出し\n\n\u3000停戦合意が1\n9日、発効した。合意は15日に\n発表された。";

    @Test
    void findsAnExpressionBrokenAcrossALineAndSpansTheBreak() {
        TextSpan span = new UnbrokenText(WRAPPED).find("19日", 0).orElseThrow();

        assertEquals("1\n9日", span.of(WRAPPED));
    }

    @Test
    void findsASentenceWrappedOverTwoLines() {
        TextSpan span = new UnbrokenText(WRAPPED).find("合意は15日に発表された。", 0).orElseThrow();

        assertEquals("合意は15日に\n発表された。", span.of(WRAPPED));
    }

    @Test
    void searchesFromAnIndexOfTheText() {
        UnbrokenText text = new UnbrokenText(WRAPPED);
        TextSpan first = text.find("合意", 0).orElseThrow();

        TextSpan second = text.find("合意", first.end()).orElseThrow();

        assertEquals("合意は", WRAPPED.substring(second.start(), second.start() + 3));
        assertTrue(second.start() > first.start());
    }

    @Test
    void findsNothingThatIsNotThere() {
        assertTrue(new UnbrokenText(WRAPPED).find("20日", 0).isEmpty());
        assertTrue(new UnbrokenText(WRAPPED).find("停戦", WRAPPED.indexOf("合意は")).isEmpty());
    }

    @Test
    void leavesAnUnbrokenTextAsItIs() {
        String text = "首相は10日、会見した。";

        assertEquals(new TextSpan(3, 6), new UnbrokenText(text).find("10日", 0).orElseThrow());
    }
}
