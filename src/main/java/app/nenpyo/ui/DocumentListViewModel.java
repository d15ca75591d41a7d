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
        setDate(documentId, date, revision -> {
            refresh();
            done.run();
        }, e -> error.set(ErrorText.oneLine(e, messages)));
    }

    /**
     * Stores the date the analyst chose; {@code stored} runs after the store, with what it changed
     * (to undo), {@code failed} when the date could not be stored. Both say it where it belongs, and
     * {@code stored} re-reads the list that shows it: the window shown when it ends, maybe another
     * than this list's, or none.
     */
    public void setDate(long documentId, LocalDate date, Consumer<Revision> stored, Consumer<Exception> failed) {
        executor.execute(() -> project.revise(() -> project.setDocumentDate(documentId, date)), stored, failed);
    }

    private void replaceRows(List<DocumentRow> fresh) {
        error.set("");
        rows.setAll(fresh);
    }
}
