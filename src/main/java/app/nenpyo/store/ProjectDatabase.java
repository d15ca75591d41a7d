package app.nenpyo.store;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Actor;
import app.nenpyo.domain.AddedReport;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventOutline;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.SearchResults;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TimeValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * An open project file ({@code .nenpyo}, one SQLite database).
 *
 * <p>Thread-safe for one writing thread and any number of reading threads: writes go through
 * one connection and reads through another, each used by one thread at a time. Under WAL a
 * reader sees the last committed state and neither blocks the other, so the window stays
 * responsive during an import.
 *
 * <p>Every failure is a {@link StoreException} whose message names the file and the reason.
 */
public final class ProjectDatabase implements AutoCloseable {

    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    /** The schema version this Nenpyo writes; a file with a higher one is refused. */
    public static final int SCHEMA_VERSION = SchemaMigrator.LATEST;

    private final Path file;
    /** Both opened again by {@link #renewLocks}, under both locks. */
    private Connection writer;
    private Connection reader;
    /** How the connections are opened again. */
    private final ConnectionPair connections;
    private final int schemaVersion;
    private final boolean readOnly;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private volatile boolean closed;
    /** The summaries last read, by page: read again after an import, only the pages it wrote are decoded. */
    private final SummaryPageCache summaryPages = new SummaryPageCache();
    /** The documents last listed and the data version then; read and written under the read lock. */
    private List<StoredDocument> listedDocuments;
    private long listedAtVersion;

    private ProjectDatabase(Path file, Connection writer, Connection reader, int schemaVersion, boolean readOnly,
                            ConnectionPair connections) {
        this.file = file;
        this.connections = connections;
        this.schemaVersion = schemaVersion;
        this.writer = writer;
        this.reader = reader;
        this.readOnly = readOnly;
    }

    /**
     * Loads SQLite ahead of the first {@link #open}, so a caller with time to spare (the window
     * while its toolkit starts) does not spend it opening the project; a failure here is left for
     * that open to report.
     */
    public static void warmUp() {
        try {
            Connections.warmUp();
        } catch (SQLException | RuntimeException | LinkageError e) {
            // the open that follows meets the same problem and says so with the file's name
        }
    }

