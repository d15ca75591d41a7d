package app.nenpyo.ui;

import app.nenpyo.domain.EventSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;

/**
 * Everything one window shows for one open project: the document list, the reader, search,
 * import, and the status line. The parts are wired here so that an import or a new date
 * refreshes the list and the open document.
 */
public final class WindowViewModel implements AutoCloseable {
    private final ProjectGateway project;
    private final DocumentListViewModel documents;
    private final ReaderViewModel reader;
    private final SearchViewModel search;
    private final ImportViewModel imports;
    private final TaskExecutor executor;
    private final Messages messages;
    /** What the last export dialog of this window had chosen, for the next; null before one. */
    private ExportViewModel.Choices lastExport;
    private final TimelineViewModel timeline;
    private final SourcesViewModel sources;
    private final FilterViewModel filters;
    private final EventListViewModel eventList;
    private final StringBinding projectStatus;
    private final StringProperty openingAnother = new SimpleStringProperty(this, "openingAnother", "");
    private final ObjectProperty<Runnable> putOffOpening = new SimpleObjectProperty<>(this, "putOffOpening");
    /** This window's view, or the one of the same project that took it over (the window built again in another language). */
    private final ShownNow<WindowViewModel> showing = new ShownNow<>(this);
    /** The last event the reader was opened for: the selection passes through none while events are read again. */
    private String eventOpenedInReader;
    /** The analyst's count of choices when that event was opened: a later choice of it opens it again. */
    private long choiceOpened = -1;

    public WindowViewModel(ProjectGateway project, TaskExecutor executor, Messages messages) {
        this.project = project;
        this.executor = executor;
        this.messages = messages;
        this.documents = new DocumentListViewModel(project, executor, messages);
        this.reader = new ReaderViewModel(project, executor, messages);
        this.search = new SearchViewModel(project, executor, messages);
        this.imports = new ImportViewModel(project, executor, messages, this::projectChanged);
        this.timeline = new TimelineViewModel(project, executor, messages);
        this.sources = new SourcesViewModel(project, executor, messages);
        this.filters = new FilterViewModel(project, executor, messages);
        this.eventList = new EventListViewModel(timeline, executor, messages);
        // an event set aside from the list gives its place to the row after it there, however the list is sorted
        timeline.walkInOrderOf(eventList::rows);
        // the facets follow the loaded events; the timeline follows the facets
        timeline.events().addListener((ListChangeListener<EventSummary>) change ->
                filters.update(timeline.events(), timeline.documents(), timeline.actorNames()));
        timeline.filterProperty().bind(filters.filterProperty());
        timeline.selectedEventProperty().addListener((o, old, event) -> sources.show(event));
        // choosing an event opens its first report in the reader, at its paragraph, the date expression marked;
        // events read again (a date set, an import, a correction) select the same event anew, which must
        // not take the reader away from the document the analyst went on to
        timeline.selectedEventProperty().addListener((o, old, event) -> {
            if (event != null && (!event.id().equals(eventOpenedInReader) || timeline.choices() != choiceOpened)) {
                eventOpenedInReader = event.id();
                choiceOpened = timeline.choices();
                if (!timeline.sources().isEmpty()) {
                    TimelineViewModel.SourceRef first = timeline.sources().get(0);
                    reader.openMarking(first.documentId(), first.paragraph(), first.marks());
                }
            }
        });
        // the latest message wins: a correction's result replaces what the last import said
        timeline.noticeProperty().addListener((o, was, notice) -> {
            if (!notice.isEmpty()) {
                imports.dismissStatus();
            }
        });
        // a document's date undone or redone shows in the list and the reader too (the timeline reads itself again)
        timeline.onReplayed(entry -> {
            if (entry.kind() == CorrectionKind.DOCUMENT_DATE) {
                documents.refresh();
                reader.reload();
            }
        });
        // nothing is undone while an import writes to the project, nor in one open read-only
        timeline.history().heldProperty().bind(Bindings.createBooleanBinding(
                () -> project.readOnly() || imports.stateProperty().get().active(), imports.stateProperty()));
        timeline.onOpenSource(opening -> reader.openMarking(opening.source().documentId(), opening.source().paragraph(),
                opening.source().marks()));
        String fileName = String.valueOf(project.file().getFileName());
        this.projectStatus = Bindings.createStringBinding(
                () -> messages.format("status.project", fileName, documents.rows().size()),
                documents.rows());
    }

    /**
     * What the window says while another project opens in its place (which can take a while: a
     * million events, or a project this version upgrades); empty otherwise.
     */
    public StringProperty openingAnotherProperty() {
        return openingAnother;
    }

    /**
     * What puts off reading the documents of the project opening in this one's place again (the
     * project then opens with the events it had); null when nothing is being read again.
     */
    public ObjectProperty<Runnable> putOffOpeningProperty() {
        return putOffOpening;
    }

