package app.nenpyo.service;

import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.StoredDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The one entry point the window and the command line use for a project file. Thread-safe:
 * an import may run on a background thread while the UI thread reads.
 * (API fixed; implementation lands with the import pipeline.)
 */
public final class ProjectService implements AutoCloseable {

    private final Path file;

    private ProjectService(Path file) {
        this.file = file;
    }

    /** Opens a project file, creating it if it does not exist and upgrading an older one. */
    public static ProjectService open(Path file) throws ProjectException {
        throw new UnsupportedOperationException("in progress");
    }

    public Path file() {
        return file;
    }

    public List<StoredDocument> documents() {
        throw new UnsupportedOperationException("in progress");
    }

    public DocumentView document(long id) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Ranked paragraphs matching the query, with highlight spans; finds 2-character words too. */
    public List<SearchHit> search(String query, int limit) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Imports files and folders; each document atomically; one failing input does not stop the rest. */
    public ImportReport importFiles(List<Path> inputs, ImportOptions options, ImportProgress progress, Cancellation cancellation) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Sets the date the analyst chose for a document (its source becomes USER). */
    public void setDocumentDate(long documentId, LocalDate date) {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public void close() {
    }
}
