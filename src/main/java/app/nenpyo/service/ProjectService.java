package app.nenpyo.service;

import app.nenpyo.domain.AddedReport;
import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventOutline;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.export.AnalystChanges;
import app.nenpyo.events.AnalystDates;
import app.nenpyo.events.DocumentInput;
import app.nenpyo.events.EventIds;
import app.nenpyo.events.EventPipeline;
import app.nenpyo.events.Report;
import app.nenpyo.events.ReportCodec;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.SearchResults;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.ingest.DocumentReader;
import app.nenpyo.ingest.FileCollector;
import app.nenpyo.store.CorrectionRow;
import app.nenpyo.store.JoinUndo;
import app.nenpyo.store.ProjectDatabase;
import app.nenpyo.store.StoreException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one entry point the window and the command line use for a project file. Thread-safe:
 * an import may run on a background thread while the UI thread reads.
 */
public final class ProjectService implements AutoCloseable {

    private final Path file;
    private final ProjectDatabase database;
    private final DocumentReader reader = new DocumentReader();
    private final DateExpressions dateExpressions = new DateExpressions();

    private final EventPipeline pipeline = new EventPipeline();
    private final DocumentExtraction extraction;
    private final EventIndex events;
    /** Why the events could not be brought up to date when the project was opened or after an import, until a later merge succeeds. */
    private volatile String eventsBehind;
    /** Whether the analyst put off reading the documents again when the project was opened, until a later merge succeeds. */
    private volatile boolean readingPutOff;
    /** The documents whose events the last merge could not read. */
    private volatile List<UnreadDocument> unread = List.of();
    /** Held by a revision, an undo or a redo ({@link #revise}) from its first read to its last. */
    private final ReentrantLock revising = new ReentrantLock();

    private ProjectService(Path file, ProjectDatabase database, DocumentExtraction extraction) {
        this.file = file;
        this.database = database;
        this.extraction = extraction == null ? DocumentExtraction.of(pipeline) : extraction;
        this.events = new EventIndex(database, pipeline, this.extraction);
    }