    /**
     * Whether opening the file will upgrade it: a project file written by an older Nenpyo. False
     * for a file that does not exist yet, is not a project or cannot be read (opening says why).
     * Reads the file's header only, and never creates or changes it.
     */
    public static boolean needsUpgrade(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Connection c = Connections.readOnly(file)) {
            return SchemaMigrator.isOlderProject(c);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Opens a project file, creating it if it does not exist and upgrading an older one. */
    public static ProjectDatabase open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT);
    }

    /**
     * @param busyTimeout how long to wait for another process that is writing the file before
     *                    giving up with "the project is being written by another process"
     */
    public static ProjectDatabase open(Path file, Duration busyTimeout) {
        return open(file, busyTimeout, SCHEMA_VERSION);
    }

    /** Opens at an older schema version: only for tests that build old project files. */
    static ProjectDatabase open(Path file, Duration busyTimeout, int schemaVersion) {
        Path absolute = file.toAbsolutePath();
        ProjectFiles.checkBeforeOpen(absolute);
        ConnectionPair pair = new ConnectionPair(() -> Connections.writer(absolute, busyTimeout),
                () -> Connections.reader(absolute, busyTimeout), false);
        return opened(absolute, pair, false, writer -> SchemaMigrator.migrate(absolute, writer, schemaVersion));
    }

    @FunctionalInterface
    private interface Preparation {
        void run(Connection writer) throws SQLException;
    }

    /** The project's two connections as {@code pair} opens them, {@code prepare} run on the first; nothing left open on a failure. */
    private static ProjectDatabase opened(Path absolute, ConnectionPair pair, boolean readOnly, Preparation prepare) {
        Connection writer = null;
        try {
            writer = pair.writer().open();
            prepare.run(writer);
            return new ProjectDatabase(absolute, writer, pair.reader().open(), SchemaMigrator.version(writer), readOnly, pair);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw SqlErrors.toStoreException(absolute, e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    /**
     * Opens an existing project of this version to read only: nothing is created, upgraded or
     * written, and every write fails with "the project is open read-only". For a project file or
     * folder that cannot be written (a shared drive, an archive), or a colleague's project the
     * analyst wants to read without changing it.
     */
    public static ProjectDatabase openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        ProjectFiles.checkBeforeReadOnlyOpen(absolute);
        // without locks where SQLite could not make its files beside the project, or would make them as
        // another user than the owner's, who could then not write them: nothing is created
        Path real = realPath(absolute);
        boolean immutable = !ProjectFiles.canBeWritten(absolute) && !Files.exists(real.resolveSibling(real.getFileName() + "-wal"));
        ConnectionPair.Opening readOnly = () -> Connections.readOnlyProject(absolute, DEFAULT_BUSY_TIMEOUT, immutable);
        return opened(absolute, new ConnectionPair(readOnly, readOnly, immutable), true,
                writer -> SchemaMigrator.checkReadable(absolute, writer));
    }

    /** Whether an existing project can be written where it is (file and real folder); else it opens read-only. */
    public static boolean canBeWritten(Path file) {
        return ProjectFiles.canBeWritten(file);
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }

    /** Why a write to a project opened read-only fails (the window says it in its own words). */
    public static final String OPEN_READ_ONLY = "the project is open read-only";

    public Path file() {
        return file;
    }

    /**
     * Closes the project's connections and opens them again, so that SQLite takes its locks on the
     * file afresh; waits for a read or write under way. POSIX locks belong to the process: when
     * anything in it closes a descriptor of the project's files, as GTK's file chooser does when
     * it reads a folder (or its recent files) holding the project to tell what kind each file is,
     * every lock SQLite holds on them is gone without SQLite knowing, and another process closing
     * the project would then delete the write-ahead log still in use here (decision 0026). What
     * was committed stays: closing checkpoints it when no other process has the project open.
     */
    public void renewLocks() {
        writeLock.lock();
        readLock.lock();
        try {
            if (closed) {
                return;
            }
            closeQuietly(reader);
            writer.close();
            // whatever happens next, the old connections are gone
            closed = true;
            writer = connections.writer().open();
            try {
                reader = connections.reader().open();
            } catch (SQLException e) {
                closeQuietly(writer);
                throw e;
            }
            closed = false;
            // PRAGMA data_version counts for a connection: the new one's says nothing of the old one's
            listedDocuments = null;
        } catch (SQLException e) {
            throw SqlErrors.toStoreException(file, e);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    /** Whether it was opened read-only ({@link #openReadOnly}). */
    public boolean readOnly() {
        return readOnly;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Inserts a batch in one transaction (fast), each document under its own savepoint (atomic):
     * one result per document, in order. A document whose content is already stored is a
     * DUPLICATE and writes nothing; a document that does not fit its own text is FAILED and
     * leaves nothing behind; the others are stored. If the batch cannot be written at all
     * (another process is writing, disk full), nothing of it is stored and a StoreException is thrown.
     *
     * <p>Batches of a few hundred documents (some MB of text) import fastest: the search index
     * is written once per batch; a kill leaves the project as it was after the last whole batch.
     */
    public List<InsertResult> insertAll(List<AnalyzedDocument> batch) {
        return insertAll(batch.stream().map(HashedDocument::of).toList(), Collections.nCopies(batch.size(), Optional.empty()));
    }

    /**
     * The same, with what the events layer read in each document (saved with it, under its
     * savepoint; nothing is saved for a duplicate).
     *
     * @param reports one per document of the batch, in the same order
     */
    public List<InsertResult> insertAll(List<HashedDocument> batch, List<Optional<SavedReports>> reports) {
        if (reports.size() != batch.size()) {
            throw new IllegalArgumentException(reports.size() + " reports for " + batch.size() + " documents");
        }
        Instant importedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return write(connection -> {
            List<InsertResult> results = new ArrayList<>(batch.size());
            boolean searchIndexed = schemaVersion >= Migration2SearchIndex.VERSION;
            boolean keepsReports = schemaVersion >= Migration4IncrementalEvents.VERSION;
            try (DocumentWriter documents = new DocumentWriter(connection, searchIndexed, keepsReports, KeptDays.of(schemaVersion), keepsTextOnce())) {
                for (int i = 0; i < batch.size(); i++) {
                    results.add(documents.insert(batch.get(i), reports.get(i), importedAt));
                }
                documents.indexNewParagraphs();
            }
            boolean eventsTracked = schemaVersion >= Migration3Events.VERSION;
            if (eventsTracked && results.stream().anyMatch(r -> r.outcome() == InsertResult.Outcome.IMPORTED)) {
                EventTables.markStale(connection);
            }
            return results;
        });
    }

    /** Sets a document's date and where it came from (USER when the analyst chose it). */
    public void setDocumentDate(long id, DocumentDate date) {
        if (!write(connection -> updateDocumentDate(connection, id, date))) {
            throw new NoSuchElementException("no document " + id + " in " + file);
        }
    }

    /** Sets a document's date and its source; the events are stale. Whether there is such a document. */
    private boolean updateDocumentDate(Connection connection, long id, DocumentDate date) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE documents SET doc_date = ?, date_source = ?, date_evidence = ? WHERE id = ?")) {
            if (date.isDated()) {
                ps.setString(1, date.date().toString());
            } else {
                ps.setNull(1, Types.VARCHAR);
            }
            ps.setString(2, date.source().name());
            ps.setString(3, date.evidence());
            ps.setLong(4, id);
            int rows = ps.executeUpdate();
            if (rows > 0 && schemaVersion >= Migration3Events.VERSION) {
                EventTables.markStale(connection);
            }
            return rows > 0;
        }
    }

    /**
     * Every row of the analyst's corrections as stored now (decision 0034): what an undo of the
     * next correction puts back; none before migration 12.
     */
    public List<CorrectionRow> correctionRows() {
        return read(c -> CorrectionRows.read(c, CorrectionRows.tables(schemaVersion)));
    }

    /** Every document's date and where it came from, by id: what an undo of a document's date puts back. */
    public Map<Long, DocumentDate> documentDates() {
        return read(c -> {
            Map<Long, DocumentDate> dates = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, doc_date, date_source, date_evidence FROM documents")) {
                while (rs.next()) {
                    String date = rs.getString(2);
                    dates.put(rs.getLong(1), new DocumentDate(date == null ? null : LocalDate.parse(date),
                            DateSource.valueOf(rs.getString(3)), rs.getString(4)));
                }
            }
            return dates;
        });
    }

    /** Whether a stored event holds any of these reports (a correction kept under them still applies to something). */
    public boolean holdsAnyReport(Collection<String> sourceIds) {
        return read(c -> CorrectionRows.anyHeld(c, sourceIds));
    }

    /**
     * Puts the analyst's corrections back as they were or as they became (an undo or a redo,
     * decision 0034), in one transaction: the rows under the keys of {@code current} and
     * {@code wanted} become {@code wanted}, instants included, and each document in {@code dates}
     * takes that date and source. The days of the events holding those reports wait, their
     * documents' saved reports are outdated and the events stale, so the next merge makes what the
     * rows make, as after any correction.
     *
     * @return whether anything was written
     */
    public boolean restoreCorrections(Collection<CorrectionRow> current, Collection<CorrectionRow> wanted,
                                      Map<Long, DocumentDate> dates) {
        return write(c -> {
            boolean written = CorrectionRows.restore(c, current, wanted);
            for (Map.Entry<Long, DocumentDate> date : dates.entrySet()) {
                written |= updateDocumentDate(c, date.getKey(), date.getValue());
            }
            return written;
        });
    }

    /**
     * Every document, dated ones by date then id, then the undated, with tags and paragraph and
     * character counts. Read again only when a commit
     * happened since the last call ({@code PRAGMA data_version}): after an import the window lists
     * them for its document list and for its timeline.
     */
    public List<StoredDocument> documents() {
        return read(c -> {
            long version = dataVersion(c);
            if (listedDocuments == null || version != listedAtVersion) {
                listedDocuments = List.copyOf(new DocumentReader(c, keepsTextOnce()).documents());
                listedAtVersion = version;
            }
            return listedDocuments;
        });
    }

    /** A number that changes whenever another connection (the writer, or another process) commits. */
    private static long dataVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public Optional<StoredDocument> document(long id) {
        return read(c -> new DocumentReader(c, keepsTextOnce()).document(id));
    }

    /** The documents that need a date from the analyst, by id. */
    public List<StoredDocument> undated() {
        return read(c -> new DocumentReader(c, keepsTextOnce()).undated());
    }

    /** @throws NoSuchElementException if there is no such document */
    public String text(long id) {
        return read(c -> new DocumentReader(c, keepsTextOnce()).text(id));
    }

    public List<Paragraph> paragraphs(long id) {
        return read(c -> new DocumentReader(c, keepsTextOnce()).paragraphs(id));
    }

    public List<Sentence> sentences(long id) {
        return read(c -> new DocumentReader(c, keepsTextOnce()).sentences(id));
    }

    public int documentCount() {
        return read(c -> new DocumentReader(c, keepsTextOnce()).documentCount());
    }

    /**
     * Paragraphs matching the query, best first, at most {@code limit}. The query is split at
     * white space (ASCII and U+3000) into terms, and a paragraph matches when it contains every
     * term as a substring, Latin case ignored. Terms of 2 characters or more are looked up in the
     * trigram index and ranked by bm25 (score = -bm25, higher is better); a query with only
     * 1-character terms is answered by a plain scan in storage order (score 0). Highlights are
     * every occurrence of every term, sorted and merged.
     *
     * @param query the text as typed; searched literally (FTS syntax has no effect)
     */
    public List<SearchHit> search(String query, int limit) {
        return read(c -> new ParagraphSearch(c).search(query, limit));
    }

    /**
     * The same, with how many paragraphs match, counted no further than {@code countAtMost}, in
     * the same read (one count of the index, not one for the search and another for the analyst).
     */
    public SearchResults search(String query, int limit, int countAtMost) {
        return read(c -> new ParagraphSearch(c).search(query, limit, countAtMost));
    }

    /**
     * How many paragraphs {@link #search} would find with no limit, counted no further than
     * {@code atMost} (a common word matches much of a large project).
     */
    public int countMatches(String query, int atMost) {
        return read(c -> new ParagraphSearch(c).count(query, atMost));
    }

    /**
     * Replaces every event (and the actors they name) in one transaction: readers see the old set
     * or the new one. The transaction runs without SQLite's foreign-key checks: {@link EventTables}
     * writes only references it has checked itself (each source's document is looked up, actors
     * are written before their links, children deleted before their events), and the per-row
     * checks took a third of writing a hundred thousand events (two thirds of deleting them).
     */
    public void replaceEvents(List<Event> events) {
        replaceEvents(windows -> windows.accept(events));
    }

    /**
     * The same for events made a window of time at a time: {@code producer} hands each window's
     * events, in time order, to the consumer it is given, and each is written as it comes, in the
     * one transaction (which stays open, holding the write lock, while the producer works).
     */
    public void replaceEvents(Consumer<Consumer<List<Event>>> producer) {
        replaceEvents(MergedState.NONE, producer);
    }

    /** The same, recording in the same transaction what the merge that made the events came from. */
    public void replaceEvents(MergedState state, Consumer<Consumer<List<Event>>> producer) {
        replaceEvents(EventTables.Kept.NONE, state, producer);
    }

    /** What the last merge stored of how it resolved the actors ({@link MergedState#registry}); empty before any. */
    public Optional<byte[]> mergedRegistry() {
        if (!hasMergeState()) {
            return Optional.empty();
        }
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM merge_state WHERE name = 'actor_registry'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
            }
        });
    }

    /**
     * The same for the events starting on some days only: those starting on other days are kept
     * as they are (their actors written again as {@code actorOfKey} now gives them), and the
     * given documents are marked as merged into the events, in the same transaction.
     *
     * @param replacedDay the epoch days whose events {@code producer} gives (all of them)
     * @param actorOfKey  the actor with a key, for the actors the kept events name
     * @param merged      the documents whose saved reports the events now come from
     */
    public void replaceEvents(IntPredicate replacedDay, Function<String, Actor> actorOfKey, MergedState state,
                              Consumer<Consumer<List<Event>>> producer) {
        replaceEvents(new EventTables.Kept(replacedDay, actorOfKey), state, producer);
    }

    private void replaceEvents(EventTables.Kept kept, MergedState state, Consumer<Consumer<List<Event>>> producer) {
        writeLock.lock();
        try {
            requireOpen();
            setForeignKeys(false);
            try {
                write(c -> {
                    EventTables.Replacement replacement = new EventTables.Replacement(c, kept);
                    try {
                        producer.accept(events -> {
                            try {
                                replacement.add(events);
                            } catch (SQLException e) {
                                throw new WindowFailed(e);
                            }
                        });
                    } catch (WindowFailed e) {
                        throw e.getCause();
                    }
                    replacement.finish();
                    // a date, a report kept apart or a join stored since the merge read them: what
                    // it read again and the days it made are left for the next merge
                    boolean correctedMeanwhile = state.corrections() != null && hasAnalystMergeCorrections()
                            && !state.corrections().equals(MergeCorrections.read(c, schemaVersion));
                    if (!correctedMeanwhile) {
                        EventOverrides.reached(c, state.decidedDays());
                    }
                    if (EventOverrides.daysAwaited(c).length > 0) {
                        // a decision stored while this merge was planned: its day waits, so the events stay stale
                        EventTables.markStale(c);
                    }
                    ReportTable.saveAll(c, state.readAgain(), true, KeptDays.of(schemaVersion));
                    if (correctedMeanwhile) {
                        ReportTable.markOutdated(c, state.readAgain().keySet());
                        EventTables.markStale(c);
                    } else if (!state.unread().isEmpty()) {
                        ReportTable.markOutdated(c, state.unread());
                        EventTables.markStale(c);
                    }
                    ReportTable.markMerged(c, state.documents());
                    if (hasMergeState()) {
                        ReportTable.saveDays(c, state.reportDays(), KeptDays.of(schemaVersion));
                        storeRegistry(c, state.registry());
                    }
                    return null;
                });
            } finally {
                setForeignKeys(true);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private static void storeRegistry(Connection c, byte[] registry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(registry == null ? "DELETE FROM merge_state WHERE name = 'actor_registry'"
                : "INSERT OR REPLACE INTO merge_state (name, data) VALUES ('actor_registry', ?)")) {
            if (registry != null) {
                ps.setBytes(1, registry);
            }
            ps.executeUpdate();
        }
    }

    /** Carries a window's SQL failure out of the producer's callback. */
    private static final class WindowFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WindowFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** Takes effect outside a transaction only (SQLite ignores it inside one). */
    private void setForeignKeys(boolean on) {
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        } catch (SQLException e) {
            throw SqlErrors.toStoreException(file, e);
        }
    }

    /** Whether the events were merged from the reports of a document that has no date now. */
    public boolean mergedReportsOfUndatedDocuments() {
        return read(ReportTable::mergedButUndated);
    }

    /** Every dated document, by id, with the date and layout of the reports saved for it if any. */
    public List<DatedDocumentReports> datedDocumentReports() {
        return read(c -> ReportTable.dated(c, KeptDays.of(schemaVersion), hasAnalystMergeCorrections()));
    }

    /** Whether the schema keeps report days and the merge registry (migration 7). */
    private boolean hasMergeState() {
        return schemaVersion >= Migration7MergeState.VERSION;
    }

    /** Whether a document's text is kept once and its sentences in its row (migration 16). */
    private boolean keepsTextOnce() {
        return schemaVersion >= Migration16TextKeptOnce.VERSION;
    }

    /** Whether the schema keeps the analyst's dates and reports kept apart (migration 13). */
    private boolean hasAnalystMergeCorrections() {
        return schemaVersion >= Migration13DatesAndSplits.VERSION;
    }

    /** The reports saved for these documents (a few hundred at a time), by document id; documents without any are left out. */
    public Map<Long, SavedReports> savedReports(Collection<Long> documentIds) {
        return read(c -> ReportTable.saved(c, documentIds));
    }

    /**
     * Saves (or replaces) the reports of these documents, by document id, in one transaction.
     *
     * @param merged whether the stored events were merged from these very reports (a rebuild that
     *               read the documents again), so the next merge need not make their days again
     */
    public void saveReports(Map<Long, SavedReports> reports, boolean merged) {
        if (reports.isEmpty()) {
            return;
        }
        write(c -> {
            ReportTable.saveAll(c, reports, merged, KeptDays.of(schemaVersion));
            return null;
        });
    }

    /** What the timeline draws of every event, by start date then id: no spans, no merge reasons. */
    public List<EventSummary> eventSummaries() {
        return readSummaryPages(summaryPages::read);
    }

    /** What the timeline's first frame needs of every event, in the order of {@link #eventSummaries}. */
    public List<EventOutline> eventOutlines() {
        return readSummaryPages(EventSummaryPages::readOutlines);
    }

    private <T> List<T> readSummaryPages(SqlWork<List<T>> reader) {
        try {
            return read(reader);
        } catch (EventSummaryPages.UnreadablePages e) {
            // written by another version (or damaged): the event rows are the truth, write the pages again
            write(c -> {
                EventTables.rewritePages(c);
                return null;
            });
            return read(reader);
        }
    }

    /**
     * Keeps the analyst's decision that the event with this id is background ({@code true}: set
     * aside) or a happening ({@code false}: on the timeline), under every source id it has now,
     * and in the same transaction keeps the event's start day as waiting for it
     * ({@link #daysAwaitingDecisions}) and marks the events stale: if the merge that should follow
     * fails or is never run, the next opening or import makes that day again.
     *
     * @return false when there is no such event (nothing is written)
     */
    public boolean setEventBackground(String eventId, boolean background) {
        return correct(eventId, (c, sourceIds, at) -> EventOverrides.set(c, sourceIds, background, at));
    }

    /**
     * Keeps the analyst's label for the event with this id, under every source id it has now (a
     * blank label gives the extractor's back), with its day waiting and the events stale, as
     * {@link #setEventBackground} does.
     *
     * @return false when there is no such event (nothing is written)
     */
    public boolean setEventLabel(String eventId, String label) {
        return correct(eventId, (c, sourceIds, at) -> EventOverrides.setLabel(c, sourceIds, label, at));
    }

    /**
     * Gives the event with this id the analyst's date (empty: the dates its expressions resolved
     * to again), under every source id it has now, and in the same transaction marks the reports
     * saved for its documents outdated and the events stale: the next merge reads those documents
     * again with the date applied, and makes the days of their reports before and after
     * (decision 0017). If that merge fails or is never run, the next opening or import makes them.
     * The extracted dates given back to an event the analyst never dated write nothing.
     *
     * @return false when there is no such event (nothing is written)
     */
    public boolean setEventDate(String eventId, Optional<TimeValue> date) {
        return onEvent(eventId, (c, event, at) -> {
            if (EventDates.set(c, event, date, at)) {
                EventTables.markStale(c);
            }
            return true;
        });
    }

    /**
     * Takes a report out of the event with this id, for good (decision 0018): from the next merge
     * on it is an event of its own, with the decisions kept under it (the whole's label among
     * them, until the analyst relabels the part). In the same transaction the event's day waits
     * and the events are stale, as for {@link #setEventBackground}.
     *
     * @return false when there is no such event, the report is not one of its sources, or it is its only one
     */
    public boolean keepApart(String eventId, String sourceId) {
        return onEvent(eventId, (c, event, at) -> {
            if (event.sources().size() < 2 || event.sources().stream().noneMatch(s -> s.sourceId().equals(sourceId))) {
                return false;
            }
            // out of a join too, being the later decision (EventJoins#read); merged again, back in
            KeptApart.set(c, sourceId, at);
            awaitMerge(c, event);
            return true;
        });
    }

    /**
     * Lets the machine merge the reports of this event that were kept apart again; the decisions
     * kept under them stay, and in the event they join the latest decision among its reports
     * decides (decision 0016). Its day waits and the events are stale, in one transaction.
     *
     * @return false when there is no such event or none of its reports is kept apart
     */
    public boolean mergeAgain(String eventId) {
        return onEvent(eventId, (c, event, at) -> {
            if (KeptApart.clear(c, sourceIds(event)).isEmpty()) {
                return false;
            }
            awaitMerge(c, event);
            return true;
        });
    }

    /**
     * Joins two events the merge kept apart, for good (decision 0019): from the next merge on,
     * their reports are one event whatever the rules judge, and stay so through imports and
     * rebuilds; a report the machine merges into either later joins too. When their dates differ,
     * {@code other}'s reports take the date of {@code eventId}'s (an analyst's date, decision
     * 0017), since reports of different dates are never one event. In the same transaction both
     * events' days wait and the events are stale, as for the other corrections.
     *
     * @return false when either event is missing or they are the same event (nothing is written)
     */
    public boolean join(String eventId, String otherId) {
        return onEvent(eventId, (c, event, at) -> {
            Optional<Event> other = EventTables.one(c, otherId);
            if (other.isEmpty() || other.get().id().equals(event.id())) {
                return false;
            }
            boolean redated = !samePeriod(event.time(), other.get().time());
            if (redated && hasDatesBeforeJoins()) {
                // before the join's rows: a date an earlier join gave is told by their instant
                for (EventSource s : other.get().sources()) {
                    DatesBeforeJoins.keepAside(c, s);
                }
            }
            for (int day : EventJoins.join(c, event, other.get(), at)) {
                // a join taken in holds reports elsewhere too, one event there with this join's now
                EventOverrides.awaitDay(c, day);
            }
            if (redated) {
                EventDates.set(c, other.get(), Optional.of(event.time()), at);
            }
            awaitMerge(c, event);
            awaitMerge(c, other.get());
            return true;
        });
    }

    /** Reports of the same first and last day: what the merge may make one event. */
    private static boolean samePeriod(TimeValue a, TimeValue b) {
        return a.start().equals(b.start()) && a.end().equals(b.end());
    }

    /**
     * Undoes the joins of this event's reports: the rules merge them again, on their own dates.
     * The dates the join gave the reports of the event joined in go with it (the reports' saved
     * readings outdated, so the next merge reads their documents again), and a date the analyst
     * had given them before, which the join replaced, is theirs again as it was; a date the
     * analyst gave the event after the join stays, and so does a date given by an earlier join
     * this one took in. Its day waits and the events are stale, in one transaction.
     *
     * @return what was undone: nothing when there is no such event or none of its reports is joined,
     *         and whether a date of the analyst's stays on any of its reports
     */
    public JoinUndo unjoin(String eventId) {
        return write(c -> {
            Optional<Event> event = EventTables.one(c, eventId);
            // asked before anything is written: forgetting the join's dates needs its rows, and may write when there are none
            if (event.isEmpty() || !hasJoins() || !EventJoins.anyJoined(c, sourceIds(event.get()))) {
                return JoinUndo.NOTHING_JOINED;
            }
            EventDates.forgetGivenByJoin(c, event.get(), hasDatesBeforeJoins());
            EventJoins.clear(c, sourceIds(event.get()));
            awaitMerge(c, event.get());
            return new JoinUndo(true, EventDates.anyDated(c, event.get()));
        });
    }

    /**
     * Adds a clause as a report of a happening the machine did not read (decision 0020), or gives
     * one added before another date or label; in the same transaction marks the document's saved
     * reports outdated and the events stale, as {@link #setEventDate} does: the next merge reads
     * the document again with the clause, and makes the days of its reports before and after.
     *
     * @return false when the clause was added already with this date and label (nothing is written)
     */
    public boolean addReport(AddedReport report) {
        return write(c -> {
            if (!AddedReports.add(c, report, correctionTime())) {
                return false;
            }
            EventTables.markStale(c);
            return true;
        });
    }

    /**
     * Removes the reports of the event with this id that the analyst added, with the decisions
     * kept under them; their documents are read again by the next merge, as for
     * {@link #addReport}.
     *
     * @return false when there is no such event or the analyst added none of its reports
     */
    public boolean removeAddedReports(String eventId) {
        return onEvent(eventId, (c, event, at) -> {
            if (!hasAddedReports() || !AddedReports.remove(c, event)) {
                return false;
            }
            EventTables.markStale(c);
            return true;
        });
    }

    /**
     * The ids of the events holding a report the analyst corrected in any way (a date, a label,
     * background or not, taken out, joined, added), in the events' order: one pass over the
     * events' sources, and none when the analyst corrected nothing.
     */
    public List<String> eventsWithCorrections() {
        List<String> tables = new ArrayList<>(List.of("event_overrides", "event_labels"));
        if (hasAnalystMergeCorrections()) {
            tables.addAll(List.of("event_dates", "event_kept_apart"));
        }
        if (hasJoins()) {
            tables.add("event_joins");
        }
        if (hasAddedReports()) {
            tables.add("added_reports");
        }
        return read(c -> EventTables.holdingSources(c, tables));
    }

    /**
     * The reports of these documents that the analyst corrected (background or not, a label, a
     * date, taken out, joined), where the stored events hold them; none before migration 12.
     */
    public List<CorrectedReport> correctedReports(Set<Long> documentIds) {
        return read(c -> SourceRows.corrected(c, SourceRows.carriedTables(schemaVersion), documentIds));
    }

    /**
     * Copies the corrections kept under each old source id to its new one, where the new one has
     * none of that kind, in one transaction: the report a new reading of its document names
     * otherwise (its expression read longer) keeps what the analyst decided. Returns the old
     * source ids of which anything was copied.
     */
    public Set<String> carryCorrections(Map<String, String> newByOld) {
        return newByOld.isEmpty() ? Set.of() : write(c -> SourceRows.carry(c, SourceRows.carriedTables(schemaVersion), newByOld));
    }

    /** Every clause the analyst added as a report, by document and place in it. */
    public List<AddedReport> addedReports() {
        return hasAddedReports() ? read(AddedReports::read) : List.of();
    }

    /** Whether the schema keeps the clauses the analyst added as reports (migration 15). */
    private boolean hasAddedReports() {
        return schemaVersion >= Migration15AddedReports.VERSION;
    }

    /** The join of every report of the events the analyst joined, by source id. */
    public Map<String, String> joins() {
        return hasJoins() ? read(EventJoins::read) : Map.of();
    }

    /** Whether the schema keeps the analyst's dates a join replaced, for its undo to give back (migration 17). */
    private boolean hasDatesBeforeJoins() {
        return schemaVersion >= Migration17DatesBeforeJoins.VERSION;
    }

    /** Whether the schema keeps the events the analyst joined (migration 14). */
    private boolean hasJoins() {
        return schemaVersion >= Migration14EventJoins.VERSION;
    }

    /** The event's start day waits for a merge, and the events are stale: the next merge, or the next opening, makes the day. */
    private static void awaitMerge(Connection c, Event event) throws SQLException {
        EventOverrides.awaitDay(c, Math.toIntExact(event.time().start().toEpochDay()));
        EventTables.markStale(c);
    }

    /** The id of the event holding this report of this document now, if any. */
    public Optional<String> eventOfSource(long documentId, String sourceId) {
        return read(c -> EventTables.eventOfSource(c, documentId, sourceId));
    }

    /** The source ids of the reports the analyst keeps apart from every other. */
    public Set<String> keptApart() {
        return hasAnalystMergeCorrections() ? read(KeptApart::read) : Set.of();
    }

    /** The analyst's corrections a merge applies as it reads and merges reports ({@link MergeCorrections}). */
    public MergeCorrections mergeCorrections() {
        return read(c -> MergeCorrections.read(c, schemaVersion));
    }

    /** Every date the analyst gave an event, by the source id of each of its reports then. */
    public Map<String, TimeValue> eventDates() {
        return hasAnalystMergeCorrections() ? read(EventDates::read) : Map.of();
    }

    /** Whether the analyst dated each event. */
    public Predicate<Event> redatedByAnalyst() {
        Map<String, TimeValue> dates = eventDates();
        return e -> EventDates.dates(dates, e);
    }

    /** A correction stored under every source id of the event, in one transaction with its waiting day and the stale flag. */
    private boolean correct(String eventId, Correction correction) {
        return onEvent(eventId, (c, event, at) -> {
            correction.store(c, sourceIds(event), at);
            awaitMerge(c, event);
            return true;
        });
    }

    @FunctionalInterface
    private interface Correction {
        void store(Connection connection, List<String> sourceIds, Instant at) throws SQLException;
    }

    /** A correction of one event, in one write transaction, made at {@code at}; false when nothing was written. */
    @FunctionalInterface
    private interface EventCorrection {
        boolean apply(Connection connection, Event event, Instant at) throws SQLException;
    }

    /** Runs a correction on the stored event with this id; false, with nothing written, when there is none. */
    private boolean onEvent(String eventId, EventCorrection correction) {
        return write(c -> {
            Optional<Event> event = EventTables.one(c, eventId);
            return event.isPresent() && correction.apply(c, event.get(), correctionTime());
        });
    }

    /** When the last correction was made, in epoch milliseconds. */
    private static final AtomicLong LAST_CORRECTION = new AtomicLong();

    /**
     * Now, in milliseconds, and later than every correction made before in this process: the
     * latest decision decides (decision 0016), and two made within one millisecond (a report
     * joined, then taken out) must not tie.
     */
    private static Instant correctionTime() {
        return Instant.ofEpochMilli(LAST_CORRECTION.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis())));
    }

    private static List<String> sourceIds(Event event) {
        return event.sources().stream().map(EventSource::sourceId).toList();
    }

    /** Whether the analyst wrote each event's label. */
    public Predicate<Event> relabelledByAnalyst() {
        EventOverrides overrides = read(EventOverrides::read);
        return overrides::relabels;
    }

    /** Whether the analyst decided each event's background flag (set it aside or put it on the timeline). */
    public Predicate<Event> decidedByAnalyst() {
        EventOverrides overrides = read(EventOverrides::read);
        return overrides::decides;
    }

    /** The epoch days whose events an analyst's decision has not reached yet, sorted. */
    public int[] daysAwaitingDecisions() {
        return read(EventOverrides::daysAwaited);
    }

    /** One event with its actors and sources, reading only its own rows. */
    public Optional<Event> event(String id) {
        return read(c -> EventTables.one(c, id));
    }

    /** Every actor the events name, by key, with its aliases. */
    public List<Actor> actors() {
        return read(EventTables::actorList);
    }

    /** Every event by start date, with its actors and sources; sources name documents by content hash. */
    public List<Event> events() {
        return read(EventTables::all);
    }

    /** Every event as {@link #events} orders them, one by one, a few hundred read at a time. */
    public void forEachEvent(Consumer<Event> out) {
        read(c -> {
            EventTables.forEach(c, out);
            return null;
        });
    }

    /** The events with these ids, in the order given, one by one, a few hundred read at a time; an id not stored is skipped. */
    public void forEachEvent(List<String> ids, Consumer<Event> out) {
        read(c -> {
            EventTables.forEachOf(c, ids, out);
            return null;
        });
    }

    /**
     * Whether documents or their dates changed since the events were last replaced (an import or
     * a date change that committed before its rebuild ran, a file just upgraded).
     */
    public boolean eventsStale() {
        return read(EventTables::isStale);
    }

    /**
     * Whether some document's saved reports are of another layout than {@code format} (written
     * by an older version of the events layer): their events are not what this version reads.
     */
    public boolean hasReportsOtherThan(int format) {
        return read(c -> ReportTable.anyOtherFormat(c, format));
    }

    public int eventCount() {
        return read(EventTables::count);
    }

    /** Content hash → row id of every stored document (event sources name documents by hash). */
    public Map<String, Long> documentIdsByHash() {
        return read(EventTables::documentIdsByHash);
    }

    /** The result of {@code PRAGMA integrity_check}: "ok", or the problems found, one per line. */
    public String integrityCheck() {
        return read(c -> {
            if (schemaVersion >= Migration2SearchIndex.VERSION) {
                // The check reads the search index through the structure FTS5 cached on this
                // connection at its last search, which the writer may have changed since: a stale
                // cache is reported as corruption. Opening a cursor on the index refreshes it.
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT rowid FROM paragraph_trigrams WHERE rowid = 0")) {
                    rs.next();
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                List<String> lines = new ArrayList<>();
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
                return String.join("\n", lines);
            }
        });
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            if (!closed) {
                closed = true;
                closeQuietly(reader);
                // the writer closes last: as the last connection it checkpoints the WAL into the file
                writer.close();
            }
        } catch (SQLException e) {
            throw SqlErrors.toStoreException(file, e);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs work in one write transaction, taken at once (IMMEDIATE) so it never fails halfway for a lock. */
    private <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            requireOpen();
            if (readOnly) {
                throw new StoreException(file + ": " + OPEN_READ_ONLY);
            }
            try (Statement s = writer.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    T result = work.run(writer);
                    s.execute("COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(s);
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.toStoreException(file, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** How deep this thread is in {@link #read}s: guarded by {@code readLock}, which is reentrant. */
    private int readDepth;

    /**
     * Runs work in one read transaction, so that multi-query reads see one consistent state. The
     * work must not write: a write waits for the write lock, which {@link #close} takes before this
     * one (a consumer of {@link #forEachEvent} only reads or prints).
     */
    private <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            requireOpen();
            if (readDepth > 0) {
                // a read asked for while this thread reads (an event printed as it is read wants its
                // document's text): the same transaction, one snapshot
                return work.run(reader);
            }
            readDepth++;
            try (Statement s = reader.createStatement()) {
                s.execute("BEGIN");
                try {
                    return work.run(reader);
                } finally {
                    s.execute("COMMIT");
                }
            } finally {
                readDepth--;
            }
        } catch (SQLException e) {
            if (connections.immutable() && SqlErrors.primaryCode(e) == SQLITE_CORRUPT) {
                throw new StoreException(file + ": " + CHANGED_WHILE_READ, e);
            }
            throw SqlErrors.toStoreException(file, e);
        } finally {
            readLock.unlock();
        }
    }

    private static final int SQLITE_CORRUPT = 11;
    /** Why a project read without locks (a folder SQLite cannot write in) fails once another program writes it. */
    static final String CHANGED_WHILE_READ = "the project was changed by another program while it was open read-only; open it again";

    private void requireOpen() {
        if (closed) {
            throw new StoreException(file + ": the project is closed");
        }
    }

    private static void rollbackQuietly(Statement s) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the transaction is already gone (SQLite rolls back by itself on some errors)
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing or closing; the first error is the one to report
        }
    }
}
