package app.nenpyo.service;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.ReportDays;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.events.AnalystDates;
import app.nenpyo.events.EarlierReading;
import app.nenpyo.events.EventPipeline;
import app.nenpyo.events.MergeChoices;
import app.nenpyo.events.MergePlan;
import app.nenpyo.events.MergeScope;
import app.nenpyo.events.ReportCodec;
import app.nenpyo.nlp.ActorRegistry;
import app.nenpyo.store.DatedDocumentReports;
import app.nenpyo.store.MergeCorrections;
import app.nenpyo.store.MergedState;
import app.nenpyo.store.ProjectDatabase;
import app.nenpyo.store.SavedReports;
import app.nenpyo.store.StoreException;
import app.nenpyo.store.WholeMergeNeeded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Keeps a project's events in step with its documents. Each dated document's reports are saved
 * with it (read at import by {@link DocumentReading}); a rebuild reads again only the documents
 * whose date changed since (or whose reports are missing, of an older layout, unreadable, or read
 * before an analyst dated one of their events), then
 * merges every document's reports a window of time at a time, decoding them from the store as the
 * merge asks and writing each window's events as it comes, in one transaction (decision 0009),
 * while the next window is merged on another thread ({@link Handoff}). What was read again waits
 * in a temporary file ({@link SpilledReports}) until it is stored with the events.
 *
 * <p>After an import into a project whose other documents were merged before, or a corrected
 * document date, only the events of the days the new or re-dated documents report on (before and
 * after) and of the documents whose actors they changed are made again and the others kept:
 * exactly the events a merge of everything would make (decision 0012).
 *
 * <p>Events are derived data; their ids come from their content, so a rebuild gives the same ids
 * for the same documents. Documents are merged in the order of the document list (date, then id),
 * whichever of them were read again.
 */
final class EventIndex {

    private final ProjectDatabase database;
    private final EventPipeline pipeline;
    private final DocumentExtraction extraction;

    EventIndex(ProjectDatabase database, EventPipeline pipeline) {
        this(database, pipeline, DocumentExtraction.of(pipeline));
    }

    /** @param extraction how each document read again is read (a test's may fail) */
    EventIndex(ProjectDatabase database, EventPipeline pipeline, DocumentExtraction extraction) {
        this.database = database;
        this.pipeline = pipeline;
        this.extraction = extraction;
    }

    /** Brings the events in step with the documents, merging only what changed. */
    EventRebuild rebuild() {
        return rebuild(new Cancellation(), false);
    }

    /**
     * @param everyDay merge every report again, whatever changed (the events come out the same:
     *                 this is for an analyst who wants to see it so, and for checking that)
     * @throws CancellationException when {@code cancellation} is set before the last window is
     *                               written: nothing is written, and the events stay as they were
     *                               (stale, if documents changed since they were made)
     */
    EventRebuild rebuild(Cancellation cancellation, boolean everyDay) {
        return rebuild(cancellation, everyDay, OpeningProgress.NONE);
    }

    /** The same, telling {@code progress} of each document read again. */
    EventRebuild rebuild(Cancellation cancellation, boolean everyDay, OpeningProgress progress) {
        long start = System.nanoTime();
        // documents are read again with the analyst's dates of now (decision 0017), and merged with
        // the reports the analyst took out of their events kept apart (decision 0018) and the
        // events the analyst joined joined (decision 0019), with the clauses the analyst added as reports
        // (decision 0020); read before
        // the documents, so that a date stored after this either marks a document outdated that
        // the list below shows, or is found changed when the merge writes (MergeCorrections)
        MergeCorrections corrections = database.mergeCorrections();
        List<DatedDocumentReports> dated = new ArrayList<>(database.datedDocumentReports());
        dated.sort(Comparator.comparing(DatedDocumentReports::documentDate).thenComparingLong(DatedDocumentReports::documentId));
        try (SpilledReports readAgain = new SpilledReports()) {
            return rebuild(cancellation, everyDay, start, corrections, dated, readAgain, new UnreadDocuments(dated, database.file()), progress);
        }
    }

