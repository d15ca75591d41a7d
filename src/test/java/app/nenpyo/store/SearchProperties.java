package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.FullWidth;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
                TestDocuments.document("sample.txt", TestDocuments.resource(TestDocuments.SAMPLE), DocumentDate.undated()),
                TestDocuments.document("syntax.txt", "王毅 AND 外相 \"ジュネーブ\" (OR) *NOT* a:b -c ^d 𠮷野家\n\nあいう Aa Bb\n\n外相\n\nロシア外相",
                        DocumentDate.undated())));
    }

    @AfterContainer
    static void close() throws IOException {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> simple = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(8);
        return Arbitraries.oneOf(simple, simple.map(s -> s + "𠮷"), Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
    }

    @Property(tries = 300)
    void anyQueryFindsExactlyTheParagraphsHoldingEveryTermAndHighlightsEveryOccurrence(
            @ForAll("queries") String query) {
        List<String> terms = terms(query);

        List<SearchHit> hits = db.search(query, 1000);

        Set<String> expected = new TreeSet<>();
        if (!terms.isEmpty()) {
            for (StoredDocument document : db.documents()) {
                String text = db.text(document.id());
                for (Paragraph p : db.paragraphs(document.id())) {
                    String paragraph = p.span().of(text);
                    if (terms.stream().allMatch(t -> !Highlighter.occurrences(paragraph, t).isEmpty())) {
                        expected.add(document.id() + ":" + p.number());
                    }
                }
            }
        }
        assertEquals(expected, hits.stream().map(h -> h.documentId() + ":" + h.paragraphNumber())
                .collect(Collectors.toCollection(TreeSet::new)), "for " + query);
        for (SearchHit hit : hits) {
            String text = hit.paragraphText();
            List<TextSpan> spans = hit.highlights();
            for (int i = 1; i < spans.size(); i++) {
                assertTrue(spans.get(i - 1).end() <= spans.get(i).start(), hit.toString());
            }
            for (TextSpan span : spans) {
                String highlighted = span.of(text);
                // the search reads full width as half and case as one (FullWidth.folded), as the highlighter does:
                // a query of ＂ highlights the " a paragraph writes
                assertTrue(terms.stream().anyMatch(t -> startsFolded(highlighted, t)), hit + " for " + query);
            }
            for (String term : terms) {
                for (TextSpan occurrence : Highlighter.occurrences(text, term)) {
                    assertTrue(spans.stream().anyMatch(s -> s.start() <= occurrence.start() && occurrence.end() <= s.end()),
                            occurrence + " of " + term + " in " + hit);
                }
            }
        }
    }

    /** The sample CI's random run found (2026-11-29): a full-width quote highlights the half-width ones written. */
    @net.jqwik.api.Example
    void aFullWidthQuoteFindsAndHighlightsTheHalfWidthOnes() {
        anyQueryFindsExactlyTheParagraphsHoldingEveryTermAndHighlightsEveryOccurrence("＂");
    }

    private static boolean startsFolded(String text, String term) {
        if (text.length() < term.length()) {
            return false;
        }
        for (int k = 0; k < term.length(); k++) {
            if (FullWidth.folded(text.charAt(k)) != FullWidth.folded(term.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> terms(String query) {
        return Arrays.stream(query.split("[ \\t\\n\\x0B\\f\\r\\u3000]+")).filter(t -> !t.isEmpty()).distinct().toList();
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
        assertEquals(spans, Highlighter.highlights(haystack, List.of(needle)));
    }
}