    /**
     * Starts loading SQLite on a thread of its own and returns: the window calls it at launch, so
     * the fifth of a second it takes on a fresh JVM passes while the toolkit starts, not while the
     * first project opens.
     */
    public static void warmUpInBackground() {
        Thread warmUp = new Thread(ProjectDatabase::warmUp, "nenpyo-sqlite-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * Whether opening the file will first upgrade it to this version's layout (written by an older
     * Nenpyo): once, and on a large project it takes a while (copying the events of 436,000: 10 s).
     */
    public static boolean needsUpgrade(Path file) {
        return ProjectDatabase.needsUpgrade(file);
    }

    /** Opens a project file, creating it if it does not exist and upgrading an older one. */
    public static ProjectService open(Path file) throws ProjectException {
        return open(file, OpeningProgress.NONE);
    }

    /** The same, telling {@code progress} of each document it reads again first. */
    public static ProjectService open(Path file, OpeningProgress progress) throws ProjectException {
        return open(file, progress, new Cancellation());
    }

    /**
     * The same; {@code putOff} set while documents are read again (or their events merged) stops
     * that: the project opens with the events it had, {@link #readingPutOff()} says so, and the
     * documents are read again the next time it is opened or its events are merged (an import,
     * a correction).
     */
    public static ProjectService open(Path file, OpeningProgress progress, Cancellation putOff) throws ProjectException {
        return open(file, progress, putOff, null);
    }

    /** The same, reading documents with {@code extraction} (null: the events layer's) — for tests of its failures. */
    static ProjectService open(Path file, OpeningProgress progress, Cancellation putOff, DocumentExtraction extraction)
            throws ProjectException {
        try {
            ProjectService service = new ProjectService(file, ProjectDatabase.open(file), extraction);
            if (service.database.eventsStale() || service.database.hasReportsOtherThan(ReportCodec.FORMAT)) {
                // upgraded from before events existed, an import or date change whose rebuild never
                // ran, or reports read by an older extractor: the project shows what this version reads
                try {
                    service.merged(service.events.rebuild(putOff, false, progress));
                } catch (CancellationException putOffByTheAnalyst) {
                    service.readingPutOff = true;
                } catch (RuntimeException failed) {
                    if (failed instanceof StoreException e && e.aboutTheFile()) {
                        // busy with another process, read-only, corrupt...: the opening fails with it,
                        // and lets go of the file
                        service.close();
                        throw e;
                    }
                    // the documents are stored and readable: the project opens with the events it has
                    service.eventsBehind = StoreMessages.withoutFileName(file, firstLine(failed));
                }
            }
            return service;
        } catch (StoreException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /**
     * Opens an existing project to read only ({@link ProjectDatabase#openReadOnly}): its documents,
     * search and events as they were saved. Events that are behind (an import cut short, reports
     * of an older extractor) stay as they are, and {@link #eventsBehind()} says so; every change
     * fails with a {@link ProjectException} saying the project is open read-only.
     */
    public static ProjectService openReadOnly(Path file) throws ProjectException {
        try {
            ProjectService service = new ProjectService(file, ProjectDatabase.openReadOnly(file), null);
            if (service.database.eventsStale() || service.database.hasReportsOtherThan(ReportCodec.FORMAT)) {
                service.eventsBehind = READ_ONLY;
            }
            return service;
        } catch (StoreException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /**
     * Why a project opened read-only cannot be changed, and why its events may be behind: the
     * reason its failures give after the file's name (the window says it in its own words).
     */
    public static final String READ_ONLY = ProjectDatabase.OPEN_READ_ONLY;

    /**
     * Takes SQLite's locks on the project's files afresh ({@link ProjectDatabase#renewLocks}):
     * call it after anything in this process may have read them, such as a native file chooser
     * showing their folder.
     */
    public void renewLocks() throws ProjectException {
        try {
            database.renewLocks();
        } catch (StoreException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /**
     * Whether an existing project can be written where it is, its file and the folder it really
     * lies in (links followed); one that cannot opens read-only.
     */
    public static boolean canBeWritten(Path file) {
        return ProjectDatabase.canBeWritten(file);
    }

    /** Whether the project was opened read-only: nothing can be changed. */
    public boolean readOnly() {
        return database.readOnly();
    }

    public Path file() {
        return file;
    }

    /**
     * Why the events could not be brought up to date when the project was opened or after an
     * import (they are those of before the last import or date change), until an import, a date
     * change or a rebuild merges them; empty when they are up to date.
     */
    public Optional<String> eventsBehind() {
        return Optional.ofNullable(eventsBehind);
    }

    /**
     * Whether the analyst put off reading the documents again when the project was opened: the
     * events are those of before, until an import, a date change or a rebuild merges them.
     */
    public boolean readingPutOff() {
        return readingPutOff;
    }

    /**
     * The documents whose events the last merge could not read, if any: they have no events, and
     * every later merge, and every opening of the project, tries them again.
     */
    public List<UnreadDocument> eventsUnread() {
        return unread;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    public List<StoredDocument> documents() {
        return call(database::documents);
    }

    public int documentCount() {
        return call(database::documentCount);
    }

    public DocumentView document(long id) {
        return call(() -> {
            StoredDocument document = database.document(id)
                    .orElseThrow(() -> new NoSuchElementException("no document " + id + " in " + file));
            String text = database.text(id);
            List<DateMention> dates = document.date().value()
                    .map(date -> dateExpressions.of(text, date, database.sentences(id).stream().map(Sentence::span).toList()))
                    .orElse(List.<DateMention>of());
            return new DocumentView(document, text, database.paragraphs(id), dates);
        });
    }

    /** A document's whole text (the text every span of it points into). */
    public String text(long documentId) {
        return call(() -> database.text(documentId));
    }

    /** Ranked paragraphs matching the query, with highlight spans; finds 2-character words too. */
    public List<SearchHit> search(String query, int limit) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return call(() -> database.search(trimmed, limit));
    }

    /** The same, with how many paragraphs match, counted no further than {@code countAtMost}, in one count. */
    public SearchResults search(String query, int limit, int countAtMost) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty()) {
            return SearchResults.NONE;
        }
        return call(() -> database.search(trimmed, limit, countAtMost));
    }

    /** How many paragraphs match the query, counted no further than {@code atMost}. */
    public int countMatches(String query, int atMost) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty()) {
            return 0;
        }
        return call(() -> database.countMatches(trimmed, atMost));
    }

    /**
     * Imports files and folders; each document atomically; one failing input does not stop the
     * rest. Runs on the calling thread (plus worker threads): call it off the UI thread.
     */
    public ImportReport importFiles(List<Path> inputs, ImportOptions options, ImportProgress progress, Cancellation cancellation) throws ProjectException {
        try {
            // every reading of a document applies the analyst's dates, so that no path to saved reports skips them (decision 0017)
            // new documents: the analyst added no clause of theirs yet
            DocumentReading reading = new DocumentReading(extraction, new AnalystDates(database.eventDates()), Map.of());
            ImportReport report = new ImportPipeline(database, reader, reading, options, progress, cancellation).run(inputs);
            if (!options.extractEvents() || report.imported().isEmpty() || report.cancelled()) {
                // a cancelled import leaves the events to merge: the project marks them stale, so
                // the next import or the next opening of the project merges them
                return report;
            }
            progress.mergingEvents();
            try {
                return report.withEvents(merged(events.rebuild(cancellation, false)));
            } catch (CancellationException e) {
                return report.cancelledWhileMergingEvents();
            } catch (RuntimeException failed) {
                if (failed instanceof StoreException e && e.aboutTheFile()) {
                    throw e;
                }
                // the documents are stored: the events stay those of before, and stale, until a merge succeeds
                eventsBehind = StoreMessages.withoutFileName(file, firstLine(failed));
                return report;
            }
        } catch (StoreException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /**
     * What {@link #importFiles} would read from these inputs, without storing anything: each
     * document with its detected date (and where it came from) so the analyst can change it
     * before importing, and a line per input that cannot be read; the rest are read regardless.
     * Runs on the calling thread: call it off the UI thread.
     */
    public ImportPreview preview(List<Path> inputs, ImportProgress progress, Cancellation cancellation) {
        // documents the project holds already are listed as such: importing them again does nothing
        Map<String, Long> stored = call(database::documentIdsByHash);
        return new ImportPreviewReader(reader, key -> Optional.ofNullable(stored.get(key)).flatMap(id -> call(() -> database.document(id))),
                new ProjectOwnFiles(file)::includes).read(inputs, progress, cancellation);
    }

    /** The file name extensions a folder import reads (txt, html…): a file chooser offers these. */
    public static Set<String> readableExtensions() {
        return FileCollector.SUPPORTED_EXTENSIONS;
    }

    /**
     * The report of an import that has no file to read (mistyped paths, a folder holding no
     * supported file), each input a failure as the import would give it; empty when there is a
     * file to read. Lets a command refuse such an import before it opens, or makes, a project.
     *
     * @param project the project the files would be imported into: its own files are none to read
     */
    public static Optional<ImportReport> whenNothingToRead(List<Path> inputs, Path project) {
        List<ImportReport.Failure> failures = new ArrayList<>();
        List<String> otherKinds = new ArrayList<>();
        if (!ImportPipeline.collect(inputs, failures, otherKinds, new ProjectOwnFiles(project)::includes).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportReport(List.of(), List.of(), failures, false, Optional.empty(), false, otherKinds));
    }

    /**
     * Sets the date the analyst chose for a document (its source becomes USER), reads it again and
     * merges the events of the days it reported on before and reports on now.
     */
    public EventRebuild setDocumentDate(long documentId, LocalDate date) {
        return call(() -> {
            database.setDocumentDate(documentId, DocumentDate.byUser(date));
            return merged(events.rebuild());
        });
    }

    /** A merge that succeeded: the events are up to date again. */
    private EventRebuild merged(EventRebuild rebuild) {
        eventsBehind = null;
        readingPutOff = false;
        unread = rebuild.unread();
        return rebuild;
    }

    /**
     * The analyst's correction of what the machine set aside: puts the event on the timeline
     * ({@code background} false) or sets it aside as background (true), for good: the decision is
     * kept under every source id of the event, and outlives imports and rebuilds (decision 0016). Then merges again the season of the day the event starts on (its reports all start on it; a report of a wider period may join a day of its season, decision 0032),
     * so every view of the events agrees; call it off the UI thread.
     *
     * @throws IllegalArgumentException when there is no such event
     */
    public EventRebuild setEventBackground(String eventId, boolean background) {
        return correct(() -> database.setEventBackground(eventId, background), () -> "no event " + eventId);
    }

    /**
     * The analyst's label for an event, for good, as {@link #setEventBackground} keeps a decision:
     * under its source ids, its season merged again; a blank label gives the extractor's back.
     *
     * @throws IllegalArgumentException when there is no such event, or the label is over 200 characters
     */
    public EventRebuild setEventLabel(String eventId, String label) {
        if (label.strip().length() > MAX_LABEL) {
            throw new IllegalArgumentException("a label of at most " + MAX_LABEL + " characters, not " + label.strip().length());
        }
        return correct(() -> database.setEventLabel(eventId, label), () -> "no event " + eventId);
    }

    /**
     * The analyst's date for an event, for good (decision 0017): its reports take the date as if
     * their text had said so, and the seasons of those reports' days before and after are merged again (decision 0032).
     * Empty gives the dates their expressions resolved to back.
     *
     * @throws IllegalArgumentException when there is no such event
     */
    public EventRebuild setEventDate(String eventId, Optional<TimeValue> date) {
        return correct(() -> database.setEventDate(eventId, date), () -> "no event " + eventId);
    }

    /**
     * Takes a report out of the event it was merged into, for good (decision 0018): from the
     * next merge on it is an event of its own, merged with no other report. The event's season is
     * merged again (decision 0032).
     *
     * @throws IllegalArgumentException when there is no such event, or the report is not one of
     *                                  its sources, or its only one
     */
    public EventRebuild keepApart(String eventId, String sourceId) {
        return correct(() -> database.keepApart(eventId, sourceId),
                () -> "no report " + sourceId + " to take out of event " + eventId);
    }

    /**
     * Lets the machine merge the reports of an event that were kept apart again. The decisions
     * kept under them stay: in the event they join, the latest decision among its reports decides
     * (decision 0016). The event's season is merged again (decision 0032).
     *
     * @throws IllegalArgumentException when there is no such event, or none of its reports is kept apart
     */
    public EventRebuild mergeAgain(String eventId) {
        return correct(() -> database.mergeAgain(eventId), () -> "no report kept apart in event " + eventId);
    }

    /**
     * Joins two events the merge kept apart, for good (decision 0019): their reports are one
     * event from now on, on the date of {@code eventId} (the other's reports take it as the
     * analyst's date when theirs differs). The seasons of both days are merged again (decision 0032).
     *
     * @throws IllegalArgumentException when either event is missing, or they are the same
     */
    public EventRebuild join(String eventId, String otherId) {
        return correct(() -> database.join(eventId, otherId), () -> "cannot join event " + otherId + " to event " + eventId);
    }

    /**
     * Undoes the joins of an event's reports: the rules merge them again, each on the date it has
     * (the dates the join gave go with it, decision 0019), and says whether a date of the analyst's
     * stays on any of them. The event's season is merged again (decision 0032).
     *
     * @throws IllegalArgumentException when there is no such event, or none of its reports is joined
     */
    public JoinUndone unjoin(String eventId) {
        return call(() -> {
            JoinUndo undo = database.unjoin(eventId);
            if (!undo.undone()) {
                throw new IllegalArgumentException(file + ": no joined report in event " + eventId);
            }
            return new JoinUndone(merged(events.rebuild()), undo.analystDateKept());
        });
    }

    /**
     * Runs a correction (or several, as one: an added clause and the label its event takes) and
     * returns what it changed, to undo and redo it exactly (decision 0034): every row of the
     * analyst's corrections and every document's date are read before and after (decision 0034
     * measured 72–166 ms on 1,000 posts), one revision, undo or redo at a time; documents whose
     * reading was put off are read first, so the corrections they carry to new source ids are no
     * part of this one. A correction that fails is taken back whole: when its rows were stored but
     * its merge failed, they are put back as they were and the days merged again, so what the
     * analyst sees is what is stored. The failure comes out, with any failure of taking it back
     * suppressed under it; when the days could not be merged again the events are marked behind
     * ({@link #eventsBehind()}), so the next correction merges first; when the rows could not be put
     * back they stay stored, in no revision.
     */
    public CorrectionChange revise(Runnable correction) {
        revising.lock();
        try {
            if (readingPutOff || eventsBehind != null) {
                // documents read again carry their corrections to new source ids: that is no part of this correction
                call(() -> merged(events.rebuild()));
            }
            List<CorrectionRow> rows = call(database::correctionRows);
            Map<Long, DocumentDate> dates = call(database::documentDates);
            try {
                correction.run();
            } catch (RuntimeException | Error failure) {
                takeBack(rows, dates, failure);
                throw failure;
            }
            return CorrectionChange.between(rows, call(database::correctionRows), dates, call(database::documentDates));
        } finally {
            revising.unlock();
        }
    }

    /** Puts back the rows and dates a failed correction stored before it failed, and merges their days again. */
    private void takeBack(List<CorrectionRow> rows, Map<Long, DocumentDate> dates, Throwable failure) {
        CorrectionChange stored;
        try {
            stored = CorrectionChange.between(rows, call(database::correctionRows), dates, call(database::documentDates));
            if (stored.isEmpty()) {
                return;
            }
            call(() -> database.restoreCorrections(stored.after(), stored.before(), stored.datesBefore()));
        } catch (RuntimeException | Error notTakenBack) {
            failure.addSuppressed(notTakenBack);
            return;
        }
        try {
            call(() -> merged(events.rebuild()));
        } catch (RuntimeException | Error notMerged) {
            // an earlier step of the correction may have merged what is now put back: the events are behind until a merge succeeds
            eventsBehind = StoreMessages.withoutFileName(file, firstLine(notMerged));
            failure.addSuppressed(notMerged);
        }
    }

    /**
     * Puts back what a correction changed ({@link #revise}): its rows as they were, instants
     * included, and the documents' dates; the events of the days they touch are merged again, so
     * they are what they were before it when nothing else changed since (decision 0034).
     */
    public EventRebuild undo(CorrectionChange change) {
        return restoring(() -> {
            database.restoreCorrections(change.after(), change.before(), change.datesBefore());
            return merged(events.rebuild());
        });
    }

    /** Makes an undone correction again, exactly as it was made ({@link #undo}'s converse). */
    public EventRebuild redo(CorrectionChange change) {
        return restoring(() -> {
            database.restoreCorrections(change.before(), change.after(), change.datesAfter());
            return merged(events.rebuild());
        });
    }

    /** One revision, undo or redo at a time: two at once would each take the other's rows for its own. */
    private EventRebuild restoring(StoreCall<EventRebuild> restore) {
        revising.lock();
        try {
            return call(restore);
        } finally {
            revising.unlock();
        }
    }

    /**
     * Whether undoing or redoing the change would still touch an event: it dated a document or
     * added or removed a clause (kept by its place in the text), or a stored event holds one of the
     * reports its rows are kept under. After an import or a new reading a report may be gone, and a
     * change of its rows would change nothing shown.
     */
    public boolean stillApplies(CorrectionChange change) {
        return !change.datesAfter().isEmpty() || change.addsOrRemovesClauses()
                || call(() -> database.holdsAnyReport(change.sourceIds()));
    }

    /**
     * What adding a clause of a paragraph as an event would add ({@link #addEvent}): the selection
     * when it lies inside one sentence (its blanks trimmed), else the sentence the selection starts
     * in (the paragraph's first with nothing selected); dated as the sentence says if one of its
     * expressions resolves, else as the document; labelled as the machine reads the clause.
     *
     * @param selection UTF-16 indices into the paragraph's text, possibly empty
     * @throws IllegalArgumentException when the document is undated (a date the analyst adds is
     *                                  merged among the dated documents' reports) or has no such
     *                                  paragraph, or the selection lies outside it or holds only blanks
     */
    public EventProposal proposeEvent(long documentId, int paragraph, TextSpan selection) {
        return call(() -> {
            AnalyzedDocument document = storedForEvents(documentId);
            Paragraph p = document.paragraph(paragraph).orElseThrow(() -> new IllegalArgumentException(
                    file + ": no paragraph " + paragraph + " in document " + documentId));
            if (selection.end() > p.span().length()) {
                throw new IllegalArgumentException(file + ": the selection " + selection + " is outside ¶" + paragraph);
            }
            TextSpan clause = clauseOf(document, p, selection.shift(p.span().start()));
            LocalDate documentDate = document.date().date();
            List<DateMention> mentions = dateExpressions.of(document.text(), documentDate,
                    document.sentences().stream().map(Sentence::span).toList());
            String key = DocumentInput.contentKey(document.text());
            DocumentInput input = new DocumentInput(key, OptionalLong.of(documentId), document, mentions);
            TimeValue date = pipeline.proposedDate(input, clause).orElse(TimeValue.day(documentDate));
            AddedReport draft = new AddedReport(EventIds.addedSourceId(key, clause), documentId, clause, date, "");
            String label = pipeline.readAdded(input, draft)
                    .map(Report::label).orElse("");
            return new EventProposal(documentId, clause, clause.of(document.text()), date, label);
        });
    }

    /**
     * Adds a clause of a document as a report of a happening the machine did not read, for good
     * (decision 0020): read as a dated clause is, dated {@code date}, labelled {@code label} (blank:
     * as the machine reads it), merged with what is reported on that date like any report. The
     * document is read again and the days of its reports before and after are merged. When it
     * merges into an event of other reports, a label written here becomes that event's label, as
     * if set with {@link #setEventLabel} (the analyst's words are not lost to the first report's).
     *
     * @param clause UTF-16 indices into the document's text, inside one sentence
     * @return the added report's source id ({@link #eventOfSource} finds its event)
     * @throws IllegalArgumentException when the document is undated or missing, the clause is
     *                                  blank, not inside one sentence or cuts a character in two,
     *                                  the label is over {@link #MAX_LABEL} characters, or the
     *                                  clause was added already with this date and label (added
     *                                  with another, it takes this one, the latest decision)
     */
    public String addEvent(long documentId, TextSpan clause, TimeValue date, String label) {
        if (label.strip().length() > MAX_LABEL) {
            throw new IllegalArgumentException("a label of at most " + MAX_LABEL + " characters, not " + label.strip().length());
        }
        AddedReport report = call(() -> {
            AnalyzedDocument document = storedForEvents(documentId);
            if (clause.end() > document.text().length() || clause.of(document.text()).isBlank()
                    || sentenceHolding(document, clause).isEmpty() || splitsACharacter(document.text(), clause)) {
                throw new IllegalArgumentException(file + ": the clause " + clause + " of document " + documentId
                        + " is not text inside one sentence");
            }
            return new AddedReport(EventIds.addedSourceId(DocumentInput.contentKey(document.text()), clause),
                    documentId, clause, date, label);
        });
        correct(() -> database.addReport(report), () -> "the clause " + clause + " of document " + documentId
                + " was added already, dated " + date.format());
        if (!label.isBlank()) {
            // merged into an event reported before, the label the analyst wrote is that event's, not only their clause's
            eventOfSource(documentId, report.sourceId()).flatMap(this::event)
                    .filter(event -> event.sources().size() > 1 && !event.label().equals(label.strip()))
                    .ifPresent(event -> setEventLabel(event.id(), label));
        }
        return report.sourceId();
    }

    /**
     * Removes the reports of an event that the analyst added ({@link #addEvent}), with the
     * decisions kept under them: their clauses are plain text again. Their documents are read
     * again and merged.
     *
     * @throws IllegalArgumentException when there is no such event or the analyst added none of its reports
     */
    public EventRebuild removeAddedReports(String eventId) {
        return correct(() -> database.removeAddedReports(eventId), () -> "no report the analyst added in event " + eventId);
    }

    /** Whether the analyst added a report ({@link #addEvent}); read once, test many. */
    public Predicate<EventSource> addedByAnalyst() {
        Set<String> added = call(() -> database.addedReports().stream().map(AddedReport::sourceId)
                .collect(Collectors.toUnmodifiableSet()));
        return s -> added.contains(s.sourceId());
    }

    /** A stored document as the events layer reads it; it must be dated. */
    private AnalyzedDocument storedForEvents(long documentId) {
        StoredDocument stored = database.document(documentId).orElseThrow(() -> new IllegalArgumentException(
                file + ": no document " + documentId));
        if (!stored.date().isDated()) {
            throw new IllegalArgumentException(file + ": document " + documentId
                    + " has no date; give it one before adding its events");
        }
        return EventIndex.analysed(database, stored);
    }

    /** Whether a span starts or ends between the two halves of a character (𠮷): it maps back to no text. */
    private static boolean splitsACharacter(String text, TextSpan span) {
        return betweenHalves(text, span.start()) || betweenHalves(text, span.end());
    }

    private static boolean betweenHalves(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1));
    }

    /**
     * The selection when it lies inside one sentence, without blanks or commas at its ends (nor a
     * full stop at its start), widened to whole characters, else the sentence it starts in.
     */
    private static TextSpan clauseOf(AnalyzedDocument document, Paragraph paragraph, TextSpan selection) {
        String text = document.text();
        int start = selection.start();
        int end = selection.end();
        if (betweenHalves(text, start)) {
            start--;
        }
        if (end > start && betweenHalves(text, end)) {
            end++;
        }
        while (start < end && (Character.isWhitespace(text.charAt(start)) || "、，,。".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || "、，,".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        TextSpan trimmed = new TextSpan(start, end);
        if (trimmed.length() > 0 && sentenceHolding(document, trimmed).isPresent()) {
            return trimmed;
        }
        return document.sentences().stream()
                .filter(s -> s.paragraphNumber() == paragraph.number() && s.span().end() > selection.start())
                .findFirst()
                .or(() -> document.sentences().stream().filter(s -> s.paragraphNumber() == paragraph.number()).findFirst())
                .map(Sentence::span)
                .orElseThrow(() -> new IllegalArgumentException("¶" + paragraph.number() + " holds no sentence"));
    }

    private static Optional<Sentence> sentenceHolding(AnalyzedDocument document, TextSpan clause) {
        return document.sentences().stream().filter(s -> s.span().contains(clause)).findFirst();
    }

    /** The id of the event a report of a document is part of now, if any (after a correction moved it). */
    public Optional<String> eventOfSource(long documentId, String sourceId) {
        return call(() -> database.eventOfSource(documentId, sourceId));
    }

    /** What of one event the analyst corrected, in the order of {@link AnalystCorrection}. */
    public Set<AnalystCorrection> corrections(Event event) {
        return call(() -> correctionsReader().apply(event));
    }

    /**
     * Every event the analyst corrected, with what of it, in the events' order: the 出来事 list
     * marks them. Reads the events' sources once (31 ms for the 244,823 of the 100 MB benchmark
     * project, 0.13 s the first time), and nothing when there are no corrections.
     */
    public Map<String, Set<AnalystCorrection>> correctedEvents() {
        return call(() -> {
            List<String> ids = database.eventsWithCorrections();
            if (ids.isEmpty()) {
                return Map.of();
            }
            Function<Event, Set<AnalystCorrection>> correctionsOf = correctionsReader();
            Map<String, Set<AnalystCorrection>> corrected = new LinkedHashMap<>();
            for (String id : ids) {
                database.event(id).map(correctionsOf).filter(c -> !c.isEmpty()).ifPresent(c -> corrected.put(id, c));
            }
            return Collections.unmodifiableMap(corrected);
        });
    }

    /** Reads each kind of correction once, and tells what of an event the analyst corrected. */
    private Function<Event, Set<AnalystCorrection>> correctionsReader() {
        Predicate<Event> dated = database.redatedByAnalyst();
        Predicate<Event> relabelled = database.relabelledByAnalyst();
        Predicate<Event> decided = database.decidedByAnalyst();
        Predicate<EventSource> keptApart = keptApartByAnalyst();
        Predicate<EventSource> joined = joinedByAnalyst();
        Predicate<EventSource> added = addedByAnalyst();
        return event -> {
            Set<AnalystCorrection> out = EnumSet.noneOf(AnalystCorrection.class);
            if (dated.test(event)) {
                out.add(AnalystCorrection.DATE);
            }
            if (relabelled.test(event)) {
                out.add(AnalystCorrection.LABEL);
            }
            if (decided.test(event)) {
                out.add(AnalystCorrection.BACKGROUND);
            }
            if (event.sources().stream().anyMatch(keptApart)) {
                out.add(AnalystCorrection.KEPT_APART);
            }
            if (event.sources().stream().anyMatch(joined)) {
                out.add(AnalystCorrection.JOINED);
            }
            if (event.sources().stream().anyMatch(added)) {
                out.add(AnalystCorrection.ADDED);
            }
            return out;
        };
    }

    /** Whether the analyst took a report out of the event it was merged into ({@link #keepApart}); read once, test many. */
    public Predicate<EventSource> keptApartByAnalyst() {
        Set<String> apart = call(database::keptApart);
        return s -> apart.contains(s.sourceId());
    }

    /** Whether the analyst joined a report's event to another ({@link #join}); read once, test many. */
    public Predicate<EventSource> joinedByAnalyst() {
        Map<String, String> joins = call(database::joins);
        return s -> joins.containsKey(s.sourceId());
    }

    /**
     * Whether the analyst dated an event ({@link #setEventDate}), or added a report of it, whose
     * date is the analyst's too ({@link #addEvent}); read once, test many.
     */
    public Predicate<Event> redatedByAnalyst() {
        Predicate<Event> redated = call(database::redatedByAnalyst);
        Predicate<EventSource> added = addedByAnalyst();
        return e -> redated.test(e) || e.sources().stream().anyMatch(added);
    }

    /**
     * Everything the analyst changed, each kind read once, as the JSON event list says it: the one
     * place the window's list export and the {@code events} command read it from.
     */
    public AnalystChanges analystChanges() {
        return new AnalystChanges(redatedByAnalyst(), relabelledByAnalyst(), decidedByAnalyst(), keptApartByAnalyst(),
                joinedByAnalyst(), addedByAnalyst());
    }

    /** The longest label an analyst may write: a headline, not a paragraph. */
    public static final int MAX_LABEL = 200;

    /** Whether the analyst wrote an event's label ({@link #setEventLabel}); read once, test many. */
    public Predicate<Event> relabelledByAnalyst() {
        return call(database::relabelledByAnalyst);
    }

    /** Whether the analyst decided an event's background flag ({@link #setEventBackground}); read once, test many. */
    public Predicate<Event> decidedByAnalyst() {
        return call(database::decidedByAnalyst);
    }

    /**
     * Merges the reports of every dated document again, replacing the stored events; documents
     * whose date changed since they were read are read again first.
     */
    public EventRebuild rebuildEvents() {
        return call(() -> merged(events.rebuild(new Cancellation(), true)));
    }

    /**
     * What the timeline draws of every event (background ones included), by start date: loads a
     * million events in about a second; read the whole event with {@link #events()} or on selection.
     */
    public List<EventSummary> eventSummaries() {
        return call(database::eventSummaries);
    }

    /**
     * What the timeline's first frame needs of every event, in the order of {@link #eventSummaries}
     * and about a third of its objects: a window draws these, then reads the summaries.
     */
    public List<EventOutline> eventOutlines() {
        return call(database::eventOutlines);
    }

    /** One event with its actors and every source (what selecting it shows), empty when there is no such event. */
    public Optional<Event> event(String id) {
        return call(() -> database.event(id));
    }

    /** Every actor the events name, with its aliases (lane and filter names for {@link EventSummary#actorKeys()}). */
    public List<Actor> actors() {
        return call(database::actors);
    }

    /** How many events the project holds (background ones included), without reading them. */
    public int eventCount() {
        return call(database::eventCount);
    }

    /** Every event of the project by start date, with its actors and sources (background ones included). */
    public List<Event> events() {
        return call(database::events);
    }

    /**
     * Every event as {@link #events} orders them, handed to {@code out} one by one and read a few
     * hundred at a time: a command printing a million events holds a few hundred, not all.
     */
    public void forEachEvent(Consumer<Event> out) {
        call(() -> {
            database.forEachEvent(out);
            return null;
        });
    }

    /**
     * The events with these ids, in the order given, handed to {@code out} one by one and read a few
     * hundred at a time; an id no longer in the project is skipped. A list of a few events reads
     * those alone.
     */
    public void forEachEvent(List<String> ids, Consumer<Event> out) {
        call(() -> {
            database.forEachEvent(ids, out);
            return null;
        });
    }

    /** Row id of each stored document by content hash: event sources name their documents by hash. */
    public Map<String, Long> documentIds() {
        return call(database::documentIdsByHash);
    }

    /** SQLite's own check of the file: "ok" when sound. */
    public String integrityCheck() {
        return call(database::integrityCheck);
    }

    @Override
    public void close() {
        database.close();
    }

    /**
     * Stores an analyst's correction and merges the days it left waiting; when the store refuses
     * it (nothing written), says {@code why} naming the file.
     */
    private EventRebuild correct(BooleanSupplier store, Supplier<String> why) {
        return call(() -> {
            if (!store.getAsBoolean()) {
                throw new IllegalArgumentException(file + ": " + why.get());
            }
            return merged(events.rebuild());
        });
    }

    private <T> T call(StoreCall<T> call) {
        try {
            return call.run();
        } catch (StoreException e) {
            throw new ProjectFailure(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface StoreCall<T> {
        T run() throws StoreException;
    }
}
