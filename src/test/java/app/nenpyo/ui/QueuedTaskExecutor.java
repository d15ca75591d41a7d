package app.nenpyo.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work handed to it only when asked, on the calling thread: the analyst can act in between. */
final class QueuedTaskExecutor implements TaskExecutor {
    private final List<Runnable> queue = new ArrayList<>();
    private final SameThreadTaskExecutor now = new SameThreadTaskExecutor();

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        queue.add(() -> now.execute(work, onSuccess, onFailure));
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }

    void runAll() {
        while (!queue.isEmpty()) {
            queue.remove(0).run();
        }
    }

    /** The work handed over last first (a pool of two finishing the later task first), then the rest in order. */
    void runLastFirst() {
        if (!queue.isEmpty()) {
            queue.remove(queue.size() - 1).run();
        }
        runAll();
    }
}
