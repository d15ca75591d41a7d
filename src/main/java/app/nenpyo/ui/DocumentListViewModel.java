package app.nenpyo.ui;

import app.nenpyo.domain.StoredDocument;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The project's documents as rows, newest first, undated ones on top so they are not forgotten. */
public final class DocumentListViewModel {
    private static final Comparator<StoredDocument> ORDER = Comparator
            .comparing((StoredDocument d) -> d.date().isDated())
            .thenComparing(d -> d.date().date(), Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(StoredDocument::title);

    private final ProjectGateway project;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public DocumentListViewModel(ProjectGateway project, TaskExecutor executor, Messages messages) {
        this.project = project;
        this.executor = executor;
        this.messages = messages;
    }

    public ObservableList<DocumentRow> rows() {
        return rows;
    }

    /** The last failure to read or write the project, in one line; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void refresh() {
        executor.execute(
                () -> project.documents().stream().sorted(ORDER).map(d -> DocumentRow.of(d, messages)).toList(),
                this::replaceRows,
                e -> error.set(ErrorText.oneLine(e, messages)));
    }

    public Optional<DocumentRow> row(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    /**
     * Stores the date the analyst chose, then re-reads the list; {@code done} runs after the store.
     * A failure is said in the list's {@link #errorProperty}.
     */
    public void setDate(long documentId, LocalDate date, Runnable done) {
        setDate(documentId, date, done, e -> error.set(ErrorText.oneLine(e, messages)));
    }

    /**
     * As {@link #setDate(long, LocalDate, Runnable)}, but a failure goes to {@code failed} alone,
     * which says it where it belongs (the window shown when it ends, maybe another than this list's).
     */
    public void setDate(long documentId, LocalDate date, Runnable done, Consumer<Exception> failed) {
        executor.execute(() -> {
            project.setDocumentDate(documentId, date);
            return documentId;
        }, id -> {
            refresh();
            done.run();
        }, failed);
    }

    private void replaceRows(List<DocumentRow> fresh) {
        error.set("");
        rows.setAll(fresh);
    }
}
