package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The once-a-sentence tests of the finder's rules ({@code mayNameOne}): a sentence holding the word a rule ends on is
 * read by it, one holding none is not, and what the rule finds is the same either way. Sentences written for the test.
 */
class WordsWrittenTest {

    private static List<String> actors(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().map(m -> m.kind() + ":" + m.canonical()).toList();
    }

    @Test
    void anyWordOfTheListWrittenAnywhere() {
        assertTrue(WordsWritten.anyIn("主な地元紙の朝霞新報は伝えた", List.of("新聞", "新報")));
        assertFalse(WordsWritten.anyIn("主な地元紙は伝えた", List.of("新聞", "新報")), "紙 alone is none of them");
        assertFalse(WordsWritten.anyIn("", List.of("派")));
        assertFalse(WordsWritten.anyIn("派閥", List.of()));
    }

    @Test
    void eachRuleIsAskedOnlyOfASentenceHoldingTheWordItEndsOn() {
        assertTrue(Factions.mayNameOne("緑川派の会合が開かれた。"));
        assertFalse(Factions.mayNameOne("緑川氏の会合が開かれた。"));
        assertTrue(NewspapersByTheirIssue.mayNameOne("潮見日報は5日付で伝えた。"));
        assertFalse(NewspapersByTheirIssue.mayNameOne("潮見テレビは5日に伝えた。"));
        assertTrue(MunicipalitiesNamedWhole.mayNameOne("岩瀬町は9日、避難所を開いた。"));
        assertFalse(MunicipalitiesNamedWhole.mayNameOne("岩瀬の住民は9日、避難した。"));
        assertTrue(BodiesByTheirKind.mayNameOne("検証委員会は報告書を出した。"));
        assertFalse(BodiesByTheirKind.mayNameOne("検証チームは報告書を出した。"), "チーム is no kind the rule reads");
        assertTrue(CompanyNames.mayNameOne("東雲電産は新工場を建てた。"));
        assertFalse(CompanyNames.mayNameOne("東雲グループは新工場を建てた。"));
    }

    /** The sentences the rules take still give their actors, and near misses none of them. */
    @Test
    void whatTheRulesFindIsFoundStill() {
        assertEquals(List.of("ORGANISATION:緑川派"), actors("緑川派は11日、総会を開いた。"));
        assertEquals(List.of("ORGANISATION:東雲電産"), actors("東雲電産は新工場を建てた。"));
        assertEquals(List.of("ORGANISATION:潮見日報"), actors("潮見日報は5日付で伝えた。"));
        assertEquals(List.of("PLACE:岩瀬"), actors("岩瀬町は9日、避難所を開いた。"));
        assertEquals(List.of("ORGANISATION:検証委員会"), actors("検証委員会は報告書を出した。"));
        assertEquals(List.of(), actors("工場は新しく建てられた。"));
    }
}
