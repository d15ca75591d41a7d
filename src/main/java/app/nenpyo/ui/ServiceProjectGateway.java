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
import app.nenpyo.service.CorrectionChange;
import app.nenpyo.service.DocumentView;
import app.nenpyo.service.EventProposal;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportPreview;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ImportReport;
import app.nenpyo.service.OpeningProgress;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.UnreadDocument;
import app.nenpyo.service.ProjectService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/** The window's view of a project file, backed by the real {@link ProjectService}. */
public final class ServiceProjectGateway implements ProjectGateway {
    private final ProjectService service;

    private ServiceProjectGateway(ProjectService service) {
        this.service = service;
    }

    /** Opens (or creates) a project file. */
    public static ProjectGateway open(Path file) throws ProjectException {
        return open(file, OpeningProgress.NONE);
    }

    /** The same, telling {@code progress} of each document it reads again first. */
    public static ProjectGateway open(Path file, OpeningProgress progress) throws ProjectException {
        return open(file, progress, new Cancellation());
    }

    /** The same; {@code putOff} set stops reading again, and the project opens with the events it had. */
    public static ProjectGateway open(Path file, OpeningProgress progress, Cancellation putOff) throws ProjectException {
        return new ServiceProjectGateway(ProjectService.open(file, progress, putOff));
    }

    /** Opens an existing project to read only ({@link ProjectService#openReadOnly}). */
    public static ProjectGateway openReadOnly(Path file) throws ProjectException {
        return new ServiceProjectGateway(ProjectService.openReadOnly(file));
    }

    @Override
    public void renewLocks() throws ProjectException {
        service.renewLocks();
    }

    @Override
    public boolean readOnly() {
        return service.readOnly();
    }

    @Override
    public Path file() {
        return service.file();
    }

    @Override
    public Optional<String> eventsBehind() {
        return service.eventsBehind();
    }

    @Override
    public boolean readingPutOff() {
        return service.readingPutOff();
    }

    @Override
    public List<UnreadDocument> eventsUnread() {
        return service.eventsUnread();
    }

    @Override
    public List<StoredDocument> documents() {
        return service.documents();
    }

    @Override
    public DocumentView document(long id) {
        return service.document(id);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return service.search(query, limit);
    }

    @Override
    public SearchResults search(String query, int limit, int countAtMost) {
        return service.search(query, limit, countAtMost);
    }

    @Override
    public int countMatches(String query, int atMost) {
        return service.countMatches(query, atMost);
    }

    @Override
    public ImportPreview previewImport(List<Path> inputs, ImportProgress progress, Cancellation cancellation) {
        return service.preview(inputs, progress, cancellation);
    }

    @Override
    public ImportReport importFiles(List<Path> inputs, ImportOptions options, ImportProgress progress, Cancellation cancellation)
            throws ProjectException {
        return service.importFiles(inputs, options, progress, cancellation);
    }

    @Override
    public void setDocumentDate(long documentId, LocalDate date) {
        service.setDocumentDate(documentId, date);
    }

    @Override
    public void setEventBackground(String eventId, boolean background) {
        service.setEventBackground(eventId, background);
    }

    @Override
    public void setEventLabel(String eventId, String label) {
        service.setEventLabel(eventId, label);
    }

    @Override
    public void setEventDate(String eventId, Optional<TimeValue> date) {
        service.setEventDate(eventId, date);
    }

    @Override
    public void keepApart(String eventId, String sourceId) {
        service.keepApart(eventId, sourceId);
    }

    @Override
    public void mergeAgain(String eventId) {
        service.mergeAgain(eventId);
    }

    @Override
    public void join(String eventId, String otherId) {
        service.join(eventId, otherId);
    }

    @Override
    public boolean unjoin(String eventId) {
        return service.unjoin(eventId).analystDateKept();
    }

    @Override
    public EventProposal proposeEvent(long documentId, int paragraph, TextSpan selection) {
        return service.proposeEvent(documentId, paragraph, selection);
    }

    @Override
    public String addEvent(long documentId, TextSpan clause, TimeValue date, String label) {
        return service.addEvent(documentId, clause, date, label);
    }

    @Override
    public void removeAddedReports(String eventId) {
        service.removeAddedReports(eventId);
    }

    @Override
    public Revision revise(Runnable correction) {
        return new ServiceRevision(service, service.revise(correction));
    }

    /** A correction's rows and document dates before and after, put back by the service that read them. */
    private record ServiceRevision(ProjectService service, CorrectionChange change) implements Revision {
        @Override
        public void undo() {
            service.undo(change);
        }

        @Override
        public void redo() {
            service.redo(change);
        }

        @Override
        public boolean changedNothing() {
            return change.isEmpty();
        }

        @Override
        public boolean stillApplies() {
            return service.stillApplies(change);
        }
    }

    @Override
    public Optional<String> eventOfSource(long documentId, String sourceId) {
        return service.eventOfSource(documentId, sourceId);
    }

    @Override
    public Predicate<Event> redatedByAnalyst() {
        return service.redatedByAnalyst();
    }

    @Override
    public Set<AnalystCorrection> corrections(Event event) {
        return service.corrections(event);
    }

    @Override
    public Map<String, Set<AnalystCorrection>> correctedEvents() {
        return service.correctedEvents();
    }

    @Override
    public List<EventSummary> eventSummaries() {
        return service.eventSummaries();
    }

    @Override
    public List<EventOutline> eventOutlines() {
        return service.eventOutlines();
    }

    @Override
    public Optional<Event> event(String id) {
        return service.event(id);
    }

    @Override
    public void forEachEvent(Consumer<Event> out) {
        service.forEachEvent(out);
    }

    @Override
    public void forEachEvent(List<String> ids, Consumer<Event> out) {
        service.forEachEvent(ids, out);
    }

    @Override
    public int eventCount() {
        return service.eventCount();
    }

    @Override
    public Map<String, Long> documentIds() {
        return service.documentIds();
    }

    @Override
    public String text(long documentId) {
        return service.text(documentId);
    }

    @Override
    public AnalystChanges analystChanges() {
        return service.analystChanges();
    }

    @Override
    public List<Actor> actors() {
        return service.actors();
    }

    @Override
    public void close() {
        service.close();
    }
}
