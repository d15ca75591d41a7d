package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A clipping wrapped at a width keeps its line breaks in the text, never in a label (held-out set three's wrapped files). */
class WrappedTextLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 20);

    @Test
    void aLabelOfASentenceWrappedAtAWidthHasNoLineBreak() {
        assertEquals("岸田文雄首相が東京・元赤坂の迎賓館でバイデン大統領と会談",
                Articles.only("岸田文雄首相は19日、東京・元赤坂\nの迎賓館でバイデン大統領と会談した。\n", DAY).label());
        String label = Articles.only("東京都は19日、新型コロナウイルス対策の\n基本方針を発表した。\n", DAY).label();
        assertFalse(label.contains("\n"), label);
        assertEquals("東京都が新型コロナウイルス対策の基本方針を発表", label);
    }

    @Test
    void lineBreaksGoWithTheIndentationAfterThemAndASpaceStaysBetweenLatinWords() {
        assertEquals("東京・元赤坂の迎賓館", Label.unbroken("東京・元赤坂 \r\n\u3000の迎賓館"));
        assertEquals("G7 summit", Label.unbroken("G7\nsummit"));
        assertEquals("JAXAが月面着陸に成功", Label.unbroken("JAX\nAが月面着陸に成功"), "an acronym a page's width cut");
        assertEquals("New York", Label.unbroken("New\nYork"));
        assertEquals("首相が会談", Label.unbroken("首相が会談"));
        assertEquals("会談", Label.unbroken("会談\n"));
    }
}
