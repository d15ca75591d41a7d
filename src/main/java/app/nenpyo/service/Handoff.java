package app.nenpyo.service;

import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.function.Consumer;

/**
 * Runs a producer on a thread of its own and hands what it makes, one item at a time, to a
 * consumer on the calling thread: the rebuild merges the next window of events while the
 * calling thread (which holds the database transaction) writes the one before.
 *
 * <p>The hand-off is direct (nothing is queued): while the consumer works on one item the
 * producer makes at most the next, so at most two items are alive at once. A failure on either
 * side stops both and is thrown on the calling thread, the producer's first; if the consumer
 * fails, the producer is interrupted and awaited before {@link #run} throws, so nothing runs on
 * after it returns.
 *
 * <pre>
 *   Handoff.run(out -> { for (int i = 0; i &lt; 3; i++) out.accept(i); }, written::add, "merge");
 *   // written = [0, 1, 2], made on "merge" while each was consumed on the caller
 * </pre>
 */
final class Handoff {

    private Handoff() {
    }

    /**
     * @param producer   gives its items in order to the consumer it is handed; runs on a new daemon thread
     * @param consumer   takes each item on the calling thread, in the producer's order
     * @param threadName the producer thread's name
     */
    static <T> void run(Consumer<Consumer<T>> producer, Consumer<T> consumer, String threadName) {
        SynchronousQueue<Slot<T>> queue = new SynchronousQueue<>();
        Throwable[] failure = {null};
        Thread thread = new Thread(() -> {
            try {
                producer.accept(item -> put(queue, new Slot<>(Optional.of(item))));
            } catch (Stopped stopped) {
                return;
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
            try {
                queue.put(new Slot<>(Optional.empty()));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        boolean finished = false;
        try {
            for (Slot<T> slot = queue.take(); slot.item().isPresent(); slot = queue.take()) {
                consumer.accept(slot.item().get());
            }
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the producer", e);
        } finally {
            if (!finished) {
                thread.interrupt();
            }
            joinQuietly(thread);
        }
        // the join makes the producer's write of failure[0] visible here
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    private static <T> void put(SynchronousQueue<Slot<T>> queue, Slot<T> slot) {
        try {
            queue.put(slot);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One item, or the end of the producer's items (empty). */
    private record Slot<T>(Optional<T> item) {
    }

    /** The consumer stopped: unwinds the producer without a failure of its own. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
