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

    @Test
    void marksDateExpressionsWithTheirNotesAlongsideHits() {
        Highlighted text = Highlighted.of("王毅外相は10日、会談した", List.of(new TextSpan(0, 2)),
                List.of(new Highlighted.DateMark(new TextSpan(5, 8), "2022年1月10日(月)")));
        assertEquals(List.of(
                new Highlighted.Run("王毅", true),
                new Highlighted.Run("外相は", false),
                new Highlighted.Run("10日", false, "2022年1月10日(月)"),
                new Highlighted.Run("、会談した", false)), text.runs());
    }

    @Test
    void aHitInsideADateSplitsItButKeepsTheNoteOnEveryPart() {
        Highlighted text = Highlighted.of("来月4日に", List.of(new TextSpan(2, 4)),
                List.of(new Highlighted.DateMark(new TextSpan(0, 4), "note")));
        assertEquals(List.of(
                new Highlighted.Run("来月", false, "note"),
                new Highlighted.Run("4日", true, "note"),
                new Highlighted.Run("に", false)), text.runs());
    }
}
