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
        String label = Articles.only("政府は19日、外交方針を説明し、東京・元赤坂の迎賓館で首脳\n会談を開いた。\n", DAY).label();
        assertFalse(label.contains("\n"), label);
    }

    @Test
    void lineBreaksGoWithTheIndentationAfterThemAndASpaceStaysBetweenLatinWords() {
        assertEquals("東京・元赤坂の迎賓館", Label.unbroken("東京・元赤坂 \r\n\u3000の迎賓館"));
        assertEquals("G7 summit", Label.unbroken("G7\nsummit"));
        assertEquals("首相が会談", Label.unbroken("首相が会談"));
        assertEquals("会談", Label.unbroken("会談\n"));
    }
}
