package app.nenpyo.ui;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorAlias;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.service.AnalystCorrection;
import app.nenpyo.service.DocumentView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The source pane of the selected event: every source paragraph, each with its document's title
 * and date, the date expression marked as a hit and the event's actors marked as actors, why a
 * background event is kept off the timeline, and the event's merge reasons below. Each document is read once per event, off the UI thread.
 */
public final class SourcesViewModel {
    /** Alias surfaces shorter than this are not searched for (米, 王 would mark unrelated text). */
    private static final int MIN_ALIAS_LENGTH = 2;

    private record Loaded(List<SourceRow> rows, String footer, String background, Set<AnalystCorrection> corrections) {
    }

    private final ProjectGateway project;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper footer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper corrected = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper background = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper keptApart = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper joined = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper added = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** Counts requests so that a slow earlier load cannot overwrite a later one. */
    private long request;

    public SourcesViewModel(ProjectGateway project, TaskExecutor executor, Messages messages) {
        this.project = project;
        this.executor = executor;
        this.messages = messages;
    }

    public ObservableList<SourceRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The event's label and date, or empty when none is selected. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why the reports were taken for one event, one line per merge; empty for a single report. */
    public ReadOnlyStringProperty footerProperty() {
        return footer.getReadOnlyProperty();
    }

    /**
     * What of the event the analyst corrected ({@code 分析者が直した点：日付、見出し}), so that a
     * date or label on screen is not taken for the machine's reading; empty when nothing was.
     */
    public ReadOnlyStringProperty correctedProperty() {
        return corrected.getReadOnlyProperty();
    }

    /**
     * Why the extractor kept the event off the timeline, with the paragraphs that gave each reason
     * ({@code 背景とした理由：関連記事の一覧（¶12、¶13）}); empty for an event on the timeline.
     */
    public ReadOnlyStringProperty backgroundProperty() {
        return background.getReadOnlyProperty();
    }

    /** Whether a report of the event was taken out of the event it was merged into (it can be merged again). */
    public ReadOnlyBooleanProperty keptApartProperty() {
        return keptApart.getReadOnlyProperty();
    }

    /** Whether the analyst joined the event to another (the join can be undone). */
    public ReadOnlyBooleanProperty joinedProperty() {
        return joined.getReadOnlyProperty();
    }

    /** Whether the analyst added a report of the event (it can be taken back). */
    public ReadOnlyBooleanProperty addedProperty() {
        return added.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Shows the sources of {@code event}; null clears the pane. */
    public void show(Event event) {
        long mine = ++request;
        rows.clear();
        footer.set("");
        corrected.set("");
        background.set("");
        keptApart.set(false);
        joined.set(false);
        added.set(false);
        error.set("");
        if (event == null) {
            heading.set("");
            loading.set(false);
            return;
        }
        heading.set(event.label() + "  ·  " + messages.timeValue(event.time()));
        loading.set(true);
        executor.execute(() -> load(event), loaded -> {
            if (mine == request) {
                loading.set(false);
                rows.setAll(loaded.rows());
                footer.set(loaded.footer());
                corrected.set(CorrectionText.of(messages, loaded.corrections()));
                background.set(loaded.background());
                keptApart.set(loaded.corrections().contains(AnalystCorrection.KEPT_APART));
                joined.set(loaded.corrections().contains(AnalystCorrection.JOINED));
                added.set(loaded.corrections().contains(AnalystCorrection.ADDED));
            }
        }, e -> {
            if (mine == request) {
                loading.set(false);
                error.set(ErrorText.oneLine(e, messages));
            }
        });
    }

    private Loaded load(Event event) {
        Map<String, Long> idsByHash = new HashMap<>();
        if (event.sources().stream().anyMatch(s -> s.documentId().isEmpty())) {
            for (StoredDocument d : project.documents()) {
                idsByHash.put(d.contentHash(), d.id());
            }
        }
        Set<String> surfaces = surfaces(event);
        Map<Long, DocumentView> views = new HashMap<>();
        List<SourceRow> list = new ArrayList<>();
        // the merge names another document by the first characters of its key: the window by its title
        Map<String, String> titlesByKey = new HashMap<>();
        for (EventSource source : event.sources()) {
            long id = source.documentId().isPresent()
                    ? source.documentId().getAsLong()
                    : idsByHash.getOrDefault(source.documentKey(), -1L);
            if (id < 0) {
                continue;
            }
            DocumentView view = views.computeIfAbsent(id, project::document);
            Optional<Paragraph> found = paragraph(view, source);
            if (found.isEmpty()) {
                continue;
            }
            Paragraph paragraph = found.get();
            String text = view.paragraphText(paragraph);
            // a date carried from the sentence before (decision 0042) is marked when in this paragraph
            List<TextSpan> hits = source.marks().stream().flatMap(m -> clip(m, paragraph.span()).stream()).toList();
            StoredDocument document = view.document();
            String title = document.title().isBlank() ? document.origin() : document.title();
            titlesByKey.put(source.documentKey().substring(0, Math.min(MergeReasonText.KEY_PREFIX, source.documentKey().length())), title);
            list.add(new SourceRow(id, title, messages.date(document.date()), paragraph.number(),
                    Highlighted.of(text, hits, List.of(), find(text, surfaces)), source.expression(),
                    source.dateCarried() ? messages.format("sources.carriedDate", source.expressionText()) : source.expressionText(),
                    source.sourceId(), source.dateCarried(), source.marks()));
        }
        MergeReasonText reasons = new MergeReasonText(messages, titlesByKey);
        return new Loaded(list, String.join("\n", event.mergeReasons().stream().map(reasons::say).toList()),
                event.background() ? BackgroundReasonText.of(messages, event.sources()) : "", project.corrections(event));
    }

    /** The source's paragraph by number; failing that, the one holding its date expression. */
    private static Optional<Paragraph> paragraph(DocumentView view, EventSource source) {
        return view.paragraphs().stream().filter(p -> p.number() == source.paragraph()).findFirst()
                .or(() -> view.paragraphs().stream()
                        .filter(p -> p.span().start() <= source.expression().start()
                                && source.expression().start() < p.span().end())
                        .findFirst());
    }

    /** A document span made relative to a paragraph, cut to the paragraph; empty when they do not meet. */
    static Optional<TextSpan> clip(TextSpan documentSpan, TextSpan paragraph) {
        int start = Math.max(documentSpan.start(), paragraph.start());
        int end = Math.min(documentSpan.end(), paragraph.end());
        return start < end ? Optional.of(new TextSpan(start - paragraph.start(), end - paragraph.start())) : Optional.empty();
    }

    /** Every way the event's actors (and its place) are written, longest first. */
    private static Set<String> surfaces(Event event) {
        List<String> all = new ArrayList<>();
        for (Actor actor : event.actors()) {
            all.add(actor.name());
            for (ActorAlias alias : actor.aliases()) {
                if (alias.surface().length() >= MIN_ALIAS_LENGTH) {
                    all.add(alias.surface());
                }
            }
        }
        if (!event.place().isBlank()) {
            all.add(event.place());
        }
        all.removeIf(String::isBlank);
        all.sort(Comparator.comparingInt(String::length).reversed());
        return new LinkedHashSet<>(all);
    }

    /** Every occurrence of the surfaces in the text. */
    static List<TextSpan> find(String text, Set<String> surfaces) {
        List<TextSpan> spans = new ArrayList<>();
        for (String surface : surfaces) {
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length())) {
                spans.add(new TextSpan(at, at + surface.length()));
            }
        }
        return spans;
    }
}
