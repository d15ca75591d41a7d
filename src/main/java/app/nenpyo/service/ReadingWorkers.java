package app.nenpyo.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The worker threads that read files for an import or a preview: one per core, at most two, daemons named after their job. */
final class ReadingWorkers {

    private ReadingWorkers() {
    }

    /** @param name the threads' name before their number ({@code nenpyo-import} gives nenpyo-import-1, -2) */
    static ExecutorService start(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
