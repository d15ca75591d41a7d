package app.nenpyo.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's executor, counting the work handed to it that has not ended yet (its callback not
 * run): a test waits for that instead of sleeping for as long as the work usually takes.
 */
final class CountedTaskExecutor implements TaskExecutor {
    private final TaskExecutor executor;
    private final AtomicInteger unfinished = new AtomicInteger();
    private volatile boolean shutDown;

    CountedTaskExecutor(TaskExecutor executor) {
        this.executor = executor;
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        // work handed over after shutdown is dropped, its callbacks never run
        if (!shutDown) {
            unfinished.incrementAndGet();
        }
        executor.execute(work, result -> {
            try {
                onSuccess.accept(result);
            } finally {
                unfinished.decrementAndGet();
            }
        }, e -> {
            try {
                onFailure.accept(e);
            } finally {
                unfinished.decrementAndGet();
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        executor.onUiThread(action);
    }

    @Override
    public void afterFrame(Runnable action) {
        executor.afterFrame(action);
    }

    @Override
    public void later(Duration delay, Runnable action) {
        executor.later(delay, action);
    }

    @Override
    public void shutdown() {
        shutDown = true;
        executor.shutdown();
    }

    /** Waits, at most 20 s, until every piece of work handed over has ended and its callback has run. */
    void awaitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> unfinished.get() == 0);
    }
}
