package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorFinder;
import app.nenpyo.nlp.Gazetteer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A document's dated sentences past {@link EventExtractor#KEPT_READINGS} are held in arrays between the passes
 * while {@link EventExtractor#KEPT_TOKENS} last ({@link CompactReading}), then read twice: what the extractor gives
 * is the same as when every first reading is kept, names said again included.
 */
class KeptReadingsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 20);

    /** Readings kept whole for none but the first, the others in arrays or read again, against the default. */
    private static void sameReports(String text) {
        DocumentInput input = Articles.article(text, DAY);
        DocumentReports kept = new EventExtractor().extract(input);
        DocumentReports inArrays = new EventExtractor(Gazetteer.shared(), 1, EventExtractor.KEPT_TOKENS).extract(input);
        DocumentReports readAgain = new EventExtractor(Gazetteer.shared(), 1, 0).extract(input);
        assertEquals(kept, inArrays);
        assertArrayEquals(ReportCodec.encode(kept), ReportCodec.encode(inArrays));
        assertEquals(kept, readAgain);
        assertArrayEquals(ReportCodec.encode(kept), ReportCodec.encode(readAgain));
    }

    private static EventExtractor.Budget budget(int keptReadings, int keptTokens) {
        return new EventExtractor.Budget(keptReadings, new AtomicInteger(keptTokens), new ConcurrentHashMap<>());
    }

    @Test
    void aNameGivenInFullLaterIsFoundInTheSentencesReadAgain() {
        String text = "北山市の田中市長は18日、市議会で予算案を説明した。\n"
                + "北山市の田中一郎市長は19日、記者会見を開き、図書館の開館時間を延ばすと発表した。\n"
                + "南川町の佐藤次郎町長は17日、臨時の会合を開いた。佐藤町長は20日、県庁を訪れた。\n";
        DocumentReports reports = new EventExtractor(Gazetteer.shared(), 1, 0).extract(Articles.article(text, DAY));
        assertTrue(reports.reports().size() >= 3, reports::toString);
        sameReports(text);
    }

    /** Enough dated sentences to be read on every core, both passes. */
    @Test
    void aFileOfManyDatedSentencesReadOnEveryCore() {
        StringBuilder text = new StringBuilder();
        List<String> deeds = List.of("市議会で予算案を説明した", "記者会見を開いた", "県庁を訪れた", "窃盗の疑いで男を逮捕した");
        for (int k = 0; k < EventExtractor.PARALLEL_SENTENCES + 40; k++) {
            text.append(k % 3 == 0 ? "北山市の田中一郎市長は" : "田中市長は").append(1 + k % 28).append("日、")
                    .append(deeds.get(k % deeds.size())).append("。");
            if (k % 5 == 4) {
                text.append("\n");
            }
        }
        sameReports(text.toString());
    }

    /**
     * Past the readings kept and the tokens kept in arrays, a first reading holds the sentence's actors and nothing
     * else (review rv2 of session 34, finding 8: the test above passes as well when every reading is kept, the heap
     * a file's tokens).
     */
    @Test
    void aFirstReadingPastTheKeptOnesHoldsItsActorsAlone() {
        String sentence = "北山市の田中一郎市長は18日、市議会で予算案を説明した。";
        AnalysedSentence s = AnalysedSentence.of(sentence, 0, new ActorFinder(Gazetteer.shared()));
        assertTrue(EventExtractor.FirstReading.of(s, 0, budget(1, 0)).kept().isPresent());
        EventExtractor.FirstReading past = EventExtractor.FirstReading.of(s, 1, budget(1, 0));
        assertFalse(past.kept().isPresent());
        assertFalse(past.compact().isPresent());
        assertFalse(EventExtractor.FirstReading.of(s, EventExtractor.KEPT_READINGS,
                budget(EventExtractor.KEPT_READINGS, 0)).kept().isPresent());
        assertTrue(EventExtractor.FirstReading.of(s, EventExtractor.KEPT_READINGS - 1,
                budget(EventExtractor.KEPT_READINGS, 0)).kept().isPresent());
        assertEquals(s.actors(), EventExtractor.FirstReading.of(s, 5, budget(1, 0)).actors());
    }

    /**
     * The bound of a file of many posts read once by the tokenizer: past the readings kept whole, each sentence's is
     * kept in arrays while the document's tokens last, and the second pass reads them there, not again; the
     * sentence that would pass the tokens left, and every one after it, is read again.
     */
    @Test
    void readingsPastTheKeptOnesAreKeptInArraysWhileTheTokensLast() {
        ActorFinder finder = new ActorFinder(Gazetteer.shared());
        AnalysedSentence s = AnalysedSentence.of("北山市の田中一郎市長は18日、市議会で予算案を説明した。", 0, finder);
        int tokens = s.tokens().size();
        EventExtractor.Budget budget = budget(1, 2 * tokens + 1);

        EventExtractor.FirstReading second = EventExtractor.FirstReading.of(s, 1, budget);
        EventExtractor.FirstReading third = EventExtractor.FirstReading.of(s, 2, budget);
        EventExtractor.FirstReading fourth = EventExtractor.FirstReading.of(s, 3, budget);
        EventExtractor.FirstReading fifth = EventExtractor.FirstReading.of(s, 4, budget);

        assertTrue(second.compact().isPresent());
        assertTrue(third.compact().isPresent());
        assertFalse(fourth.compact().isPresent(), "one token left: the sentence is read again");
        assertFalse(fifth.compact().isPresent(), "nor any after it");
        AnalysedSentence again = second.reading(s.text(), new TextSpan(0, s.text().length()), () -> {
            throw new AssertionError("a reading kept in arrays is not read again");
        });
        assertEquals(s.tokens(), again.tokens());
        assertEquals(s.actors(), again.actors());
        assertEquals(s.anaphors(), again.anaphors());
    }
}
