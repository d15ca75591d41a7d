package app.nenpyo.store;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds analysed documents for store tests without the ingest layer: paragraphs at blank lines,
 * sentences after 。.
 */
final class TestDocuments {

    static final String SAMPLE = "kazakhstan-ukraine-2022-01-11.txt";

    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*");
    private static final Pattern SENTENCE = Pattern.compile("[^。]+。?");

    private TestDocuments() {
    }

    static String resource(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/store/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnalyzedDocument analyze(String origin, String text, DocumentDate date, List<String> tags) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(text);
        while (p.find()) {
            int number = paragraphs.size() + 1;
            paragraphs.add(new Paragraph(number, new TextSpan(p.start(), p.end()), ParagraphKind.BODY));
            Matcher s = SENTENCE.matcher(text).region(p.start(), p.end());
            while (s.find()) {
                sentences.add(new Sentence(number, sentences.size() + 1, new TextSpan(s.start(), s.end())));
            }
        }
        return new AnalyzedDocument(origin, "title of " + origin, text, "UTF-8", SourceFormat.TEXT, date, tags,
                paragraphs, sentences);
    }

    static AnalyzedDocument document(String origin, String text, DocumentDate date) {
        return analyze(origin, text, date, List.of());
    }
}
