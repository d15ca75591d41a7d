package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A report dated by the sentence before (decision 0042) cites that sentence's expression and says so,
 * rather than passing it for one of its own sentence.
 */
class CarriedDateCitationTest {

    /** 初公判は20日、開かれた。被告は無罪を主張した。: the plea's sentence is [13,24), its date 20日 at [4,7). */
    private static final String TEXT = "初公判は20日、開かれた。被告は無罪を主張した。";

    private static EventSource source(TextSpan sentence, TextSpan expression) {
        return new EventSource("k", OptionalLong.of(1), "ev-1", 1, sentence, sentence, expression,
                expression.of(TEXT), "");
    }

    @Test
    void aCarriedDateIsCitedAsTheSentenceBefores() {
        EventSource plea = source(new TextSpan(13, 24), new TextSpan(4, 7));
        assertEquals("被告は無罪を主張した。", plea.sentence().of(TEXT));
        assertTrue(plea.dateCarried());
        Citation c = new Citation(1, "公判", "2019-11-21", 1, plea.expressionText(), plea.dateCarried());
        assertTrue(c.text().endsWith("「20日」（前の文の日付）"), c.text());
        Citation read = Citation.of(plea, new EventCatalog(java.util.List.of(), java.util.Map.of()));
        assertTrue(read.carried() && read.text().endsWith("「20日」（前の文の日付）"), "as the exports read a source: " + read.text());
    }

    @Test
    void aDateInItsOwnSentenceIsCitedAsBefore() {
        EventSource opening = source(new TextSpan(0, 13), new TextSpan(4, 7));
        assertFalse(opening.dateCarried());
        assertTrue(new Citation(1, "公判", "2019-11-21", 1, "20日", false).text().endsWith("「20日」"));
        Citation read = Citation.of(opening, new EventCatalog(java.util.List.of(), java.util.Map.of()));
        assertTrue(!read.carried() && read.text().endsWith("「20日」"), read.text());
        assertFalse(source(new TextSpan(13, 24), new TextSpan(13, 13)).dateCarried(), "an added report has no expression");
    }
}
