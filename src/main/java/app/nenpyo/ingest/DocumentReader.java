package app.nenpyo.ingest;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SourceFormat;

import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one file into documents: decodes it ({@link TextDecoder}), decides its format from its
 * extension and content, extracts the text of each document, dates it and segments it.
 *
 * <p>Document date, first found wins: the format's metadata (an export entry's DATE, an HTML
 * page's publication date); a date line near the top of the text; a date in the file name (not
 * for export entries, which share one file); a date in a URL (the page's own address for HTML,
 * then any URL in the text). Without evidence the document is undated, never dated today.
 *
 * <p>Immutable and thread-safe: one reader can serve several threads.
 */
public final class DocumentReader {

    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>])");

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused */
    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * @throws IngestException when the whole file cannot be read (missing, unreadable, too large,
     *                         empty, binary, undetectable or invalid encoding, no text)
     */
    public FileReading read(Path file) {
        DecodedText decoded = decoder.decode(file, bytes(file));
        String origin = file.toString();
        String text = decoded.text();
        return switch (format(file, text)) {
            case HTML -> new FileReading(file, decoded.encoding(), SourceFormat.HTML,
                    List.of(htmlDocument(file, origin, text, decoded.encoding())), List.of());
            case MOVABLE_TYPE -> export(file, origin, text, decoded.encoding());
            case TEXT -> new FileReading(file, decoded.encoding(), SourceFormat.TEXT,
                    List.of(DocumentAnalyzer.analyze(origin, text, decoded.encoding(), SourceFormat.TEXT,
                            textDate(text, file), "", List.of(), baseName(file))), List.of());
        };
    }

    private byte[] bytes(Path file) {
        try {
            if (!Files.exists(file)) {
                throw new IngestException(file, "no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw new IngestException(file, "not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new IngestException(file, "file too large: " + size + " bytes, the limit is " + maxBytes + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file, "cannot read the file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    static SourceFormat format(Path file, String text) {
        String extension = FileCollector.extension(file);
        if (HTML_EXTENSIONS.contains(extension)) {
            return SourceFormat.HTML;
        }
        if (extension.equals("export") || MovableTypeExport.looksLikeExport(text)) {
            return SourceFormat.MOVABLE_TYPE;
        }
        return HTML_START.matcher(text).lookingAt() ? SourceFormat.HTML : SourceFormat.TEXT;
    }

    private static AnalyzedDocument htmlDocument(Path file, String origin, String html, String encoding) {
        HtmlArticle article = HtmlArticle.parse(html, "");
        DocumentDate date = article.date()
                .or(() -> DateFinder.inHeader(article.text()))
                .or(() -> DateFinder.inFileName(fileName(file)))
                .or(() -> article.url().flatMap(DateFinder::inUrl))
                .or(() -> DateFinder.inUrls(article.text()))
                .orElse(DocumentDate.undated());
        return DocumentAnalyzer.analyze(origin, article.text(), encoding, SourceFormat.HTML, date,
                article.title(), List.of(), baseName(file));
    }

    private static FileReading export(Path file, String origin, String text, String encoding) {
        List<AnalyzedDocument> documents = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        List<MovableTypeExport.Entry> entries = MovableTypeExport.parse(text);
        for (MovableTypeExport.Entry entry : entries) {
            String entryOrigin = origin + "#" + entry.number();
            if (entry.broken()) {
                problems.add(new EntryProblem(entryOrigin, entry.problem()));
                continue;
            }
            String body = HtmlText.of(Jsoup.parseBodyFragment(entry.convertBreaks()
                    ? breaksToHtml(entry.bodyHtml()) : entry.bodyHtml()).body());
            if (body.isBlank()) {
                problems.add(new EntryProblem(entryOrigin, "empty BODY"));
                continue;
            }
            DocumentDate date = entry.date()
                    .map(d -> new DocumentDate(d.toLocalDate(), DateSource.METADATA, entry.dateLine()))
                    .or(() -> DateFinder.inHeader(body))
                    .or(() -> DateFinder.inUrls(body))
                    .orElse(DocumentDate.undated());
            documents.add(DocumentAnalyzer.analyze(entryOrigin, body, encoding, SourceFormat.MOVABLE_TYPE, date,
                    entry.title(), entry.categories(), baseName(file) + " #" + entry.number()));
        }
        if (documents.isEmpty() && problems.isEmpty()) {
            throw new IngestException(file, "export file without entries");
        }
        return new FileReading(file, encoding, SourceFormat.MOVABLE_TYPE, documents, problems);
    }

    /** CONVERT BREAKS: the body is text whose blank lines are paragraphs and line breaks are {@code <br>}. */
    private static String breaksToHtml(String body) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : body.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(paragraph.strip().replace("\n", "<br>\n")).append("</p>\n");
        }
        return html.toString();
    }

    private static DocumentDate textDate(String text, Path file) {
        return DateFinder.inHeader(text)
                .or(() -> DateFinder.inFileName(fileName(file)))
                .or(() -> DateFinder.inUrls(text))
                .orElse(DocumentDate.undated());
    }

    private static String fileName(Path file) {
        return Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("");
    }

    private static String baseName(Path file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
