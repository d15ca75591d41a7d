package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a clause up to the deed it is dated by, the clauses after it left out. */
class WordsUpToTheDeedTest {

    private static Report only(String text, LocalDate date) {
        List<Report> reports = Articles.reports(text, date);
        assertEquals(1, reports.size(), reports.toString());
        return reports.get(0);
    }

    @Test
    void theClauseAfterTheDeedIsLeftOut() {
        Report month = only("平岡正樹被告は昨年9月に逮捕され、初公判で起訴内容を否認した。\n", LocalDate.of(2023, 2, 20));

        List<String> words = WordsUpToTheDeed.of(month);
        assertEquals("逮捕", words.get(words.size() - 1), words.toString());
        assertTrue(words.contains("平岡") && !words.contains("公判") && !words.contains("否認"), words.toString());
        assertTrue(month.contentWords().contains("否認"), "the clause's words hold the trial: " + month.contentWords());
    }

    @Test
    void aClauseEndingInItsDeedKeepsEveryWord() {
        Report day = only("県警は8日、強盗の疑いで、会社員の平岡正樹容疑者（34）を逮捕した。\n", LocalDate.of(2022, 9, 9));

        assertEquals(day.contentWords(), WordsUpToTheDeed.of(day));
    }
}
