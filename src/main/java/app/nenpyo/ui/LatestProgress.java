package app.nenpyo.ui;

import app.nenpyo.service.ImportProgress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Hands a background reader's progress to the UI thread, keeping only the latest figure: reading
 * thousands of small files must not queue thousands of UI updates.
 */
final class LatestProgress implements ImportProgress {
    /** What a progress bar shows before the first figure, or when the total is unknown. */
    static final double INDETERMINATE = -1;

    private record Snapshot(double fraction, String file) {
    }

    private final TaskExecutor executor;
    private final BiConsumer<Double, String> publish;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    private final Runnable merging;

    /** @param publish runs on the UI thread with the fraction done (or {@link #INDETERMINATE}) and the file being read */
    LatestProgress(TaskExecutor executor, BiConsumer<Double, String> publish) {
        this(executor, publish, () -> { });
    }

    /**
     * @param merging runs on the UI thread when the files are stored and the events are being
     *                merged, after every figure published before
     */
    LatestProgress(TaskExecutor executor, BiConsumer<Double, String> publish, Runnable merging) {
        this.executor = executor;
        this.publish = publish;
        this.merging = merging;
    }

    @Override
    public void mergingEvents() {
        // queued after any figure still waiting, so the last file cannot overwrite what follows it
        executor.onUiThread(merging);
    }

    @Override
    public void update(long doneBytes, long totalBytes, String current) {
        double fraction = totalBytes <= 0 ? INDETERMINATE : Math.min(1, (double) doneBytes / totalBytes);
        latest.set(new Snapshot(fraction, current == null ? "" : current));
        if (scheduled.compareAndSet(false, true)) {
            executor.onUiThread(this::publishLatest);
        }
    }

    private void publishLatest() {
        scheduled.set(false);
        Snapshot snapshot = latest.get();
        publish.accept(snapshot.fraction(), snapshot.file());
    }
}
