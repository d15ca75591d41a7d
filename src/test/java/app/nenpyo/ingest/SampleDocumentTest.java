package app.nenpyo.ingest;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo sample, read end to end: what the analyst sees must match the sample's README. */
class SampleDocumentTest {

    private static final Path SAMPLE = Path.of("src/test/resources/ingest/golden/kazakhstan-ukraine-2022-01-11.txt");
    private static AnalyzedDocument doc;

    @BeforeAll
    static void read() {
        FileReading reading = new DocumentReader().read(SAMPLE);
        assertEquals(1, reading.documents().size());
        assertTrue(reading.problems().isEmpty());
        doc = reading.documents().get(0);
    }

    private static String paragraph(int number) {
        return doc.paragraphs().get(number - 1).span().of(doc.text());
    }

    @Test
    void textIsTheFileDecodedUnchanged() throws Exception {
        assertEquals(Files.readString(SAMPLE, StandardCharsets.UTF_8), doc.text());
        assertEquals("UTF-8", doc.encoding());
        assertEquals(SourceFormat.TEXT, doc.format());
        assertEquals(SAMPLE.toString(), doc.origin());
    }

    @Test
    void datedByTheFileNameBecauseTheTextHoldsNoDate() {
        assertEquals(LocalDate.of(2022, 1, 11), doc.date().date());
        assertEquals(DateSource.FILE_NAME, doc.date().source());
        assertEquals("kazakhstan-ukraine-2022-01-11.txt", doc.date().evidence());
    }

    @Test
    void paragraphsAreNumberedLikeTheSampleReadme() {
        assertEquals(36, doc.paragraphs().size());
        assertEquals("https://d1021.hatenadiary.com\nhttp://d1021.hatenablog.com", paragraph(1));
        assertTrue(paragraph(2).startsWith("カザフスタンで今月2日"), paragraph(2));
        assertTrue(paragraph(11).startsWith("中国の王毅国務委員兼外相は10日"), paragraph(11));
        assertTrue(paragraph(13).startsWith("カザフでは先週"), paragraph(13));
        assertTrue(paragraph(24).contains("来月4日"), paragraph(24));
        assertTrue(paragraph(34).startsWith("協議に先立ち"), paragraph(34));
        assertEquals("#NATOexpansion\n#反ロシア#対中露戦", paragraph(35));
        assertEquals("d1021.hatenadiary.jp", paragraph(36));
    }

    @Test
    void headerAndFooterAreTheBlogAddressesAndHashtags() {
        List<ParagraphKind> kinds = doc.paragraphs().stream().map(Paragraph::kind).collect(Collectors.toList());
        assertEquals(ParagraphKind.HEADER, kinds.get(0));
        assertTrue(kinds.subList(1, 34).stream().allMatch(k -> k == ParagraphKind.BODY), kinds.toString());
        assertEquals(List.of(ParagraphKind.FOOTER, ParagraphKind.FOOTER), kinds.subList(34, 36));
        assertEquals(List.of("NATOexpansion", "反ロシア", "対中露戦"), doc.tags());
    }

    @Test
    void theBulletParagraphIsOneParagraphWithItsLineBreaks() {
        String bullets = paragraph(29);
        assertTrue(bullets.startsWith("一方でアメリカ側は\nウクライナへのミサイル配備や\n▽周辺地域での"), bullets);
        assertTrue(bullets.endsWith("焦点です。"), bullets);
        List<String> sentences = sentencesOf(29);
        assertEquals(2, sentences.size(), sentences.toString());
        assertTrue(sentences.get(1).startsWith("▽周辺地域での"), sentences.toString());
    }

    @Test
    void aFullStopInsideQuotesDoesNotEndTheSentence() {
        List<String> p7 = sentencesOf(7);
        assertEquals(1, p7.size(), p7.toString());
        List<String> p32 = sentencesOf(32);
        assertEquals(2, p32.size(), p32.toString());
        assertTrue(p32.get(1).startsWith("「どんな可能性も排除できない。米国は幻想を抱くべきではない」とした上で"), p32.toString());
    }

    @Test
    void anUnmatchedClosingQuoteDoesNotSwallowTheParagraph() {
        String p12 = paragraph(12);
        assertTrue(p12.contains("示している」と語った。"), p12);
        assertEquals(List.of(p12), sentencesOf(12));
        List<String> p13 = sentencesOf(13);
        assertEquals(2, p13.size(), p13.toString());
    }

    @Test
    void sentencesAreNumberedOverTheWholeDocument() {
        for (int i = 0; i < doc.sentences().size(); i++) {
            assertEquals(i + 1, doc.sentences().get(i).number());
        }
        assertEquals(42, doc.sentences().size());
    }

    @Test
    void titleIsTheFirstBodySentenceShortened() {
        assertEquals("カザフスタンで今月2日、燃料価格の引き上げに端を発した抗議活動は、最大都市のアル…", doc.title());
    }

    private static List<String> sentencesOf(int paragraph) {
        return doc.sentences().stream().filter(s -> s.paragraphNumber() == paragraph)
                .map(Sentence::span).map(s -> s.of(doc.text())).collect(Collectors.toList());
    }
}
