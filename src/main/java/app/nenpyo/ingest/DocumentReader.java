package app.nenpyo.ingest;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.TextSpan;

import org.jsoup.Jsoup;

import app.nenpyo.files.FileErrorReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    private static final Pattern HTML_TAG = Pattern.compile("(?i)<!doctype\\s+html|<html[\\s>]");

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
        return parts(file, Integer.MAX_VALUE).readAll();
    }

    /**
     * Whether the file may hold several documents, which {@link #parts} cuts into parts: a blog
     * export, judged from its extension or its first 64 KB (header keys are ASCII in every encoding
     * we read), or a text file of clippings whose first 64 KB, read as UTF-8, open with two
     * ({@link ClippingsText}; in another encoding such a file is read whole, as one part). Any other
     * file is one part, read whole. Never throws: a file that cannot be read holds nothing.
     */
    public boolean mayHoldEntries(Path file) {
        if (FileCollector.extension(file).equals("export")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(64 * 1024);
            boolean bom = start.length >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF;
            return MovableTypeExport.looksLikeExport(new String(start, StandardCharsets.ISO_8859_1))
                    || !HTML_EXTENSIONS.contains(FileCollector.extension(file))
                    && !ClippingsText.clippings(new String(start, bom ? 3 : 0, start.length - (bom ? 3 : 0), StandardCharsets.UTF_8)).isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The file decoded and, for a blog export, its entries found and grouped into parts of about
     * {@code partCharacters} characters (an entry is never cut); nothing else is read yet.
     *
     * @throws IngestException as {@link #read}, for what can be told without reading the parts
     *                         (an export without entries included)
     */
    public FileParts parts(Path file, int partCharacters) {
        if (partCharacters <= 0) {
            throw new IllegalArgumentException("partCharacters must be positive: " + partCharacters);
        }
        DecodedText decoded = decoder.decode(file, bytes(file));
        String origin = file.toString();
        String text = decoded.text();
        String encoding = decoded.encoding();
        return switch (format(file, text)) {
            case HTML -> FileParts.whole(file, encoding, SourceFormat.HTML, text.length(),
                    () -> htmlDocument(file, origin, text, encoding));
            case MOVABLE_TYPE -> exportParts(file, origin, text, encoding, partCharacters);
            case TEXT -> textParts(file, origin, text, encoding, partCharacters);
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
            throw new IngestException(file, "cannot read the file: " + FileErrorReason.whyNotRead(e), e);
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
        return startsAsHtml(text) ? SourceFormat.HTML : SourceFormat.TEXT;
    }

    /**
     * Whether the text opens with {@code <!doctype html} or {@code <html}, after whitespace and
     * comments (each ending at its first {@code -->}). A loop, not a repeated regular-expression
     * group: a page opening with thousands of comments overflowed the stack.
     */
    static boolean startsAsHtml(String text) {
        int at = 0;
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (!text.startsWith("<!--", at)) {
                break;
            }
            int end = text.indexOf("-->", at + 4);
            if (end < 0) {
                return false;
            }
            at = end + 3;
        }
        return HTML_TAG.matcher(text).region(at, text.length()).lookingAt();
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

    private static FileParts exportParts(Path file, String origin, String text, String encoding, int partCharacters) {
        List<TextSpan> entries = MovableTypeExport.entryRanges(text);
        if (entries.isEmpty()) {
            throw new IngestException(file, "export file without entries");
        }
        return entryParts(file, origin, encoding, SourceFormat.MOVABLE_TYPE, entries, partCharacters,
                (number, entryOrigin, documents, problems) -> exportEntry(file, entryOrigin, encoding,
                        MovableTypeExport.entry(number, entries.get(number - 1).of(text)), documents, problems));
    }

    /**
     * A text file: one document, or one a clipping when it holds several, each opening with its
     * dateline ({@link ClippingsText}, decision 0041), dated by it and named as an export's entries are.
     */
    private static FileParts textParts(Path file, String origin, String text, String encoding, int partCharacters) {
        List<TextSpan> clippings = ClippingsText.clippings(text);
        if (clippings.isEmpty()) {
            return FileParts.whole(file, encoding, SourceFormat.TEXT, text.length(),
                    () -> DocumentAnalyzer.analyze(origin, text, encoding, SourceFormat.TEXT,
                            textDate(text, file), "", List.of(), baseName(file)));
        }
        return entryParts(file, origin, encoding, SourceFormat.TEXT, clippings, partCharacters,
                (number, entryOrigin, documents, problems) -> {
                    String clipping = clippings.get(number - 1).of(text);
                    DocumentDate date = DateFinder.inHeader(clipping).or(() -> DateFinder.inUrls(clipping))
                            .orElse(DocumentDate.undated());
                    documents.add(DocumentAnalyzer.analyze(entryOrigin, clipping, encoding, SourceFormat.TEXT, date,
                            "", List.of(), baseName(file) + " #" + number));
                });
    }

    /** Reads entry {@code number} (from 1) of a file holding several, adding its document or its problem. */
    @FunctionalInterface
    private interface EntryReading {
        void read(int number, String entryOrigin, List<AnalyzedDocument> documents, List<EntryProblem> problems);
    }

    /** The entries of a file grouped into parts of about {@code partCharacters} characters (an entry is never cut). */
    private static FileParts entryParts(Path file, String origin, String encoding, SourceFormat format, List<TextSpan> entries,
                                        int partCharacters, EntryReading reading) {
        List<FileParts.Part> parts = new ArrayList<>();
        int first = 0;
        while (first < entries.size()) {
            int end = first;
            long characters = 0;
            while (end < entries.size() && (end == first || characters + entries.get(end).length() <= partCharacters)) {
                characters += entries.get(end++).length();
            }
            int from = first;
            int to = end;
            parts.add(new FileParts.Part((int) Math.min(Integer.MAX_VALUE, characters),
                    () -> entries(file, origin, encoding, format, from, to, reading)));
            first = end;
        }
        return FileParts.of(file, encoding, format, parts);
    }

    /** Entries {@code from} to {@code to} (exclusive, from 0) of a file: their documents and problems. */
    private static FileReading entries(Path file, String origin, String encoding, SourceFormat format, int from, int to,
                                       EntryReading reading) {
        List<AnalyzedDocument> documents = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String entryOrigin = origin + "#" + (i + 1);
            try {
                reading.read(i + 1, entryOrigin, documents, problems);
            } catch (RuntimeException | StackOverflowError e) {
                // one entry that cannot be read fails alone, named by its number
                problems.add(new EntryProblem(entryOrigin, "could not be read: " + e));
            }
        }
        return new FileReading(file, encoding, format, documents, problems);
    }

    /** One entry of an export: its document, or its problem. */
    private static void exportEntry(Path file, String entryOrigin, String encoding, MovableTypeExport.Entry entry,
                                    List<AnalyzedDocument> documents, List<EntryProblem> problems) {
        if (entry.broken()) {
            problems.add(new EntryProblem(entryOrigin, entry.problem()));
            return;
        }
        String body = HtmlText.of(Jsoup.parseBodyFragment(entry.convertBreaks()
                ? breaksToHtml(entry.bodyHtml()) : entry.bodyHtml()).body());
        if (body.isBlank()) {
            problems.add(new EntryProblem(entryOrigin, "empty BODY"));
            return;
        }
        DocumentDate date = entry.date()
                .map(d -> new DocumentDate(d.toLocalDate(), DateSource.METADATA, entry.dateLine()))
                .or(() -> DateFinder.inHeader(body))
                .or(() -> DateFinder.inUrls(body))
                .orElse(DocumentDate.undated());
        documents.add(DocumentAnalyzer.analyze(entryOrigin, body, encoding, SourceFormat.MOVABLE_TYPE, date,
                entry.title(), entry.categories(), baseName(file) + " #" + entry.number()));
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
