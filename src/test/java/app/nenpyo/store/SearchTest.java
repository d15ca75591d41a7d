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
    private static long endsId;
    private static long wideId;

    @BeforeAll
    static void importSample() {
        db = ProjectDatabase.open(dir.resolve("search.nenpyo"));
        DocumentDate date = new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.FILE_NAME, "2022-01-11");
        List<InsertResult> results = db.insertAll(List.of(
                TestDocuments.document("sample.txt", TestDocuments.resource(TestDocuments.SAMPLE), date),
                TestDocuments.document("quotes.txt", "記者は \"AND\" (OR) *NOT* -x: と書いた。\n\n外相-会談 \"王毅\" について。", date),
                TestDocuments.document("ends.txt", "ロシア外相\n\n海外相場は上がった。\n\n外相\n\nIt is Osce-Like", date),
                TestDocuments.document("wide.txt", "ＮＡＴＯ首脳会議は２０２２年に開かれた。\n\nＧ７外相会合。", date)));
        endsId = results.get(2).documentId();
        wideId = results.get(3).documentId();
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
        assertEquals(3, db.search("カザフスタン", 3).size());
        assertEquals(List.of(), db.search("カザフスタン", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"AND\" (OR)", "\"王毅\"", "外相-会談", "*NOT*", "-x:", "\"", "AND", "OR NOT", "NEAR(a b)",
            "col:外相", "^王毅", "王毅\"外相", "(", "\u0000"})
    void ftsSyntaxIsSearchedLiterallyAndNeverAnError(String query) {
        List<SearchHit> hits = db.search(query, 10);

        for (SearchHit hit : hits) {
            for (String term : query.strip().split(" +")) {
                assertTrue(hit.paragraphText().toLowerCase().contains(term.toLowerCase()), hit + " for " + term);
            }
        }
    }

    @Test
    void quotedOperatorsFindTheParagraphThatHoldsThem() {
        List<SearchHit> hits = search("\"AND\" (OR)");

        assertEquals(1, hits.size(), hits.toString());
        assertEquals(List.of(new TextSpan(4, 9), new TextSpan(10, 14)), hits.get(0).highlights(), "each term");
        List<SearchHit> literal = db.search("外相-会談", 10);
        assertEquals(1, literal.size());
        assertEquals(List.of(new TextSpan(0, 5)), literal.get(0).highlights());
    }

    @Test
    void aQueryWithNoHitFindsNothing() {
        assertEquals(List.of(), search("北京冬季五輪ボイコット"));
        assertEquals(List.of(), search("   "));
        assertEquals(List.of(), db.search("", 10));
    }

    @Test
    void aOneCharacterQueryFallsBackToAScan() {
        List<SearchHit> hits = db.search("▽", 50);

        assertEquals(1, hits.size());
        assertEquals(1, hits.get(0).highlights().size());
        assertTrue(hits.get(0).highlights().stream().allMatch(s -> s.of(hits.get(0).paragraphText()).equals("▽")));
    }

    @Test
    void everyTermMustOccurAndEveryOccurrenceOfEachIsHighlighted() {
        List<SearchHit> hits = db.search("王毅 外相", 10);

        assertFalse(hits.isEmpty());
        for (SearchHit hit : hits) {
            String text = hit.paragraphText();
            assertTrue(text.contains("王毅") && text.contains("外相"), text);
            assertEquals(countOccurrences(text, "王毅") + countOccurrences(text, "外相"), hit.highlights().size());
            for (TextSpan span : hit.highlights()) {
                String highlighted = span.of(text);
                assertTrue(highlighted.equals("王毅") || highlighted.equals("外相"), highlighted);
            }
        }
    }

    @Test
    void twoTwoCharacterTermsFindOnlyTheParagraphsWithBoth() {
        String text = TestDocuments.resource(TestDocuments.SAMPLE);
        List<Integer> expected = db.paragraphs(sampleId).stream()
                .filter(p -> p.span().of(text).contains("王毅") && p.span().of(text).contains("電話"))
                .map(p -> p.number()).toList();

        List<SearchHit> hits = db.search("王毅　電話", 10);

        assertEquals(1, expected.size());
        assertEquals(expected, hits.stream().map(SearchHit::paragraphNumber).toList());
        assertEquals(List.of("王毅", "電話"), hits.get(0).highlights().stream()
                .map(s -> s.of(hits.get(0).paragraphText())).toList());
        assertEquals(List.of(), db.search("王毅 ボイコット", 10), "a term that occurs nowhere");
        assertEquals(List.of(), db.search("王毅 鰻丼", 10), "a 2-character term that occurs nowhere");
        assertEquals(List.of(), db.search("鰻丼", 10));
        assertEquals(List.of(), db.search("王毅 ▲", 10), "a 1-character term that occurs nowhere");
    }

    @Test
    void aTwoCharacterTermIsFoundAtTheVeryEndOfAParagraph() {
        List<Integer> found = db.search("外相", 50).stream()
                .filter(h -> h.documentId() == endsId).map(SearchHit::paragraphNumber).sorted().toList();

        assertEquals(List.of(1, 2, 3), found, "ロシア外相 (the end), 海外相場 (a substring), 外相 (the whole paragraph)");
        for (SearchHit hit : db.search("外相", 50)) {
            assertTrue(hit.highlights().stream().allMatch(s -> s.of(hit.paragraphText()).equals("外相")), hit.toString());
        }
        assertEquals(List.of(1), db.search("シア外相", 10).stream().map(SearchHit::paragraphNumber).toList());
    }

    @Test
    void aOneCharacterTermFiltersTheOtherTermsHits() {
        List<SearchHit> hits = db.search("外相 場", 50).stream().filter(h -> h.documentId() == endsId).toList();

        assertEquals(1, hits.size(), hits.toString());
        assertEquals("海外相場は上がった。", hits.get(0).paragraphText());
        assertEquals(List.of(new TextSpan(1, 3), new TextSpan(3, 4)), hits.get(0).highlights());
        for (SearchHit hit : db.search("外相 場", 50)) {
            assertTrue(hit.paragraphText().contains("外相") && hit.paragraphText().contains("場"), hit.toString());
        }
    }

    @Test
    void latinTextMatchesWhateverTheCaseAndHighlightsTheTextAsWritten() {
        List<SearchHit> hits = search("csto");

        assertFalse(hits.isEmpty());
        SearchHit inSample = hits.stream().filter(h -> h.documentId() == sampleId).findFirst().orElseThrow();
        assertEquals("CSTO", inSample.highlights().get(0).of(inSample.paragraphText()));
        for (String query : List.of("osce", "OSCE", "Os", "sC", "LIKE", "li", "It")) {
            List<SearchHit> found = search(query);
            assertTrue(found.stream().anyMatch(h -> h.documentId() == endsId), query);
            for (SearchHit hit : found) {
                assertTrue(hit.highlights().stream().allMatch(s -> s.of(hit.paragraphText()).equalsIgnoreCase(query)),
                        hit.toString());
            }
        }
        assertEquals(2, search("cs").size(), "the 2 paragraphs of the sample with CSTO");
    }

    private static List<SearchHit> search(String query) {
        return db.search(query, 50);
    }

    private static long countOccurrences(String text, String needle) {
        long count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }

    @Test
    void fullWidthAndOrdinaryLatinLettersAndDigitsFindEachOtherAndHighlightAsWritten() {
        for (String query : List.of("NATO", "nato", "ＮＡＴＯ", "2022", "g7", "Ｇ7", "７")) {
            List<SearchHit> hits = search(query).stream().filter(h -> h.documentId() == wideId).toList();
            assertEquals(1, hits.size(), query + ": " + hits);
            SearchHit hit = hits.get(0);
            assertFalse(hit.highlights().isEmpty(), query);
            for (TextSpan span : hit.highlights()) {
                assertEquals(query.length(), span.length(), query);
                String written = span.of(hit.paragraphText());
                assertTrue(written.codePoints().allMatch(c -> c >= 0xFF01 && c <= 0xFF5E), written + " is the text as written");
            }
        }
        SearchHit csto = search("ＣＳＴＯ").stream().filter(h -> h.documentId() == sampleId).findFirst().orElseThrow();
        assertEquals("CSTO", csto.highlights().get(0).of(csto.paragraphText()));
    }

    @Test
    void aQueryMatchingMoreThanCanBeRankedQuicklyListsTheNewestFirstAndFindsTheSameParagraphs() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("search.nenpyo"))) {
            List<SearchHit> ranked = new ParagraphSearch(c).search("外相", 100);
            List<SearchHit> newest = new ParagraphSearch(c, 2).search("外相", 100);

            assertTrue(ranked.size() > 2, "enough matches to exceed a cap of 2");
            assertEquals(ranked.stream().map(h -> h.documentId() + ":" + h.paragraphNumber()).sorted().toList(),
                    newest.stream().map(h -> h.documentId() + ":" + h.paragraphNumber()).sorted().toList(), "the same paragraphs");
            for (int i = 1; i < newest.size(); i++) {
                SearchHit before = newest.get(i - 1);
                SearchHit after = newest.get(i);
                assertTrue(before.documentId() > after.documentId()
                        || before.documentId() == after.documentId() && before.paragraphNumber() > after.paragraphNumber(),
                        "newest first: " + before + " then " + after);
                assertEquals(0.0, after.score());
            }
            assertEquals(2, new ParagraphSearch(c, 2).search("外相", 2).size(), "the limit still holds");
        }
    }

    /**
     * Each hit says the day its document was written, whichever way the search went (ranked, newest
     * first, a scan for a short term): a list of hits is dated without reading every document.
     */
    @Test
    void eachHitCarriesTheDayItsDocumentWasWrittenOrNoneWhenUndated(@TempDir Path own) throws Exception {
        Path file = own.resolve("dated.nenpyo");
        try (ProjectDatabase dated = ProjectDatabase.open(file)) {
            dated.insertAll(List.of(
                    TestDocuments.document("a.txt", "王毅外相が会談した。", new DocumentDate(LocalDate.of(2022, 1, 10), DateSource.FILE_NAME, "2022-01-10")),
                    TestDocuments.document("b.txt", "王毅外相が訪問した。", DocumentDate.undated())));
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (ParagraphSearch search : List.of(new ParagraphSearch(c), new ParagraphSearch(c, 1))) {
                for (String query : List.of("王毅外相", "王毅", "王", "王毅 外相")) {
                    List<SearchHit> hits = search.search(query, 10);
                    assertEquals(2, hits.size(), query);
                    for (SearchHit hit : hits) {
                        assertEquals(hit.documentTitle().equals("title of a.txt") ? java.util.Optional.of(LocalDate.of(2022, 1, 10))
                                : java.util.Optional.empty(), hit.documentDate(), query + ": " + hit);
                    }
                }
            }
        }
    }

    /** The list and its count from one search: the matches are counted once, as the search would find them. */
    @Test
    void aSearchCountsItsMatchesWithOneCountOfTheIndex() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("search.nenpyo"))) {
            List<String> counts = new java.util.ArrayList<>();
            java.sql.Connection counting = (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {java.sql.Connection.class}, (proxy, method, arguments) -> {
                        if (method.getName().equals("prepareStatement") && String.valueOf(arguments[0]).contains("count(*)")) {
                            counts.add((String) arguments[0]);
                        }
                        return method.invoke(c, arguments);
                    });
            for (String query : List.of("外相", "カザフスタン", "外相 会談", "▽", "外 相", "北京冬季五輪ボイコット", "クジ")) {
                int all = db.countMatches(query, 10_000);
                for (int limit : List.of(0, 1, 3, 10_000)) {
                    counts.clear();
                    app.nenpyo.domain.SearchResults found = new ParagraphSearch(counting).search(query, limit, 10_000);
                    assertEquals(all, found.matches(), query + ", " + limit + " listed");
                    assertEquals(db.search(query, limit), found.hits(), query + ": the same hits as a search alone");
                    assertTrue(counts.size() <= 1, query + ", " + limit + " listed, counted once at most: " + counts);
                }
                assertEquals(Math.min(all, 2), new ParagraphSearch(counting).search(query, 10, 2).matches(), query + ", counted no further than 2");
            }
            counts.clear();
            app.nenpyo.domain.SearchResults common = new ParagraphSearch(counting, 2).search("外相", 3, 10_000);
            assertEquals(db.countMatches("外相", 10_000), common.matches(), "a query too common to rank is counted as far as asked");
            assertEquals(1, counts.size(), "by the count that found it too common");
            assertEquals(0.0, common.hits().get(0).score(), "and listed newest first");
        }
    }

    @Test
    void theMatchesAreCountedAsTheSearchWouldFindThemUpToTheGivenMost() {
        for (String query : List.of("外相", "カザフスタン", "外相 会談", "▽", "外 相", "北京冬季五輪ボイコット", "クジ")) {
            int found = db.search(query, 10_000).size();
            assertEquals(found, db.countMatches(query, 10_000), query);
            assertEquals(Math.min(found, 2), db.countMatches(query, 2), query + ", counted no further than 2");
        }
        assertTrue(db.countMatches("外相", 10_000) > 3, "the sample holds many");
        assertEquals(0, db.countMatches("   ", 10));
    }
}
