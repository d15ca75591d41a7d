package app.nenpyo.service;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.events.DocumentInput;
import app.nenpyo.events.DocumentReports;
import app.nenpyo.events.EventPipeline;
import app.nenpyo.store.ProjectDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Keeps a project's events in step with its documents: reads every dated document back, finds
 * its date expressions against its current date, extracts its reports on one thread per core,
 * then merges all reports across documents and replaces the stored events in one transaction.
 *
 * <p>Events are derived data, rebuilt whole after an import or a change of document date; their
 * ids come from their content, so a rebuild gives the same ids for the same documents. Known
 * cost: the rebuild reads every document, not only the new ones (see the README's Performance).
 */
final class EventIndex {

    private final ProjectDatabase database;
    private final DateExpressions dateExpressions = new DateExpressions();
    private final EventPipeline pipeline = new EventPipeline();

    EventIndex(ProjectDatabase database) {
        this.database = database;
    }

    void rebuild() {
        List<StoredDocument> dated = database.documents().stream().filter(d -> d.date().isDated()).toList();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
                task -> {
                    Thread thread = new Thread(task, "nenpyo-events");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<DocumentReports>> pending = new ArrayList<>(dated.size());
            for (StoredDocument document : dated) {
                pending.add(workers.submit(() -> pipeline.analyse(input(document))));
            }
            List<DocumentReports> reports = new ArrayList<>(pending.size());
            for (Future<DocumentReports> report : pending) {
                reports.add(report.get());
            }
            List<Event> events = pipeline.combine(reports);
            database.replaceEvents(events);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting events", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private DocumentInput input(StoredDocument stored) {
        String text = database.text(stored.id());
        List<Sentence> sentences = database.sentences(stored.id());
        AnalyzedDocument document = new AnalyzedDocument(stored.origin(), stored.title(), text, stored.encoding(),
                stored.format(), stored.date(), stored.tags(), database.paragraphs(stored.id()), sentences);
        List<TextSpan> spans = sentences.stream().map(Sentence::span).toList();
        return DocumentInput.stored(stored.id(), document, dateExpressions.of(text, stored.date().date(), spans));
    }
}
