package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.nlp.ActorFinder;
import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A first reading kept in arrays gives back the reading it was made from, token for token. */
class CompactReadingTest {

    private static final ActorFinder FINDER = new ActorFinder(Gazetteer.shared());

    private static void sameAfterArrays(AnalysedSentence s) {
        AnalysedSentence back = CompactReading.of(s, new HashMap<>()).in(s.text(), s.offset());
        assertEquals(s.text(), back.text());
        assertEquals(s.offset(), back.offset());
        assertEquals(s.tokens(), back.tokens());
        assertArrayEquals(s.quoted(), back.quoted());
        assertEquals(s.actors(), back.actors());
        assertEquals(s.anaphors(), back.anaphors());
    }

    @Test
    void aSentenceOfNamesVerbsAndAQuoteIsReadBackAsItWasRead() {
        AnalysedSentence s = AnalysedSentence.of("南川町の佐藤次郎町長は20日、「住民の声を聞く」と述べ、県庁を訪れた。", 1200, FINDER);
        assertTrue(s.tokens().stream().anyMatch(t -> !t.baseForm().equals(t.surface())), "a verb's base form: " + s.tokens());
        sameAfterArrays(s);
    }

    @Test
    void anUnknownKatakanaNameKeepsItsMark() {
        AnalysedSentence s = AnalysedSentence.of("ゾルテック社のバルディナ社長は3日、記者会見を開いた。", 0, FINDER);
        assertTrue(s.tokens().stream().anyMatch(Token::unknownKatakana), s.tokens()::toString);
        sameAfterArrays(s);
    }

    /** A word a page's line break cut is read whole: its surface is no slice of the written sentence, and is kept. */
    @Test
    void aWordCutByALineBreakKeepsItsSurface() {
        String text = "北山市の田中一郎市長は18日、記者会\n見を開き、図書館の開館時間を延ばすと発表した。";
        AnalysedSentence s = AnalysedSentence.ofWrapped(text, 40, FINDER, List.of(text.indexOf('\n')));
        assertTrue(s.tokens().stream().anyMatch(t -> !t.span().of(text).equals(t.surface())), s.tokens()::toString);
        sameAfterArrays(s);
    }

    /** A base form the tokenizer writes anew for each token is kept once for the document. */
    @Test
    void aBaseFormIsKeptOnceForTheDocument() {
        Map<String, String> baseForms = new HashMap<>();
        AnalysedSentence one = AnalysedSentence.of("田中市長は18日、県庁を訪れた。", 0, FINDER);
        AnalysedSentence two = AnalysedSentence.of("佐藤町長は19日、県庁を訪れた。", 30, FINDER);
        AnalysedSentence backOne = CompactReading.of(one, baseForms).in(one.text(), one.offset());
        AnalysedSentence backTwo = CompactReading.of(two, baseForms).in(two.text(), two.offset());
        Token visitedOne = backOne.tokens().stream().filter(t -> t.surface().equals("訪れ")).findFirst().orElseThrow();
        Token visitedTwo = backTwo.tokens().stream().filter(t -> t.surface().equals("訪れ")).findFirst().orElseThrow();
        assertEquals("訪れる", visitedOne.baseForm());
        assertSame(visitedOne.baseForm(), visitedTwo.baseForm());
        assertEquals(one.tokens(), backOne.tokens());
    }
}
