package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.TextSpan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest {

    @TempDir
    static Path dir;

    private static ProjectDatabase db;
    private static long sampleId;

    @BeforeAll
    static void importSample() {
        db = ProjectDatabase.open(dir.resolve("search.nenpyo"));
        DocumentDate date = new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.FILE_NAME, "2022-01-11");
        List<InsertResult> results = db.insertAll(List.of(
                TestDocuments.toStore("sample.txt", TestDocuments.resource(TestDocuments.SAMPLE), date),
                TestDocuments.toStore("quotes.txt", "記者は \"AND\" (OR) *NOT* -x: と書いた。\n\n外相-会談 \"王毅\" について。", date)));
        sampleId = results.get(0).documentId();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"王毅", "外相", "ジュネーブ", "抗議活動", "トカエフ大統領", "CSTO"})
    void findsWordsOfEveryLengthAndHighlightsExactlyTheQuery(String query) {
        List<SearchHit> hits = search(query);

        assertFalse(hits.isEmpty(), query);
        for (SearchHit hit : hits) {
            assertFalse(hit.highlights().isEmpty(), hit.toString());
            for (TextSpan span : hit.highlights()) {
                assertEquals(query, span.of(hit.paragraphText()));
            }
            assertEquals(countOccurrences(hit.paragraphText(), query), hit.highlights().size());
        }
    }

    @Test
    void findsEveryParagraphThatContainsATwoCharacterWord() {
        String text = TestDocuments.resource(TestDocuments.SAMPLE);
        long expected = db.paragraphs(sampleId).stream().filter(p -> p.span().of(text).contains("王毅")).count();

        List<SearchHit> hits = search("王毅");

        assertEquals(2, expected);
        assertEquals(expected, hits.stream().filter(h -> h.documentId() == sampleId).count());
        assertTrue(hits.stream().filter(h -> h.documentId() == sampleId)
                .allMatch(h -> h.documentTitle().equals("title of sample.txt")));
    }

    @Test
    void hitsAreRankedBestFirst() {
        List<SearchHit> hits = search("ジュネーブ");

        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), hits.toString());
        }
        assertTrue(hits.get(0).score() > 0);
    }

    @Test
    void theLimitIsHonoured() {
        assertEquals(3, db.search("カザフスタン", List.of("カザフスタン"), 3).size());
        assertEquals(List.of(), db.search("カザフスタン", List.of(), 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"AND\" (OR)", "\"王毅\"", "外相-会談", "*NOT*", "-x:", "\"", "AND", "OR NOT", "NEAR(a b)",
            "col:外相", "^王毅", "王毅\"外相", "(", "\u0000"})
    void ftsSyntaxIsSearchedLiterallyAndNeverAnError(String query) {
        List<SearchHit> hits = db.search(query, TestDocuments.queryTokens(query), 10);

        for (SearchHit hit : hits) {
            assertTrue(hit.paragraphText().toLowerCase().contains(query.toLowerCase())
                    || !TestDocuments.queryTokens(query).isEmpty(), hit.toString());
        }
    }

    @Test
    void quotedOperatorsFindTheParagraphThatHoldsThem() {
        List<SearchHit> hits = search("\"AND\" (OR)");

        assertEquals(1, hits.size(), hits.toString());
        assertEquals(List.of(new TextSpan(4, 14)), hits.get(0).highlights());
        List<SearchHit> literal = db.search("外相-会談", List.of(), 10);
        assertEquals(1, literal.size());
        assertEquals(List.of(new TextSpan(0, 5)), literal.get(0).highlights());
    }

    @Test
    void aQueryWithNoHitFindsNothing() {
        assertEquals(List.of(), search("北京冬季五輪ボイコット"));
        assertEquals(List.of(), search("   "));
        assertEquals(List.of(), db.search("", List.of(), 10));
    }

    @Test
    void aOneCharacterQueryFallsBackToAScan() {
        List<SearchHit> hits = db.search("▽", List.of(), 50);

        assertEquals(1, hits.size());
        assertEquals(1, hits.get(0).highlights().size());
        assertTrue(hits.get(0).highlights().stream().allMatch(s -> s.of(hits.get(0).paragraphText()).equals("▽")));
    }

    @Test
    void aParagraphFoundOnlyByItsTokensHighlightsTheTokens() {
        List<SearchHit> hits = db.search("王毅 外相", List.of("王毅", "外相"), 10);

        assertFalse(hits.isEmpty());
        SearchHit hit = hits.get(0);
        assertTrue(hit.paragraphText().contains("王毅") && hit.paragraphText().contains("外相"));
        for (TextSpan span : hit.highlights()) {
            String highlighted = span.of(hit.paragraphText());
            assertTrue(highlighted.replace("王毅", "").replace("外相", "").isEmpty(), highlighted);
        }
    }

    @Test
    void latinTextMatchesWhateverTheCaseAndHighlightsTheTextAsWritten() {
        List<SearchHit> hits = search("csto");

        assertFalse(hits.isEmpty());
        assertEquals("CSTO", hits.get(0).highlights().get(0).of(hits.get(0).paragraphText()));
    }

    private static List<SearchHit> search(String query) {
        return db.search(query, TestDocuments.queryTokens(query), 50);
    }

    private static long countOccurrences(String text, String needle) {
        long count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }
}