    private EventRebuild rebuild(Cancellation cancellation, boolean everyDay, long start, MergeCorrections corrections,
                                 List<DatedDocumentReports> dated, SpilledReports readAgain, UnreadDocuments unread,
                                 OpeningProgress progress) {
        DocumentReading reading = new DocumentReading(extraction, new AnalystDates(corrections.dates()), corrections.addedByDocument());
        // each document read again at most once per rebuild, whoever asks first
        LongFunction<SavedReports> fromText = id -> readAgain(id, readAgain, reading, unread);
        MergeChoices choices = new MergeChoices(corrections.keptApart(), corrections.joins());
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
                    // the reports are kept by readAgain, not by the future (which would hold every one until the last)
                    pending.add(workers.submit(() -> {
                        if (!cancellation.isCancelled()) {
                            fromText.apply(document.documentId());
                        }
                    }));
                }
            }
            for (int k = 0; k < pending.size(); k++) {
                pending.get(k).get();
                if (cancellation.isCancelled()) {
                    // nothing is written: the stored events and reports stay as they were, read again next time
                    throw new CancellationException("reading the documents again was put off");
                }
                progress.readAgain(k + 1, pending.size());
            }
            Set<Long> upgraded = dated.stream()
                    .filter(d -> d.savedFormat() != ReportCodec.FORMAT && readAgain.containsKey(d.documentId()))
                    .map(DatedDocumentReports::documentId).collect(Collectors.toSet());
            Set<Long> carried = CorrectionsCarrier.carry(database, upgraded, readAgain);
            if (!carried.isEmpty()) {
                // what the analyst decided now reaches these documents' new reports: read them with it
                carried.forEach(readAgain::forget);
                return rebuild(cancellation, everyDay, start, database.mergeCorrections(), dated, readAgain, unread, progress);
            }
            long read = System.nanoTime();
            // every day when asked, when the extractor changed, or when a document merged before has no
            // date now (the days of its events are not known); a corrected date is merged as it was read
            Optional<List<EarlierReading>> earlier = everyDay || database.mergedReportsOfUndatedDocuments()
                    ? Optional.empty() : earlierReadings(dated);
            Optional<ActorRegistry> last = earlier.isPresent() ? lastRegistry() : Optional.empty();
            if (last.isEmpty() && dated.stream().anyMatch(DatedDocumentReports::merged)) {
                // the stored events were resolved by another version's rules, or what they were
                // resolved with is lost: every day, once
                earlier = Optional.empty();
            }
            boolean[] mergedBefore = mergedBefore(dated, readAgain, earlier.isPresent());
            // the days of events an analyst decided on that no merge has made again since
            int[] awaitingDecisions = database.daysAwaitingDecisions();
            MergeAndWrite times = new MergeAndWrite();
            long planStart = System.nanoTime();
            MergePlan plan = pipeline.plan(dated.size(),
                    indexes -> decoded(dated, indexes, readAgain, fromText, ReportCodec::decodeActors),
                    i -> mergedBefore[i], earlier.orElse(List.of()), last,
                    i -> mergedBefore[i] ? dated.get(i).days() : null, awaitingDecisions);
            times.merging = System.nanoTime() - planStart;
            unread.checkMostRead();
            MergeScope scope = plan.scope();
            if (scope.isEmpty() && readAgain.isEmpty() && !database.eventsStale()) {
                return new EventRebuild(dated.size(), 0, 0, 0, Duration.ofNanos(read - start), Duration.ofNanos(times.merging),
                        Duration.ZERO, Duration.ofNanos(System.nanoTime() - start), unread.inOrder());
            }
            // what these events come from, recorded with them: nothing of it if they are not written
            List<Long> newlyMerged = dated.stream().filter(d -> !d.merged()).map(DatedDocumentReports::documentId).toList();
            MergedState state = new MergedState(newlyMerged, readAgain,
                    daysNotStored(dated, readAgain, plan), plan.registry().encode(), awaitingDecisions, corrections, unread.ids());
            long replaceStart = System.nanoTime();
            Consumer<Consumer<List<Event>>> producer = windows -> {
                mergeBesideWrite(plan, dated, readAgain, fromText, choices, windows, times, cancellation);
                // documents the windows read again count too; thrown inside the write transaction, which rolls back
                unread.checkMostRead();
            };
            if (scope.all()) {
                database.replaceEvents(state, producer);
            } else {
                try {
                    database.replaceEvents(scope::includes, plan::actor, state, producer);
                } catch (WholeMergeNeeded e) {
                    // nothing was written: every day, which writes the pages anew, with what was read again
                    return rebuild(cancellation, true, start, corrections, dated, readAgain, unread, OpeningProgress.NONE);
                }
            }
            // the writer's setup before the first window and its actors, pages and commit after the last
            times.writing += System.nanoTime() - replaceStart - times.handoff;
            return new EventRebuild(dated.size(), readAgain.size(), times.events, scope.all() ? -1 : scope.days().length,
                    Duration.ofNanos(read - start), Duration.ofNanos(times.merging), Duration.ofNanos(times.writing),
                    Duration.ofNanos(System.nanoTime() - start), unread.inOrder());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting events", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * The report days the plan read of documents whose saved reports have none stored (saved before
     * migration 7), or no wider periods (before migration 18).
     */
    private static Map<Long, ReportDays> daysNotStored(List<DatedDocumentReports> dated, Map<Long, SavedReports> readAgain,
                                                       MergePlan plan) {
        Map<Long, ReportDays> days = new HashMap<>();
        for (int i = 0; i < dated.size(); i++) {
            DatedDocumentReports d = dated.get(i);
            if (d.days() == null && d.hasCurrentReports(ReportCodec.FORMAT) && !readAgain.containsKey(d.documentId())) {
                days.put(d.documentId(), plan.days(i));
            }
        }
        return days;
    }

    /** The registry the stored events were merged with, when one was stored and reads back. */
    private Optional<ActorRegistry> lastRegistry() {
        // a failure to read the project is reported, not taken for a registry that does not read back
        Optional<byte[]> stored = database.mergedRegistry();
        try {
            return stored.map(ActorRegistry::decode);
        } catch (RuntimeException unreadable) {
            // stored by another version (whose rules resolved the stored events) or damaged
            return Optional.empty();
        }
    }

    /** Whether each document's present reports are those the stored events were merged from (none when every day is merged). */
    private static boolean[] mergedBefore(List<DatedDocumentReports> dated, Map<Long, SavedReports> readAgain, boolean partial) {
        boolean[] before = new boolean[dated.size()];
        for (int i = 0; i < before.length; i++) {
            DatedDocumentReports d = dated.get(i);
            before[i] = partial && d.merged() && d.hasCurrentReports(ReportCodec.FORMAT) && !readAgain.containsKey(d.documentId());
        }
        return before;
    }

    /**
     * The documents merged before whose reports changed since (their date was corrected), as they
     * were read then: the reports still saved (replaced only once the merge is written). Empty
     * when one cannot be known (the extractor changed, or the saved reports are unreadable): every
     * day is merged then.
     */
    private Optional<List<EarlierReading>> earlierReadings(List<DatedDocumentReports> dated) {
        List<DatedDocumentReports> changed = dated.stream().filter(d -> d.merged() && !d.hasCurrentReports(ReportCodec.FORMAT))
                .toList();
        if (changed.isEmpty()) {
            return Optional.of(List.of());
        }
        if (changed.stream().anyMatch(d -> d.savedFormat() != ReportCodec.FORMAT || d.savedAnchor().isEmpty())) {
            return Optional.empty();
        }
        Map<Long, SavedReports> saved = database.savedReports(changed.stream().map(DatedDocumentReports::documentId).toList());
        List<EarlierReading> out = new ArrayList<>();
        for (DatedDocumentReports d : changed) {
            SavedReports bytes = saved.get(d.documentId());
            if (bytes == null) {
                return Optional.empty();
            }
            try {
                out.add(new EarlierReading(ReportCodec.decodeActors(bytes.bytes())));
            } catch (IllegalArgumentException unreadable) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /** What {@link #mergeBesideWrite} did: events written, nanoseconds busy on each side, and its own wall time. */
    private static final class MergeAndWrite {
        int events;
        long merging;
        long writing;
        long handoff;
    }

    /**
     * Merges the days of the plan a window of time at a time on a thread of its own, decoding
     * the documents' saved reports as the merge asks, and hands each
     * window's events to {@code windows} on this thread, which holds the write transaction: the
     * next window is merged while the last is written, and neither every report nor every event
     * of the project is in memory at once.
     */
    private void mergeBesideWrite(MergePlan plan, List<DatedDocumentReports> dated, Map<Long, SavedReports> readAgain,
                                  LongFunction<SavedReports> fromText, MergeChoices choices, Consumer<List<Event>> windows,
                                  MergeAndWrite times, Cancellation cancellation) {
        long handoffStart = System.nanoTime();
        Handoff.<List<Event>>run(out -> {
            long begun = System.nanoTime();
            long[] waited = {0};
            SavedWindowReader saved = new SavedWindowReader(database, dated, readAgain, fromText);
            pipeline.combine(plan, saved, choices, window -> {
                long handing = System.nanoTime();
                out.accept(window);
                waited[0] += System.nanoTime() - handing;
            });
            times.merging += System.nanoTime() - begun - waited[0];
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
                                LongFunction<SavedReports> fromText, Function<byte[], T> decode) {
        List<Long> ids = Arrays.stream(indexes).mapToObj(i -> dated.get(i).documentId())
                .filter(id -> !readAgain.containsKey(id)).toList();
        Map<Long, SavedReports> saved = database.savedReports(ids);
        return Arrays.stream(indexes).parallel().mapToObj(i -> {
            DatedDocumentReports document = dated.get(i);
            long id = document.documentId();
            return SavedWindowReader.decoded(document, saved.get(id), readAgain, fromText, decode);
        }).toList();
    }

    /**
     * A document's reports read from its text; none, when that fails for this document alone (the
     * extractor fails on its text, or the stored text is damaged): the other documents' events are
     * merged all the same.
     */
    private SavedReports readAgain(long id, SpilledReports readAgain, DocumentReading reading, UnreadDocuments unread) {
        return readAgain.readOnce(id, key -> {
            String origin = "document " + id;
            try {
                StoredDocument stored = database.document(id).orElseThrow(() -> new NoSuchElementException("no document " + id));
                origin = stored.origin();
                AnalyzedDocument text = analysed(database, stored);
                return DocumentReading.saved(text, reading.read(text, OptionalLong.of(id)));
            } catch (RuntimeException | StackOverflowError failed) {
                if (failed instanceof CancellationException || failed instanceof StoreException e && e.aboutTheFile()) {
                    throw failed;
                }
                return unread.add(id, origin, failed);
            }
        });
    }

    /** A stored document as the events layer reads it: its text, paragraphs and sentences as stored. */
    static AnalyzedDocument analysed(ProjectDatabase database, StoredDocument stored) {
        long id = stored.id();
        return new AnalyzedDocument(stored.origin(), stored.title(), database.text(id), stored.encoding(),
                stored.format(), stored.date(), stored.tags(), database.paragraphs(id), database.sentences(id));
    }
}
