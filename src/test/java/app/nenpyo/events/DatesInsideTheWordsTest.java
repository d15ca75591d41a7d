package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date inside the quoted words of a sentence that ends by saying them is the speaker's, not the day of the saying:
 * such a sentence is read as one without a date of its own (decision 0042's addendum of 2026-12-18), so that its words
 * take the day of the sentence before or of the lead as words without any date do. Sentences of news style written
 * for this test, after the development sets' (記者会見した社長は「…来年度も…」と述べた, 「先月26日に…」と話した), with the
 * near misses the rule must leave alone.
 */
class DatesInsideTheWordsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 12);

    @Test
    void aCommentWhoseOnlyDateIsInsideItsWordsTakesTheLeadsDay() {
        List<String> library = Articles.carriedLabels("市立図書館は10日、50年前に貸し出された本が返ってきたと発表した。"
                + "本は補修して展示する。館長は「来月から多くの人に見てほしい」と話している。\n", DAY);
        assertEquals(1, library.size(), library::toString);
        assertTrue(library.get(0).startsWith("2025-06-10 ") && library.get(0).contains("館長"), library::toString);
    }

    @Test
    void wordsAfterTheDeedWhoseOnlyDateIsInsideThemTakeItsDay() {
        List<String> words = Articles.carriedLabels("北浜市議会は10日、市長の不信任決議案を可決した。"
                + "市長は可決後、報道陣に「20日までに判断したい」と述べた。\n", DAY);
        assertEquals(1, words.size(), words::toString);
        assertTrue(words.get(0).startsWith("2025-06-10 "), words::toString);
    }

    @Test
    void aDateOutsideTheWordsStillDatesTheSaying() {
        assertEquals(List.of(), Articles.carriedLabels("北浜市議会は10日、市長の不信任決議案を可決した。"
                + "市長は11日、報道陣に「20日までに判断したい」と述べた。\n", DAY), "11日 is the saying's own day");
        assertEquals(List.of(), Articles.carriedLabels("市立図書館は10日、50年前に貸し出された本が返ってきたと発表した。"
                + "本は補修して展示する。館長は来月から「多くの人に見てほしい」と話している。\n", DAY),
                "来月 outside the quote: no comment of the lead's day");
    }

    @Test
    void wordsTheBlogWriterGatheredAreNoStatementOfTheDay() {
        assertFalse(DayOfTheLead.saidThatDay("筆者の近所の鮮魚店は「」と話している。"), "the writer's neighbour");
        assertFalse(DayOfTheLead.saidThatDay("私の母は「」と話した。"), "the writer's family");
        assertTrue(DayOfTheLead.saidThatDay("私立高校の校長は「」と話している。"), "私立 is no writer");
        assertTrue(DayOfTheLead.saidThatDay("館長は「」と話している。"));
    }
}
