package app.nenpyo.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document read from a file and split, ready to be stored: everything the importer learned,
 * with every paragraph and sentence span pointing into {@link #text()} exactly.
 *
 * @param origin    the file path, with {@code #N} appended for the N-th entry of an export file
 * @param title     the title (metadata, or the first body line of a plain text file)
 * @param text      the document text: the decoded file (byte-order mark removed, nothing else
 *                  changed) for plain text, the extracted text for export entries and HTML pages
 * @param encoding  the detected (or declared) character encoding of the file
 * @param tags      categories and hashtags, in order of appearance, without duplicates
 */
public record AnalyzedDocument(
        String origin,
        String title,
        String text,
        String encoding,
        SourceFormat format,
        DocumentDate date,
        List<String> tags,
        List<Paragraph> paragraphs,
        List<Sentence> sentences) {

    public AnalyzedDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title;
        encoding = encoding == null ? "" : encoding;
        tags = List.copyOf(tags);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    /**
     * The paragraph with this number. Paragraphs are numbered from 1 in order, so it is found at
     * its place (no scan for each date of a long document); a list numbered otherwise is scanned.
     */
    public Optional<Paragraph> paragraph(int number) {
        if (number >= 1 && number <= paragraphs.size() && paragraphs.get(number - 1).number() == number) {
            return Optional.of(paragraphs.get(number - 1));
        }
        return paragraphs.stream().filter(p -> p.number() == number).findFirst();
    }

    public AnalyzedDocument withDate(DocumentDate newDate) {
        return new AnalyzedDocument(origin, title, text, encoding, format, newDate, tags, paragraphs, sentences);
    }
}
