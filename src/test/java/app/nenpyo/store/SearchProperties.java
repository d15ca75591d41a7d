package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.TextSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class SearchProperties {

    /** Kana, kanji, Latin in both cases, FTS syntax and a character outside the BMP. */
    private static final String ALPHABET = "あいう王毅外相ジュネーブAaBbNn \"*-:()^+.";

    private static Path dir;
    private static ProjectDatabase db;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("nenpyo-search-properties");
        db = ProjectDatabase.open(dir.resolve("p.nenpyo"));
        db.insertAll(List.of(
                TestDocuments.toStore("sample.txt", TestDocuments.resource(TestDocuments.SAMPLE), DocumentDate.undated()),
                TestDocuments.toStore("syntax.txt", "王毅 AND 外相 \"ジュネーブ\" (OR) *NOT* a:b -c ^d 𠮷野家\n\nあいう Aa Bb",
                        DocumentDate.undated())));
    }

    @AfterContainer
    static void close() {
        db.close();
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> simple = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(8);
        return Arbitraries.oneOf(simple, simple.map(s -> s + "𠮷"), Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
    }

    @Property(tries = 300)
    void anyQueryIsSearchedLiterallyAndHighlightsFallExactlyOnIt(@ForAll("queries") String query) {
        List<SearchHit> hits = db.search(query, List.of(), 20);

        String stripped = query.strip();
        for (SearchHit hit : hits) {
            assertFalse(hit.highlights().isEmpty(), hit.toString());
            for (TextSpan span : hit.highlights()) {
                assertTrue(span.of(hit.paragraphText()).equalsIgnoreCase(stripped), hit + " for " + query);
            }
        }
    }

    @Property(tries = 300)
    void highlightsAreEveryOccurrenceInOrderWithoutOverlap(
            @ForAll("queries") String text, @ForAll("queries") String needle) {
        String haystack = text + needle + text;

        List<TextSpan> spans = Highlighter.occurrences(haystack, needle);

        assertFalse(spans.isEmpty());
        for (int i = 0; i < spans.size(); i++) {
            assertTrue(spans.get(i).of(haystack).equalsIgnoreCase(needle));
            if (i > 0) {
                assertTrue(spans.get(i - 1).end() <= spans.get(i).start());
            }
        }
        assertEquals(spans, Highlighter.highlights(haystack, needle, List.of("unused")));
    }
}
