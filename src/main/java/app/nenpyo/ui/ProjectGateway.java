package app.nenpyo.ui;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.export.AnalystChanges;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.service.AnalystCorrection;
import app.nenpyo.domain.EventOutline;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.SearchResults;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.service.Cancellation;
import app.nenpyo.service.DocumentView;
import app.nenpyo.service.EventProposal;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportPreview;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ImportReport;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.UnreadDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * What the window needs from an open project. {@link ServiceProjectGateway} adapts the real
 * ProjectService; view model tests use an in-memory one, so they need no SQLite file.
 */
public interface ProjectGateway extends AutoCloseable {

    Path file();

    List<StoredDocument> documents();

    DocumentView document(long id);

    List<SearchHit> search(String query, int limit);

    /**
     * The best {@code limit} paragraphs matching the query and how many match, counted no further
     * than {@code countAtMost}: one search for the results list, its count found with it.
     */
    SearchResults search(String query, int limit, int countAtMost);

    /** How many paragraphs {@link #search} would find with no limit, counted no further than {@code atMost}. */
    int countMatches(String query, int atMost);

    /**
     * What importing these inputs would read (each document with its detected date, and a line
     * per unreadable input), storing nothing; slow for a big folder: call it off the UI thread.
     */
    ImportPreview previewImport(List<Path> inputs, ImportProgress progress, Cancellation cancellation);

    ImportReport importFiles(List<Path> inputs, ImportOptions options, ImportProgress progress, Cancellation cancellation)
            throws ProjectException;

    void setDocumentDate(long documentId, LocalDate date);

    /** The analyst's correction: sets an event aside as background (true) or puts it on the timeline (false), for good. */
    void setEventBackground(String eventId, boolean background);

    /** The analyst's correction: the event's label, for good; a blank one gives the extractor's back. */
    void setEventLabel(String eventId, String label);

    /** The analyst's correction: the event's date, for good; empty gives the dates its expressions resolved to back. */
    void setEventDate(String eventId, Optional<TimeValue> date);

    /** The analyst's correction: a report taken out of the event, an event of its own from now on. */
    void keepApart(String eventId, String sourceId);

    /** The analyst's correction undone: the event's reports kept apart are merged by the machine again. */
    void mergeAgain(String eventId);

    /**
     * The analyst's correction: two events the merge kept apart are one from now on, on the date
     * of {@code eventId}.
     */
    void join(String eventId, String otherId);

    /**
     * The analyst's correction undone: the event's joined reports are merged by the machine again.
     *
     * @return whether a date of the analyst's stays on any of its reports (the rules may still make them one event)
     */
    boolean unjoin(String eventId);

    /**
     * What adding a clause of a paragraph as an event would add (decision 0020): the selection
     * inside one sentence or the sentence it starts in, the date the sentence says or the
     * document's, and the machine's label for it; nothing is stored.
     *
     * @param selection UTF-16 indices into the paragraph's text, possibly empty
     */
    EventProposal proposeEvent(long documentId, int paragraph, TextSpan selection);

    /**
     * The analyst's correction: a clause the machine did not read as an event is a report of
     * one from now on, dated and labelled so (a blank label: the machine's reading).
     *
     * @return the added report's source id
     */
    String addEvent(long documentId, TextSpan clause, TimeValue date, String label);

    /** The analyst's correction undone: the reports of the event the analyst added are plain text again. */
    void removeAddedReports(String eventId);

    /**
     * Runs a correction (one of the above, or an added event with the label its event takes) and
     * returns what it changed, to undo and redo it exactly (decision 0034); slow: call it off the UI
     * thread, as the correction.
     */
    Revision revise(Runnable correction);

    /** The id of the event a report of a document is part of now, if any. */
    Optional<String> eventOfSource(long documentId, String sourceId);

    /** Whether the analyst dated each event; read once, test many. */
    Predicate<Event> redatedByAnalyst();

    /** What of this event the analyst corrected. */
    Set<AnalystCorrection> corrections(Event event);

    /** Every event the analyst corrected, by id, with what of it; empty when the analyst corrected nothing. */
    Map<String, Set<AnalystCorrection>> correctedEvents();

    /** What the timeline draws of every event, by start date, background ones included. */
    List<EventSummary> eventSummaries();

    /**
     * What the timeline's first frame needs of every event, in the order of {@link #eventSummaries}
     * (a project reads them from its summary pages with far fewer objects; this default outlines
     * the summaries).
     */
    default List<EventOutline> eventOutlines() {
        return eventSummaries().stream().map(EventOutline::of).toList();
    }

    /** One event whole (actors, every source, merge reasons); empty when it is gone. */
    Optional<Event> event(String id);

    /**
     * Every event whole, background ones included, in the order of {@link #eventSummaries}, handed
     * to {@code out} one by one (a project reads a few hundred at a time, so a million cost the
     * memory of a few hundred); slow for a big project: call it off the UI thread. An exception
     * {@code out} throws stops the reading and comes out of this call.
     */
    default void forEachEvent(Consumer<Event> out) {
        for (EventSummary summary : eventSummaries()) {
            event(summary.id()).ifPresent(out);
        }
    }

    /**
     * The events with these ids, in the order given, to {@code out} one by one; an id no longer in
     * the project is skipped (a project reads a few hundred at a time, and only these).
     */
    default void forEachEvent(List<String> ids, Consumer<Event> out) {
        ids.forEach(id -> event(id).ifPresent(out));
    }

    /** How many events the project holds, background ones included. */
    default int eventCount() {
        return eventSummaries().size();
    }

    /** Each document's id by content hash, as event sources name their documents. */
    default Map<String, Long> documentIds() {
        Map<String, Long> ids = new HashMap<>();
        documents().forEach(d -> ids.put(d.contentHash(), d.id()));
        return ids;
    }

    /** A document's whole text. */
    default String text(long documentId) {
        return document(documentId).text();
    }

    /** What the analyst changed of the events and their reports, read once, as the JSON event list says it. */
    AnalystChanges analystChanges();

    /** Why the events could not be brought up to date when the project was opened; empty when they are. */
    default Optional<String> eventsBehind() {
        return Optional.empty();
    }

    /** Whether the analyst put off reading the documents again when the project was opened: its events are those of before. */
    default boolean readingPutOff() {
        return false;
    }

    /**
     * Takes the database's locks on the project's files afresh, after a native file chooser may
     * have read them (decision 0026); nothing for a project kept in memory.
     */
    default void renewLocks() throws ProjectException {
    }

    /** Whether the project was opened read-only: it is read as it is, and nothing can be changed. */
    default boolean readOnly() {
        return false;
    }

    /** The documents whose events the last merge could not read. */
    default List<UnreadDocument> eventsUnread() {
        return List.of();
    }

    /** Every actor the events name (lane and filter names for {@link EventSummary#actorKeys()}). */
    List<Actor> actors();

    @Override
    void close();
}
