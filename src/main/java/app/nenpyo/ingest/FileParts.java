package app.nenpyo.ingest;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.SourceFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A decoded file cut into parts that are read one at a time, in order: a text or HTML file is one
 * part; a blog export is its entries, consecutive entries grouped into parts of about the number
 * of characters asked for. Reading a part gives its documents and the entries in it that could
 * not be read; reading every part in order gives what {@link DocumentReader#read} gives.
 *
 * <p>So an import can read a blog export of years on every core, store its first entries while
 * it reads the others, and hold the file's text but never every document of it at once.
 *
 * <pre>
 *   FileParts parts = reader.parts(Path.of("blog.export"), 1 &lt;&lt; 20);   // decoded, entries found
 *   parts.count();        // 33 for 100 MB of entries
 *   parts.read(0);        // the documents of the first entries, with their problems
 * </pre>
 *
 * <p>Thread-safe: different parts may be read on different threads.
 */
public final class FileParts {

    private final Path file;
    private final String encoding;
    private final SourceFormat format;
    private final List<Part> parts;

    private FileParts(Path file, String encoding, SourceFormat format, List<Part> parts) {
        this.file = file;
        this.encoding = encoding;
        this.format = format;
        this.parts = List.copyOf(parts);
    }

    /** A file that is one document. */
    static FileParts whole(Path file, String encoding, SourceFormat format, int characters,
                           Supplier<AnalyzedDocument> document) {
        return new FileParts(file, encoding, format, List.of(new Part(characters,
                () -> new FileReading(file, encoding, format, List.of(document.get()), List.of()))));
    }

    /** A file of several documents, read a group of them at a time. */
    static FileParts of(Path file, String encoding, SourceFormat format, List<Part> parts) {
        return new FileParts(file, encoding, format, parts);
    }

    /** One part: how many characters of the file it covers, and how to read it. */
    record Part(int characters, Supplier<FileReading> reading) {
    }

    public Path file() {
        return file;
    }

    public int count() {
        return parts.size();
    }

    /** Characters of the file the part covers, to weigh it against the others (progress, memory). */
    public int characters(int part) {
        return parts.get(part).characters();
    }

    /**
     * @throws IngestException when the part cannot be read at all (its entries' own problems are
     *                         reported in the reading instead)
     */
    public FileReading read(int part) {
        return parts.get(part).reading().get();
    }

    /** Every part, read in order into one reading. */
    public FileReading readAll() {
        List<AnalyzedDocument> documents = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            FileReading part = read(i);
            documents.addAll(part.documents());
            problems.addAll(part.problems());
        }
        return new FileReading(file, encoding, format, documents, problems);
    }
}
