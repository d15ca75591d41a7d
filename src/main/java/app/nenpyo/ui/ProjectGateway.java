package app.nenpyo.ui;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.service.Cancellation;
import app.nenpyo.service.DocumentView;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ImportReport;
import app.nenpyo.service.ProjectException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What the window needs from an open project. {@link ServiceProjectGateway} adapts the real
 * ProjectService; view model tests use an in-memory one, so they need no SQLite file.
 */
public interface ProjectGateway extends AutoCloseable {

    Path file();

    List<StoredDocument> documents();

    DocumentView document(long id);

    List<SearchHit> search(String query, int limit);

    ImportReport importFiles(List<Path> inputs, ImportOptions options, ImportProgress progress, Cancellation cancellation)
            throws ProjectException;

    void setDocumentDate(long documentId, LocalDate date);

    /** Every event of the project by start date, background ones included. */
    List<Event> events();

    @Override
    void close();
}
