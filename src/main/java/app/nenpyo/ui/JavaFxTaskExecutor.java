package app.nenpyo.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** Background threads for the work, the JavaFX application thread for the callbacks. */
public final class JavaFxTaskExecutor implements TaskExecutor {
    private final AtomicInteger threadCount = new AtomicInteger();
    // daemon threads: a window closed during an import must not keep the JVM alive
    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "nenpyo-task-" + threadCount.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        if (pool.isShutdown()) {
            // the window is closing: work asked for now (a read after a frame) has no one to show it to
            return;
        }
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            } catch (Error e) {
                // one of the callbacks always runs: what waits for the work (an opening's status) must end
                Platform.runLater(() -> onFailure.accept(new IllegalStateException(e.toString(), e)));
                throw e;
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * An animation timer ticks at the start of every pulse; the third tick comes after the pulse
     * that laid out and painted what is shown now, and after its rendering, which the next pulse waits for.
     */
    @Override
    public void afterFrame(Runnable action) {
        onUiThread(() -> new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks == 3) {
                    stop();
                    action.run();
                }
            }
        }.start());
    }

    @Override
    public void later(Duration delay, Runnable action) {
        onUiThread(() -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        });
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }
}
