package app.nenpyo.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread, and what is to run later when the test lets that much time pass. */
final class ClockedTaskExecutor implements TaskExecutor {
    private record Due(Duration at, Runnable action) {
    }

    private final SameThreadTaskExecutor now = new SameThreadTaskExecutor();
    private final List<Due> waiting = new ArrayList<>();
    private Duration clock = Duration.ZERO;

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        now.execute(work, onSuccess, onFailure);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void later(Duration delay, Runnable action) {
        waiting.add(new Due(clock.plus(delay), action));
    }

    /** Lets {@code time} pass: what was due by then runs, in the order it was due. */
    void elapse(Duration time) {
        clock = clock.plus(time);
        List<Due> due = waiting.stream().filter(d -> d.at().compareTo(clock) <= 0)
                .sorted(java.util.Comparator.comparing(Due::at)).toList();
        waiting.removeAll(due);
        due.forEach(d -> d.action().run());
    }

    @Override
    public void shutdown() {
    }
}
