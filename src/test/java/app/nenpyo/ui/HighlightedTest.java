package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.nenpyo.domain.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightedTest {

    @Test
    void cutsTheTextIntoHitAndPlainRuns() {
        Highlighted text = Highlighted.of("中国の王毅外相は", List.of(new TextSpan(3, 5)));
        assertEquals(List.of(
                new Highlighted.Run("中国の", false),
                new Highlighted.Run("王毅", true),
                new Highlighted.Run("外相は", false)), text.runs());
    }

    @Test
    void mergesOverlappingHitsAndClipsStaleOnes() {
        Highlighted text = Highlighted.of("王毅外相", List.of(new TextSpan(2, 4), new TextSpan(0, 3), new TextSpan(3, 9)));
        assertEquals(List.of(new Highlighted.Run("王毅外相", true)), text.runs());
        assertEquals("王毅外相", text.text());
    }

    @Test
    void aTextWithoutHitsIsOnePlainRun() {
        Highlighted text = Highlighted.of("▽一行目\n▽二行目", List.of());
        assertFalse(text.hasHits());
        assertEquals(List.of(new Highlighted.Run("▽一行目\n▽二行目", false)), text.runs());
    }
}