    public DocumentListViewModel documents() {
        return documents;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public SearchViewModel search() {
        return search;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    /** The selected event's source paragraphs. */
    public SourcesViewModel sources() {
        return sources;
    }

    /** The list of the events the timeline shows, one selection with it. */
    public EventListViewModel eventList() {
        return eventList;
    }

    /** Opens a source row's document in the reader at its paragraph, the date expression marked. */
    public void openSource(SourceRow row) {
        reader.openMarking(row.documentId(), row.paragraph(), row.marks());
    }

    /** The filter pane: which actors, categories, documents, days and words the timeline keeps. */
    public FilterViewModel filters() {
        return filters;
    }

    public ProjectGateway project() {
        return project;
    }

    /**
     * Whether the project is open read-only: nothing in it can be changed (imported, dated,
     * corrected), and the window offers nothing that would. The one place the window asks.
     */
    public boolean readOnly() {
        return project.readOnly();
    }

    /**
     * Takes over what another view of the same project showed (the window built again in another
     * language): the document read, the selected event, the filters, the search, background dates and the era row,
     * and the import under way (which may be reading every document again): its progress shows
     * here, and its end refreshes this window, as does the end of a document date or a correction
     * the other one was storing.
     */
    public void takeOver(WindowViewModel before) {
        before.showing.passTo(showing);
        // the document the analyst was reading stays, and the selected event, followed, does not take its place
        reader.takeOver(before.reader);
        eventOpenedInReader = before.eventOpenedInReader;
        choiceOpened = timeline.choices();
        timeline.takeOver(before.timeline);
        filters.takeOver(before.filters);
        search.takeOver(before.search);
        imports.takeOver(before.imports);
    }

    /** What the last export dialog of this window had chosen; empty before one. */
    public Optional<ExportViewModel.Choices> lastExport() {
        return Optional.ofNullable(lastExport);
    }

    public void rememberExport(ExportViewModel.Choices choices) {
        lastExport = choices;
    }

    /**
     * After a native file chooser: the project takes its locks on its files afresh, off the UI
     * thread. GTK's chooser reads the files it lists (the project's among them, in its folder or
     * its recent files), and closing them drops the process's locks (decision 0026).
     */
    public void renewLocks() {
        executor.execute(() -> {
            project.renewLocks();
            return null;
        }, done -> { }, timeline::showFailure);
    }

    /** "demo.nenpyo · 12 documents". */
    public StringBinding projectStatus() {
        return projectStatus;
    }

    public void load() {
        documents.refresh();
        timeline.refresh();
    }

    /** Stores the analyst's date for a document; the date it has already is not stored again, which would make it the analyst's. */
    public void setDocumentDate(long documentId, LocalDate date) {
        if (documents.row(documentId).flatMap(DocumentRow::dateValue).filter(date::equals).isPresent()) {
            return;
        }
        // reading the document again and merging its days takes a moment on a large project: the status bar says so,
        // in the window that shows the project until it is done (it may be built again in another language meanwhile)
        String title = documents.row(documentId).map(DocumentRow::title).orElse("");
        Function<Messages, String> dating = m -> m.format("status.datingDocument", title);
        timeline.announceWork(dating);
        documents.setDate(documentId, date, revision -> showing.get().ifPresent(shown -> {
            // the window built again in another language meanwhile shows the document dated
            shown.timeline.recordCorrection(new CorrectionHistory.Entry(CorrectionKind.DOCUMENT_DATE, title, revision,
                    Optional.empty(), Optional.empty()));
            shown.documentDated(documentId);
            shown.timeline.workDone(dating, shown.messages.format("status.documentDated", title, shown.messages.date(date)));
        }), e -> showing.get().ifPresent(shown -> {
            shown.timeline.workDone(dating, "");
            shown.timeline.showFailure(e);
        }));
    }

    /** Shows a document's new date: in the list, in the reader when it is open there, and on the timeline. */
    private void documentDated(long documentId) {
        documents.refresh();
        if (reader.documentIdProperty().get() == documentId) {
            reader.reload();
        }
        timeline.refresh();
    }

    private void projectChanged() {
        // the events may have changed: a correction whose reports are gone would undo nothing shown
        timeline.forgetCorrectionsGone();
        documents.refresh();
        timeline.refresh();
        if (!search.queryProperty().get().isBlank()) {
            search.search();
        }
    }

    /**
     * Closes the project; a running import is asked to stop first (it keeps what it finished). What
     * this window, or one it took over, began and has not ended ends in no window, and asks the
     * closed project nothing.
     */
    @Override
    public void close() {
        imports.close();
        timeline.close();
        showing.close();
        project.close();
    }
}
