package app.nenpyo.ingest;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.TextSpan;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segmentation of any text keeps exact, ordered spans that rebuild the text. */
class SegmentationProperties {

    private static final String[] PIECES = {
        "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " ", "\t", "\u3000", "\u00A0",
        "。", "！", "？", "!", "?", "「", "」", "『", "』", "（", "）", "(", ")", "“", "”",
        "▽", "・", "※", "#", "＃", "#タグ", "https://d1021.hatenadiary.com", "d1021.hatenadiary.jp",
        "😀", "𠮷", "\uD83D", "\uDE00", "カザフスタン", "10日", "協議", "a", "Z", "5800人", "、"
    };

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3));
        return piece.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    private static AnalyzedDocument analyze(String text) {
        return DocumentAnalyzer.analyze("x.txt", text, "UTF-8", SourceFormat.TEXT, DocumentDate.undated(), "",
                List.of(), "x");
    }

    @Property(tries = 2000)
    void paragraphsAreOrderedAndTheGapsAreWhitespace(@ForAll("texts") String text) {
        List<Paragraph> paragraphs = analyze(text).paragraphs();
        StringBuilder rebuilt = new StringBuilder();
        int previousEnd = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            assertEquals(i + 1, p.number());
            TextSpan span = p.span();
            assertTrue(span.start() >= previousEnd && span.end() > span.start() && span.end() <= text.length(),
                    "paragraph " + span + " after " + previousEnd);
            assertTrue(Whitespace.isBlank(text, previousEnd, span.start()), "gap before " + span + " is not blank");
            assertTrue(!Whitespace.is(text.charAt(span.start())) && !Whitespace.is(text.charAt(span.end() - 1)));
            rebuilt.append(text, previousEnd, span.start()).append(span.of(text));
            previousEnd = span.end();
        }
        assertTrue(Whitespace.isBlank(text, previousEnd, text.length()), "text after the last paragraph is not blank");
        rebuilt.append(text, previousEnd, text.length());
        assertEquals(text, rebuilt.toString());
        if (paragraphs.isEmpty()) {
            assertTrue(Whitespace.isBlank(text, 0, text.length()));
        }
    }

    @Property(tries = 2000)
    void sentencesLieInTheirParagraphAndRebuildIt(@ForAll("texts") String text) {
        AnalyzedDocument doc = analyze(text);
        int number = 1;
        for (Paragraph p : doc.paragraphs()) {
            List<Sentence> sentences = doc.sentences().stream()
                    .filter(s -> s.paragraphNumber() == p.number()).collect(Collectors.toList());
            assertTrue(!sentences.isEmpty(), "paragraph " + p.number() + " has no sentence");
            int previousEnd = p.span().start();
            for (Sentence s : sentences) {
                assertEquals(number++, s.number());
                assertTrue(p.span().contains(s.span()), s.span() + " outside " + p.span());
                assertTrue(s.span().start() >= previousEnd && s.span().length() > 0);
                assertTrue(Whitespace.isBlank(text, previousEnd, s.span().start()), "gap before " + s.span());
                assertTrue(!Whitespace.is(text.charAt(s.span().start())) && !Whitespace.is(text.charAt(s.span().end() - 1)));
                previousEnd = s.span().end();
            }
            assertEquals(p.span().end(), previousEnd, "the last sentence ends the paragraph");
        }
        assertEquals(number - 1, doc.sentences().size());
    }

    @Property(tries = 500)
    void theSameInputGivesTheSameOutput(@ForAll("texts") String text) {
        assertEquals(analyze(text), analyze(text));
    }

    @Property(tries = 1000)
    void anyUnicodeStringIsSegmentedWithoutError(@ForAll String text) {
        AnalyzedDocument doc = analyze(text);
        for (Sentence s : doc.sentences()) {
            assertTrue(doc.paragraphs().get(s.paragraphNumber() - 1).span().contains(s.span()));
        }
        assertTrue(doc.tags().stream().noneMatch(String::isBlank));
    }
}
