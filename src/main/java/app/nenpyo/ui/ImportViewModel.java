package app.nenpyo.ui;

import app.nenpyo.service.Cancellation;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ImportReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One import at a time, in the background: state, progress, the file being read, and at the
 * end the report. {@code onFinished} runs after every import that stored something, so the
 * document list can be re-read.
 */
public final class ImportViewModel {
    /** What the progress bar shows before the first report from the importer. */
    public static final double INDETERMINATE = LatestProgress.INDETERMINATE;

    private final ProjectGateway project;
    private final Notices notices;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Runnable onFinished;
    private final ReadOnlyObjectWrapper<ImportState> state = new ReadOnlyObjectWrapper<>(ImportState.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    /** The import under way, shown by this view model; null when none is. */
    private Run running;

    /** This view model, or the one of the window built again in another language that took it over ({@link #takeOver}). */
    private final ShownNow<ImportViewModel> showing = new ShownNow<>(this);

    /**
     * An import under way, started by one view model: its progress and its end go to whichever
     * shows the project when they come ({@link ShownNow}).
     */
    private static final class Run {
        final Cancellation cancellation = new Cancellation();
        final ShownNow<ImportViewModel> startedBy;
        /** The file being read last said, to say it again in another language; empty once the events are merged. */
        String file;

        Run(ShownNow<ImportViewModel> startedBy, String file) {
            this.startedBy = startedBy;
            this.file = file;
        }

        /** The view model that shows the project now; empty once it is closed (nothing is said then). */
        Optional<ImportViewModel> shownBy() {
            return startedBy.get();
        }
    }

    public ImportViewModel(ProjectGateway project, TaskExecutor executor, Messages messages, Runnable onFinished) {
        this.project = project;
        this.executor = executor;
        this.notices = new Notices(executor);
        this.messages = messages;
        this.onFinished = onFinished;
    }

    public ReadOnlyObjectProperty<ImportState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** From 0 to 1, or {@link #INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line for the status bar: the file being imported, or how the import ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The report of the last import that ended (cancelled or not); null before. */
    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /**
     * Starts an import; refused (false) while another one runs.
     *
     * @param documentDates the dates the analyst chose before importing, by document origin
     *                      (see {@link ImportPreviewViewModel}); the other documents keep their own
     */
    public boolean start(List<Path> inputs, Map<String, LocalDate> documentDates) {
        if (state.get().active() || inputs.isEmpty()) {
            return false;
        }
        Run run = new Run(showing, String.valueOf(inputs.get(0).getFileName()));
        running = run;
        state.set(ImportState.RUNNING);
        progress.set(INDETERMINATE);
        status.set(messages.format("status.importing", run.file));
        ImportProgress relay = new LatestProgress(executor,
                (fraction, file) -> run.shownBy().ifPresent(shown -> shown.progressed(run, fraction, file)),
                () -> run.shownBy().ifPresent(shown -> shown.merging(run)));
        ImportOptions options = ImportOptions.withDocumentDates(documentDates);
        executor.execute(
                () -> project.importFiles(List.copyOf(inputs), options, relay, run.cancellation),
                result -> run.shownBy().ifPresent(shown -> shown.finished(result)),
                e -> run.shownBy().ifPresent(shown -> shown.failed(e)));
        return true;
    }

    /**
     * Shows the import another view of the same project started, if it is still under way (the
     * window built again in another language): its progress, its cancel and its end are this
     * one's from now on, said in this one's language, and the other shows it no longer.
     */
    void takeOver(ImportViewModel before) {
        before.showing.passTo(showing);
        Run run = before.running;
        if (run == null || running != null) {
            return;
        }
        running = run;
        state.set(before.state.get());
        progress.set(before.progress.get());
        before.running = null;
        before.state.set(ImportState.IDLE);
        before.status.set("");
        status.set(state.get() == ImportState.CANCELLING ? messages.get("status.cancelling")
                : run.file.isEmpty() ? messages.get("status.mergingEvents")
                : messages.format("status.importing", run.file));
    }

    private void progressed(Run run, double fraction, String file) {
        run.file = file;
        if (state.get() == ImportState.RUNNING) {
            progress.set(fraction);
            status.set(messages.format("status.importing", file));
        }
    }

    private void merging(Run run) {
        run.file = "";
        if (state.get() == ImportState.RUNNING) {
            progress.set(INDETERMINATE);
            status.set(messages.get("status.mergingEvents"));
        }
    }

    /**
     * Takes back what an import that finished or was cancelled said, once something newer is to be
     * said or its report was read: the status line says the latest. A running import goes on saying
     * how far it is, and a failed one says why until the analyst has seen it ({@link #acknowledgeFailure}).
     */
    public void dismissStatus() {
        if (!state.get().active() && state.get() != ImportState.FAILED) {
            status.set("");
        }
    }

    /** Whether the status line says why the last import failed, until the analyst dismisses it. */
    public boolean failureShown() {
        return state.get() == ImportState.FAILED && !status.get().isEmpty();
    }

    /** The analyst has read why the import failed: the status line goes back to what the window has to say now. */
    public void acknowledgeFailure() {
        if (state.get() == ImportState.FAILED) {
            status.set("");
        }
    }

    /**
     * The project is closing: a running import is asked to stop (it keeps what it finished), and
     * its progress and end are said in no window; its end does not read the closed project again.
     */
    void close() {
        cancel();
        showing.close();
    }

    public void cancel() {
        if (state.get() == ImportState.RUNNING) {
            running.cancellation.cancel();
            state.set(ImportState.CANCELLING);
            status.set(messages.get("status.cancelling"));
        }
    }

    private void finished(ImportReport result) {
        running = null;
        report.set(result);
        progress.set(result.cancelled() ? progress.get() : 1);
        state.set(result.cancelled() ? ImportState.CANCELLED : ImportState.FINISHED);
        // what was stored before the cancel stays stored: the line says how much
        String ended = !result.cancelled() ? messages.get("status.imported")
                : result.mergeCancelled() ? messages.format("status.mergeCancelled", result.imported().size())
                : messages.format("status.cancelled", result.imported().size());
        status.set(ended);
        // said for a while, as every notice of something done: later it would be taken for the state of what is shown
        notices.given(() -> {
            if (status.get().equals(ended) && !state.get().active()) {
                status.set("");
            }
        });
        onFinished.run();
    }

    private void failed(Exception e) {
        running = null;
        state.set(ImportState.FAILED);
        status.set(messages.format("status.failed", ErrorText.oneLine(e, messages)));
        onFinished.run();
    }
}
