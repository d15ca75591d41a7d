package app.nenpyo.ingest;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.TextSpan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a document text into paragraphs and sentences, tells header and footer from body,
 * collects tags and makes a title when the format gave none. Stateless.
 */
public final class DocumentAnalyzer {

    /** Titles made from the text are cut to about this many characters (code points). */
    static final int TITLE_LENGTH = 40;
    /** A title is made for every document: its patterns are compiled once. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6} +");

    private DocumentAnalyzer() {
    }

    /**
     * @param title      the title from the format's metadata, or blank to make one from the text
     * @param categories tags from the format's metadata; hashtags of the text follow them
     * @param fallbackTitle the title when there is neither metadata nor a body (the file name)
     */
    public static AnalyzedDocument analyze(String origin, String text, String encoding, SourceFormat format,
                                           DocumentDate date, String title, List<String> categories,
                                           String fallbackTitle) {
        List<TextSpan> spans = ParagraphSplitter.split(text);
        List<ParagraphKind> kinds = ParagraphClassifier.classify(text, spans);
        List<Paragraph> paragraphs = new ArrayList<>(spans.size());
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int number = i + 1;
            paragraphs.add(new Paragraph(number, spans.get(i), kinds.get(i)));
            for (TextSpan sentence : SentenceSplitter.split(text, spans.get(i))) {
                sentences.add(new Sentence(number, sentences.size() + 1, sentence));
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String category : categories) {
            if (!category.isBlank()) {
                tags.add(category.strip());
            }
        }
        tags.addAll(HashtagFinder.find(text));
        String finalTitle = title == null || title.isBlank()
                ? titleFromText(text, paragraphs, sentences, fallbackTitle)
                : title.strip();
        return new AnalyzedDocument(origin, finalTitle, text, encoding, format, date,
                List.copyOf(tags), paragraphs, sentences);
    }

    /**
     * The first body paragraph's first sentence, on one line, cut to about {@value #TITLE_LENGTH}
     * characters; a markdown heading loses its #, and a date line (the header's date) is skipped.
     */
    static String titleFromText(String text, List<Paragraph> paragraphs, List<Sentence> sentences, String fallback) {
        for (Paragraph p : paragraphs) {
            if (p.kind() != ParagraphKind.BODY) {
                continue;
            }
            for (Sentence s : sentences) {
                if (s.paragraphNumber() == p.number()) {
                    String line = HEADING_MARK.matcher(SPACES.matcher(s.span().of(text)).replaceAll(" "))
                            .replaceFirst("").strip();
                    if (!line.isEmpty() && !DateFinder.isDateLine(line)) {
                        return shorten(line);
                    }
                }
            }
        }
        return fallback;
    }

    static String shorten(String line) {
        if (line.codePointCount(0, line.length()) <= TITLE_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, TITLE_LENGTH)).strip() + "…";
    }
}
