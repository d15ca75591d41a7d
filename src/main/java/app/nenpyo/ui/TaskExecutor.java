package app.nenpyo.ui;

import java.util.concurrent.Callable;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs slow work (SQLite, import, search) away from the UI thread and hands results back to it.
 * View models depend on this interface only, so tests run them on one thread without a toolkit.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background; exactly one of the callbacks is then run on the UI thread.
     */
    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Runs {@code action} on the UI thread; background work uses it to publish progress. */
    void onUiThread(Runnable action);

    /**
     * Runs {@code action} on the UI thread once what the UI shows now has been drawn, for work that
     * would compete with that frame for the cores; without a screen (tests) it runs at once.
     */
    default void afterFrame(Runnable action) {
        onUiThread(action);
    }

    /**
     * Runs {@code action} on the UI thread once {@code delay} has passed, for what the window says
     * for a while only; without a screen (tests) it never runs, unless the executor is told otherwise.
     */
    default void later(Duration delay, Runnable action) {
    }

    /** Stops accepting work; running work finishes on its own. */
    void shutdown();
}
