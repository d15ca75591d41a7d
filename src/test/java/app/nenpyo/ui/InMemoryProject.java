package app.nenpyo.ui;

import app.nenpyo.domain.TimeValue;
import app.nenpyo.domain.Actor;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.SearchResults;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.export.AnalystChanges;
import app.nenpyo.service.AnalystCorrection;
import app.nenpyo.service.Cancellation;
import app.nenpyo.service.DocumentView;
import app.nenpyo.service.EventProposal;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportPreview;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ImportReport;
import app.nenpyo.service.UnreadDocument;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A project held in memory: documents are split into paragraphs at blank lines, search finds
 * plain substrings. Imports and their previews are scripted by the test through {@link #onImport} and {@link #onPreview}.
 */
final class InMemoryProject implements ProjectGateway {

    @FunctionalInterface
    interface ImportScript {
        ImportReport run(List<Path> inputs, ImportOptions options, ImportProgress progress, Cancellation cancellation);
    }

    @FunctionalInterface
    interface PreviewScript {
        ImportPreview run(List<Path> inputs, ImportProgress progress, Cancellation cancellation);
    }

    private PreviewScript onPreview = (inputs, progress, cancellation) -> new ImportPreview(List.of(), List.of(), false);
    private final Map<Long, DocumentView> documents = new LinkedHashMap<>();
    private final List<ImportOptions> importOptions = new ArrayList<>();
    private int documentsRead;
    private int redatedAsked;
    private int queriesAsked;
    private int eventsRead;
    private ImportScript onImport = (inputs, options, progress, cancellation) ->
            new ImportReport(List.of(), List.of(), List.of(), false);
    private final List<Event> events = new ArrayList<>();
    private final Map<String, Set<AnalystCorrection>> corrections = new LinkedHashMap<>();
    private final Set<String> keptApart = new HashSet<>();
    private final Set<String> joined = new HashSet<>();
    private boolean closed;
    private String eventsBehind;

    /** As a project whose events could not be merged when it was opened, for this reason (null: they were). */
    InMemoryProject eventsBehind(String why) {
        eventsBehind = why;
        return this;
    }

    @Override
    public Optional<String> eventsBehind() {
        return Optional.ofNullable(eventsBehind);
    }

    private boolean readingPutOff;

    /** As a project whose documents the analyst did not let be read again when it was opened. */
    InMemoryProject readingPutOff(boolean putOff) {
        readingPutOff = putOff;
        return this;
    }

    @Override
    public boolean readingPutOff() {
        return readingPutOff;
    }

    private List<UnreadDocument> eventsUnread = List.of();

    /** As a project whose last merge could not read these documents' events. */
    InMemoryProject withEventsUnread(UnreadDocument... documents) {
        eventsUnread = List.of(documents);
        return this;
    }

    @Override
    public List<UnreadDocument> eventsUnread() {
        return eventsUnread;
    }

    InMemoryProject add(long id, String title, String text, DocumentDate date) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            ParagraphKind kind = text.substring(start, end).startsWith("http") ? ParagraphKind.HEADER : ParagraphKind.BODY;
            paragraphs.add(new Paragraph(number++, new TextSpan(start, end), kind));
            start = end + 2;
        }
        StoredDocument document = new StoredDocument(id, "/clips/" + id + ".txt", title, "hash" + id, "UTF-8",
                SourceFormat.TEXT, date, Instant.EPOCH, List.of(), paragraphs.size(), text.length());
        documents.put(id, new DocumentView(document, text, paragraphs, List.of()));
        return this;
    }

    InMemoryProject addEvent(Event event) {
        events.add(event);
        return this;
    }

    InMemoryProject onImport(ImportScript script) {
        this.onImport = script;
        return this;
    }

    InMemoryProject onPreview(PreviewScript script) {
        this.onPreview = script;
        return this;
    }

    List<ImportOptions> importOptions() {
        return importOptions;
    }

    boolean closed() {
        return closed;
    }

    @Override
    public Path file() {
        return Path.of("/tmp/test.nenpyo");
    }

    @Override
    public List<StoredDocument> documents() {
        documentsRead++;
        return documents.values().stream().map(DocumentView::document).toList();
    }

    @Override
    public DocumentView document(long id) {
        DocumentView view = documents.get(id);
        if (view == null) {
            throw new IllegalArgumentException("no document " + id);
        }
        return view;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        queriesAsked++;
        return find(query).stream().limit(limit).toList();
    }

    @Override
    public SearchResults search(String query, int limit, int countAtMost) {
        queriesAsked++;
        List<SearchHit> all = find(query);
        return new SearchResults(all.stream().limit(limit).toList(), Math.min(all.size(), countAtMost));
    }

    /** How many times every document was listed, and the events the analyst dated asked for (not counting {@link #analystChanges}). */
    int documentsRead() {
        return documentsRead;
    }

    int redatedAsked() {
        return redatedAsked;
    }

    /** How many times the project was searched or counted, each a query of the index in a real project. */
    int queriesAsked() {
        return queriesAsked;
    }

    private List<SearchHit> find(String query) {
        List<SearchHit> hits = new ArrayList<>();
        for (DocumentView view : documents.values()) {
            for (Paragraph paragraph : view.paragraphs()) {
                String text = view.paragraphText(paragraph);
                List<TextSpan> spans = new ArrayList<>();
                for (int at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length())) {
                    spans.add(new TextSpan(at, at + query.length()));
                }
                if (!spans.isEmpty()) {
                    hits.add(new SearchHit(view.document().id(), view.document().title(), view.document().date().value(), paragraph.number(), text, spans, spans.size()));
                }
            }
        }
        return hits;
    }

    @Override
    public int countMatches(String query, int atMost) {
        queriesAsked++;
        return Math.min(find(query).size(), atMost);
    }

    @Override
    public ImportPreview previewImport(List<Path> inputs, ImportProgress progress, Cancellation cancellation) {
        return onPreview.run(inputs, progress, cancellation);
    }

    @Override
    public ImportReport importFiles(List<Path> inputs, ImportOptions options, ImportProgress progress, Cancellation cancellation) {
        importOptions.add(options);
        return onImport.run(inputs, options, progress, cancellation);
    }

    @Override
    public void setEventBackground(String eventId, boolean background) {
        corrected(eventId, AnalystCorrection.BACKGROUND);
        events.replaceAll(e -> e.id().equals(eventId) ? e.withBackground(background) : e);
    }

    @Override
    public void setEventLabel(String eventId, String label) {
        corrected(eventId, AnalystCorrection.LABEL);
        events.replaceAll(e -> e.id().equals(eventId) ? e.withLabel(label.strip()) : e);
    }

    private void corrected(String eventId, AnalystCorrection what) {
        corrections.computeIfAbsent(eventId, id -> EnumSet.noneOf(AnalystCorrection.class)).add(what);
    }

    /** Records the correction; the events stay as they are (merging is the store's to do). */
    @Override
    public void keepApart(String eventId, String sourceId) {
        corrected(eventId, AnalystCorrection.KEPT_APART);
        keptApart.add(sourceId);
    }

    @Override
    public void mergeAgain(String eventId) {
        corrections.getOrDefault(eventId, EnumSet.noneOf(AnalystCorrection.class)).remove(AnalystCorrection.KEPT_APART);
    }

    /** Joins the events as the store would on one day: the first takes the other's sources, and the other is gone. */
    @Override
    public void join(String eventId, String otherId) {
        Event other = events.stream().filter(e -> e.id().equals(otherId)).findFirst().orElseThrow();
        events.remove(other);
        other.sources().forEach(source -> joined.add(source.sourceId()));
        events.replaceAll(e -> {
            if (!e.id().equals(eventId)) {
                return e;
            }
            List<EventSource> sources = new ArrayList<>(e.sources());
            sources.addAll(other.sources());
            return new Event(e.id(), e.time(), e.label(), e.actors(), e.place(), e.category(), sources, e.mergeReasons(),
                    e.background());
        });
        corrected(eventId, AnalystCorrection.JOINED);
    }

    /** Records that the join was undone; the events stay as they are (merging is the store's to do). */
    @Override
    public boolean unjoin(String eventId) {
        Set<AnalystCorrection> corrected = corrections.getOrDefault(eventId, EnumSet.noneOf(AnalystCorrection.class));
        corrected.remove(AnalystCorrection.JOINED);
        return corrected.contains(AnalystCorrection.DATE);
    }

    /** The paragraph's text as the clause, on the document's date, labelled with its first twenty characters. */
    @Override
    public EventProposal proposeEvent(long documentId, int paragraph, TextSpan selection) {
        DocumentView view = document(documentId);
        Paragraph p = view.paragraphs().get(paragraph - 1);
        String text = view.paragraphText(p);
        return new EventProposal(documentId, p.span(), text, TimeValue.day(view.document().date().value().orElseThrow()),
                text.substring(0, Math.min(20, text.length())));
    }

    /** An event of its own, with one source for the clause (its id "added-" and the clause's start). */
    @Override
    public String addEvent(long documentId, TextSpan clause, TimeValue date, String label) {
        String sourceId = "added-" + clause.start();
        EventSource source = new EventSource("hash" + documentId, OptionalLong.of(documentId), sourceId, 1, clause, clause,
                new TextSpan(clause.start(), clause.start()), "", "");
        events.add(new Event(sourceId, date, label.isBlank() ? clause.of(document(documentId).text()) : label,
                List.of(), "", app.nenpyo.domain.EventCategory.OTHER, List.of(source), List.of(), false));
        corrected(sourceId, AnalystCorrection.ADDED);
        return sourceId;
    }

    @Override
    public void removeAddedReports(String eventId) {
        events.removeIf(e -> e.id().equals(eventId) && corrections(e).contains(AnalystCorrection.ADDED));
    }

    /** The events and every correction recorded here, as they stand: what an undo or a redo puts back. */
    private record State(List<Event> events, Map<String, Set<AnalystCorrection>> corrections, Set<String> keptApart,
                         Set<String> joined, Map<Long, DocumentView> documents) {
    }

    private State state() {
        Map<String, Set<AnalystCorrection>> copied = new LinkedHashMap<>();
        corrections.forEach((id, what) -> copied.put(id, what.isEmpty() ? EnumSet.noneOf(AnalystCorrection.class) : EnumSet.copyOf(what)));
        return new State(List.copyOf(events), copied, Set.copyOf(keptApart), Set.copyOf(joined), new LinkedHashMap<>(documents));
    }

    private void restore(State state) {
        events.clear();
        events.addAll(state.events());
        corrections.clear();
        state.corrections().forEach((id, what) -> corrections.put(id, what.isEmpty() ? EnumSet.noneOf(AnalystCorrection.class)
                : EnumSet.copyOf(what)));
        keptApart.clear();
        keptApart.addAll(state.keptApart());
        joined.clear();
        joined.addAll(state.joined());
        documents.clear();
        documents.putAll(state.documents());
    }

    /** The whole recorded state before and after: exact, as the store's rows are. */
    @Override
    public Revision revise(Runnable correction) {
        State before = state();
        correction.run();
        State after = state();
        return new Revision() {
            @Override
            public void undo() {
                restore(before);
            }

            @Override
            public void redo() {
                restore(after);
            }

            @Override
            public boolean changedNothing() {
                return before.equals(after);
            }

            @Override
            public boolean stillApplies() {
                return true;
            }
        };
    }

    @Override
    public Optional<String> eventOfSource(long documentId, String sourceId) {
        return events.stream().filter(e -> e.sources().stream().anyMatch(s -> s.sourceId().equals(sourceId))).map(Event::id)
                .findFirst();
    }

    /** What the analyst changed as recorded here: events by their corrections, reports by the ids kept apart, joined or added. */
    @Override
    public AnalystChanges analystChanges() {
        return new AnalystChanges(e -> corrections(e).contains(AnalystCorrection.DATE), e -> corrections(e).contains(AnalystCorrection.LABEL),
                e -> corrections(e).contains(AnalystCorrection.BACKGROUND), s -> keptApart.contains(s.sourceId()),
                s -> joined.contains(s.sourceId()), s -> s.sourceId().startsWith("added-"));
    }

    @Override
    public Predicate<Event> redatedByAnalyst() {
        redatedAsked++;
        return e -> corrections(e).contains(AnalystCorrection.DATE);
    }

    @Override
    public Set<AnalystCorrection> corrections(Event event) {
        return corrections.getOrDefault(event.id(), EnumSet.noneOf(AnalystCorrection.class));
    }

    @Override
    public Map<String, Set<AnalystCorrection>> correctedEvents() {
        Map<String, Set<AnalystCorrection>> corrected = new LinkedHashMap<>();
        corrections.forEach((id, what) -> {
            if (!what.isEmpty()) {
                corrected.put(id, Set.copyOf(what));
            }
        });
        return corrected;
    }

    /** Dates the event; giving the extracted date back is not modelled here (it is the store's to know). */
    @Override
    public void setEventDate(String eventId, Optional<TimeValue> date) {
        corrected(eventId, AnalystCorrection.DATE);
        date.ifPresent(d -> events.replaceAll(e -> e.id().equals(eventId)
                ? new Event(e.id(), d, e.label(), e.actors(), e.place(), e.category(), e.sources(), e.mergeReasons(), e.background())
                : e));
    }

    @Override
    public void setDocumentDate(long documentId, LocalDate date) {
        DocumentView view = document(documentId);
        StoredDocument d = view.document();
        StoredDocument dated = new StoredDocument(d.id(), d.origin(), d.title(), d.contentHash(), d.encoding(), d.format(),
                DocumentDate.byUser(date), d.importedAt(), d.tags(), d.paragraphCount(), d.characterCount());
        documents.put(documentId, new DocumentView(dated, view.text(), view.paragraphs(), view.dates()));
    }

    @Override
    public List<EventSummary> eventSummaries() {
        return events.stream().map(e -> EventSummaries.of(e, this::documentIdOf)).toList();
    }

    /** How many times an event was asked for whole ({@link #event}). */
    int eventsRead() {
        return eventsRead;
    }

    /** The event with its sources' document ids filled in, as the store gives it. */
    @Override
    public Optional<Event> event(String id) {
        eventsRead++;
        return events.stream().filter(e -> e.id().equals(id)).findFirst().map(e -> new Event(e.id(), e.time(), e.label(),
                e.actors(), e.place(), e.category(), e.sources().stream().map(s -> new EventSource(s.documentKey(),
                        OptionalLong.of(documentIdOf(s)), s.sourceId(), s.paragraph(), s.sentence(), s.clause(), s.expression(),
                        s.expressionText(), s.background())).toList(), e.mergeReasons(), e.background()));
    }

    @Override
    public List<Actor> actors() {
        return events.stream().flatMap(e -> e.actors().stream()).distinct().toList();
    }

    private long documentIdOf(EventSource source) {
        if (source.documentId().isPresent()) {
            return source.documentId().getAsLong();
        }
        return documents.values().stream().filter(v -> v.document().contentHash().equals(source.documentKey()))
                .mapToLong(v -> v.document().id()).findFirst().orElse(-1);
    }

    /** Every event as added, whole (what the command line's catalog holds). */
    public List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        closed = true;
    }

    static DocumentDate fromFileName(LocalDate date) {
        return new DocumentDate(date, DateSource.FILE_NAME, "clip-" + date + ".txt");
    }
}
