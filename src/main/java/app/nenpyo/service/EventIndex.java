package app.nenpyo.service;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.events.EventPipeline;
import app.nenpyo.events.ReportCodec;
import app.nenpyo.store.DatedDocumentReports;
import app.nenpyo.store.ProjectDatabase;
import app.nenpyo.store.SavedReports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Keeps a project's events in step with its documents. Each dated document's reports are saved
 * with it (read at import by {@link DocumentReading}); a rebuild reads again only the documents
 * whose date changed since (or whose reports are missing, of an older layout or unreadable), then
 * merges every document's reports a window of time at a time, decoding them from the store as the
 * merge asks and writing each window's events as it comes, in one transaction (decision 0009),
 * while the next window is merged on another thread ({@link Handoff}).
 *
 * <p>Events are derived data; their ids come from their content, so a rebuild gives the same ids
 * for the same documents. Documents are merged in the order of the document list (date, then id),
 * whichever of them were read again.
 */
final class EventIndex {

    private final ProjectDatabase database;
    private final EventPipeline pipeline;
    private final DocumentReading reading;

    EventIndex(ProjectDatabase database, EventPipeline pipeline) {
        this.database = database;
        this.pipeline = pipeline;
        this.reading = new DocumentReading(pipeline);
    }

    EventRebuild rebuild() {
        return rebuild(new Cancellation());
    }

    /**
     * @throws CancellationException when {@code cancellation} is set before the last window is
     *                               written: nothing is written, and the events stay as they were
     *                               (stale, if documents changed since they were made)
     */
    EventRebuild rebuild(Cancellation cancellation) {
        long start = System.nanoTime();
        List<DatedDocumentReports> dated = new ArrayList<>(database.datedDocumentReports());
        dated.sort(Comparator.comparing(DatedDocumentReports::documentDate).thenComparingLong(DatedDocumentReports::documentId));
        Map<Long, SavedReports> readAgain = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
                task -> {
                    Thread thread = new Thread(task, "nenpyo-events");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (DatedDocumentReports document : dated) {
                if (!document.hasCurrentReports(ReportCodec.FORMAT)) {
                    pending.add(workers.submit(() -> readAgain(document.documentId(), readAgain)));
                }
            }
            for (Future<?> done : pending) {
                done.get();
            }
            long read = System.nanoTime();
            MergeAndWrite times = new MergeAndWrite();
            long replaceStart = System.nanoTime();
            database.replaceEvents(windows -> mergeBesideWrite(dated, readAgain, windows, times, cancellation));
            // the writer's setup before the first window and its actors, pages and commit after the last
            times.writing += System.nanoTime() - replaceStart - times.handoff;
            database.saveReports(readAgain);
            return new EventRebuild(dated.size(), readAgain.size(), times.events, Duration.ofNanos(read - start),
                    Duration.ofNanos(times.merging), Duration.ofNanos(times.writing), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting events", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** What {@link #mergeBesideWrite} did: events written, nanoseconds busy on each side, and its own wall time. */
    private static final class MergeAndWrite {
        int events;
        long merging;
        long writing;
        long handoff;
    }

    /**
     * Merges every document's saved reports a window of time at a time on a thread of its own,
     * decoding them as the merge asks (actors, then each window's reports), and hands each
     * window's events to {@code windows} on this thread, which holds the write transaction: the
     * next window is merged while the last is written, and neither every report nor every event
     * of the project is in memory at once.
     */
    private void mergeBesideWrite(List<DatedDocumentReports> dated, Map<Long, SavedReports> readAgain,
                                  Consumer<List<Event>> windows, MergeAndWrite times, Cancellation cancellation) {
        long handoffStart = System.nanoTime();
        Handoff.<List<Event>>run(out -> {
            long begun = System.nanoTime();
            long[] waited = {0};
            pipeline.combine(dated.size(),
                    indexes -> decoded(dated, indexes, readAgain, (id, bytes) -> ReportCodec.decodeActors(bytes)),
                    (indexes, fromDay, toDay) -> decoded(dated, indexes, readAgain,
                            (id, bytes) -> ReportCodec.decodeWindow(bytes, OptionalLong.of(id), fromDay, toDay)),
                    window -> {
                        long handing = System.nanoTime();
                        out.accept(window);
                        waited[0] += System.nanoTime() - handing;
                    });
            times.merging = System.nanoTime() - begun - waited[0];
        }, window -> {
            if (cancellation.isCancelled()) {
                // thrown inside the write transaction: it rolls back, and the merge is stopped
                throw new CancellationException("merging the events was cancelled");
            }
            long started = System.nanoTime();
            windows.accept(window);
            times.events += window.size();
            times.writing += System.nanoTime() - started;
        }, "nenpyo-merge");
        times.handoff = System.nanoTime() - handoffStart;
    }

    /**
     * Some documents' reports, decoded on every core: from what was saved (read from the store for
     * these documents only), or from what was read again from their text (date changed, reports
     * missing, of an older layout or unreadable). A document is read again at most once per rebuild.
     */
    private <T> List<T> decoded(List<DatedDocumentReports> dated, int[] indexes, Map<Long, SavedReports> readAgain,
                                BiFunction<Long, byte[], T> decode) {
        List<Long> ids = Arrays.stream(indexes).mapToObj(i -> dated.get(i).documentId())
                .filter(id -> !readAgain.containsKey(id)).toList();
        Map<Long, SavedReports> saved = database.savedReports(ids);
        return Arrays.stream(indexes).parallel().mapToObj(i -> {
            DatedDocumentReports document = dated.get(i);
            long id = document.documentId();
            SavedReports again = readAgain.get(id);
            SavedReports bytes = again != null ? again
                    : document.hasCurrentReports(ReportCodec.FORMAT) ? saved.get(id) : null;
            if (bytes != null) {
                try {
                    return decode.apply(id, bytes.bytes());
                } catch (IllegalArgumentException unreadable) {
                    // read the text again below; the new reports replace the unreadable ones
                }
            }
            return decode.apply(id, readAgain(id, readAgain).bytes());
        }).toList();
    }

    private SavedReports readAgain(long id, Map<Long, SavedReports> readAgain) {
        return readAgain.computeIfAbsent(id, key -> {
            AnalyzedDocument text = stored(id);
            return DocumentReading.saved(text, reading.read(text, OptionalLong.of(id)));
        });
    }

    private AnalyzedDocument stored(long id) {
        StoredDocument stored = database.document(id).orElseThrow(() -> new NoSuchElementException("no document " + id));
        return new AnalyzedDocument(stored.origin(), stored.title(), database.text(id), stored.encoding(),
                stored.format(), stored.date(), stored.tags(), database.paragraphs(id), database.sentences(id));
    }
}
