package app.nenpyo.ui;

import app.nenpyo.service.Cancellation;
import app.nenpyo.service.ImportPreview;
import app.nenpyo.service.ImportReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The look before an import: the chosen files and folders are read in the background (progress,
 * cancel), then every document they hold is listed with its detected date, undated ones first,
 * each date changeable; inputs that cannot be read are listed apart and do not stop the rest.
 * {@link #request()} is what the import then runs with: only the dates the analyst changed travel,
 * so the other documents keep their own date and its source.
 */
public final class ImportPreviewViewModel {
    private final ProjectGateway project;
    private final TaskExecutor executor;
    private final Messages messages;
    private final List<Path> inputs;
    private final Cancellation cancellation = new Cancellation();

    /** Each row's undated flag is watched, so the count follows the pickers. */
    private final ObservableList<ImportPreviewRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.undatedProperty()});
    private final ObservableList<String> failures = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final IntegerBinding undatedCount;
    /** The key of the line of counts once the files are read; null before. */
    private String summary;
    /** The files of the folders of no kind Nenpyo reads: said after the counts. */
    private List<String> otherKinds = List.of();
    private final BooleanBinding canImport;
    private final StringBinding emptyTable;
    /** Set before reading ends, so the empty table says it is reading until it has read. */
    private boolean readOnce;

    public ImportPreviewViewModel(ProjectGateway project, TaskExecutor executor, Messages messages, List<Path> inputs) {
        this.project = project;
        this.executor = executor;
        this.messages = messages;
        this.inputs = List.copyOf(inputs);
        this.undatedCount = Bindings.createIntegerBinding(
                () -> (int) rows.stream().filter(row -> row.undatedProperty().get()).count(), rows);
        // a date typed for an undated document takes it off the count said
        undatedCount.addListener((o, was, now) -> {
            if (summary != null) {
                saySummary();
            }
        });
        this.canImport = reading.not().and(Bindings.isNotEmpty(rows));
        this.emptyTable = Bindings.createStringBinding(() -> messages.get(reading.get() || !readOnce ? "preview.reading" : "preview.nothing"),
                reading);
    }

    public List<Path> inputs() {
        return inputs;
    }

    /** Starts reading the inputs in the background; call once. */
    public void read() {
        if (reading.get() || !rows.isEmpty()) {
            return;
        }
        reading.set(true);
        progress.set(LatestProgress.INDETERMINATE);
        status.set(messages.get("preview.reading"));
        LatestProgress relay = new LatestProgress(executor, (fraction, file) -> {
            if (reading.get()) {
                progress.set(fraction);
                status.set(file.isEmpty() ? messages.get("preview.reading") : messages.format("preview.readingFile", file));
            }
        });
        executor.execute(() -> project.previewImport(inputs, relay, cancellation), this::read, this::failed);
    }

    /** Stops reading: the documents read so far stay listed, and Import then takes just their files. */
    public void cancel() {
        cancellation.cancel();
    }

    public ObservableList<ImportPreviewRow> rows() {
        return rows;
    }

    /** One line per input or export entry that cannot be read: {@code FILE: reason}. */
    public ObservableList<String> failures() {
        return failures;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** True when reading was stopped before the end. */
    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    /** From 0 to 1, or {@link LatestProgress#INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The file being read, then what was found: documents, undated ones, unreadable inputs. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How many documents are still without a date, as the analyst picks dates. */
    public IntegerBinding undatedCountProperty() {
        return undatedCount;
    }

    /** Reading is over and there is at least one document to import. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** What the table says while it has no rows: that the files are being read, then that none holds a document to import. */
    public StringBinding emptyTableProperty() {
        return emptyTable;
    }

    /** Gives every document still without a date this date (the old "anchor for the whole batch", kept for the undated). */
    public void dateTheUndated(LocalDate date) {
        if (date == null) {
            return;
        }
        rows.stream().filter(row -> row.undatedProperty().get()).forEach(row -> row.chosenDateProperty().set(date));
    }

    /**
     * What to import: the inputs, and the dates that differ from the detected ones, by document
     * origin. After reading was stopped, only the files read: the analyst has not seen the dates
     * of the others.
     */
    public ImportRequest request() {
        Map<String, LocalDate> changed = new LinkedHashMap<>();
        Set<Path> read = new LinkedHashSet<>();
        for (ImportPreviewRow row : rows) {
            row.changedDate().ifPresent(date -> changed.put(row.origin(), date));
            read.add(row.file());
        }
        return new ImportRequest(cancelled.get() ? List.copyOf(read) : inputs, changed);
    }

    private void read(ImportPreview preview) {
        // undated documents first: they are the ones needing the analyst; the reading order otherwise
        List<ImportPreviewRow> read = preview.documents().stream()
                .map(document -> new ImportPreviewRow(document, messages))
                .sorted(Comparator.comparing(row -> !row.undatedProperty().get()))
                .toList();
        rows.setAll(read);
        failures.setAll(preview.failures().stream().map(f -> FailureText.of(f, messages)).toList());
        otherKinds = preview.otherKinds();
        cancelled.set(preview.cancelled());
        progress.set(1);
        readOnce = true;
        reading.set(false);
        summary = preview.cancelled() ? "preview.summaryStopped" : "preview.summary";
        saySummary();
    }

    private void saySummary() {
        String counts = messages.format(summary, rows.size(), undatedCount.get(), failures.size());
        status.set(otherKinds.isEmpty() ? counts
                : counts + " · " + messages.format("preview.otherKinds", otherKinds.size(), ImportReport.kindsOf(otherKinds, messages.get("kind.noExtension"))));
    }

    private void failed(Exception e) {
        failures.setAll(messages.format("preview.failed", ErrorText.oneLine(e, messages)));
        readOnce = true;
        reading.set(false);
        status.set(messages.format("preview.failed", ErrorText.oneLine(e, messages)));
    }
}
