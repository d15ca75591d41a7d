package app.nenpyo.ui;

import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.SourceParagraph;
import app.nenpyo.domain.StoredDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The filter pane's state: the actors, categories and documents of the loaded events with their
 * counts and ticks, a date range, and a text search over the source paragraphs. Every change
 * publishes a new {@link EventFilter}; the timeline shows only what passes it. The text search
 * runs off the UI thread (it queries the project's index) and only when asked, so the view can
 * wait for the analyst to stop typing.
 */
public final class FilterViewModel {
    /** Paragraphs a text search may match; more than any analyst's project holds for one phrase in practice. */
    static final int SEARCH_LIMIT = 20_000;

    private final ProjectGateway project;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<FacetRow> actors = FXCollections.observableArrayList();
    private final FilteredList<FacetRow> visibleActors = new FilteredList<>(actors);
    private final StringProperty actorQuery = new SimpleStringProperty(this, "actorQuery", "");
    private final ObservableList<FacetRow> categories = FXCollections.observableArrayList();
    private final ObservableList<FacetRow> documents = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LocalDate> earliest = new ReadOnlyObjectWrapper<>(this, "earliest");
    private final ReadOnlyObjectWrapper<LocalDate> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Optional<Set<EventFilter.ParagraphRef>>> paragraphs =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<EventFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", EventFilter.NONE);
    private final ObservableList<ActiveFilter> active = FXCollections.observableArrayList();
    /** Rows ticked in the view taken over ({@link #takeOver}), by the list they go to, until its rows come. */
    private final Map<ObservableList<FacetRow>, Set<String>> takenOver = new IdentityHashMap<>();
    // one read-only view each, made once: a fresh wrapper per call would drop its listeners when collected
    private final ObservableList<FacetRow> actorsView = FXCollections.unmodifiableObservableList(actors);
    private final ObservableList<FacetRow> visibleActorsView = FXCollections.unmodifiableObservableList(visibleActors);
    private final ObservableList<FacetRow> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final ObservableList<FacetRow> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ObservableList<ActiveFilter> activeView = FXCollections.unmodifiableObservableList(active);
    /** While rows are replaced or cleared in bulk, one filter is published at the end instead of one per tick. */
    private boolean updating;
    private long searchRequest;
    private long facetRequest;

    public FilterViewModel(ProjectGateway project, TaskExecutor executor, Messages messages) {
        this.project = project;
        this.executor = executor;
        this.messages = messages;
        actorQuery.addListener((o, old, query) -> {
            String needle = query.strip().toLowerCase(Locale.ROOT);
            visibleActors.setPredicate(needle.isEmpty() ? null : row -> row.label().toLowerCase(Locale.ROOT).contains(needle));
        });
        from.addListener(o -> publish());
        to.addListener(o -> publish());
        paragraphs.addListener(o -> publish());
        text.addListener((o, old, now) -> {
            if (now.isBlank()) {
                searchRequest++;
                paragraphs.set(Optional.empty());
            }
        });
    }

    /**
     * Takes the facets from freshly loaded events, keeping what was ticked when it still exists.
     * The counting runs on the executor (a million events take about half a second, which must not
     * delay the timeline's first frame); the lists change on the UI thread when it is done.
     *
     * @param actorName the name an actor key is shown by (must be safe to call off the UI thread)
     */
    public void update(List<EventSummary> events, List<StoredDocument> storedDocuments, Function<String, String> actorName) {
        long mine = ++facetRequest;
        List<EventSummary> snapshot = List.copyOf(events);
        executor.execute(() -> count(snapshot, storedDocuments, actorName), facets -> {
            if (mine == facetRequest) {
                apply(facets);
            }
        }, e -> {
            // the facets stay as they were; the timeline itself is unaffected
        });
    }

    /** What {@link #update} counts: events per actor name, category and document, and the first and last day. */
    private record Facets(Map<String, int[]> actors, int[] categories, Map<Long, int[]> documents,
                          List<StoredDocument> storedDocuments, LocalDate first, LocalDate last) {
    }

    private static Facets count(List<EventSummary> events, List<StoredDocument> storedDocuments, Function<String, String> actorName) {
        // plain loops and int[] counters: this runs once per load over up to a million events
        Map<String, int[]> actorCounts = new HashMap<>();
        int[] categoryCounts = new int[EventCategory.values().length];
        Map<Long, int[]> documentCounts = new HashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        for (EventSummary e : events) {
            List<String> who = e.actorKeys();
            for (int k = 0; k < who.size(); k++) {
                String name = actorName.apply(who.get(k));
                if (!namedBefore(who, k, name, actorName)) {
                    actorCounts.computeIfAbsent(name, n -> new int[1])[0]++;
                }
            }
            categoryCounts[e.category().ordinal()]++;
            List<SourceParagraph> reports = e.sources();
            for (int k = 0; k < reports.size(); k++) {
                long id = reports.get(k).documentId();
                if (!fromDocumentBefore(reports, k, id)) {
                    documentCounts.computeIfAbsent(id, n -> new int[1])[0]++;
                }
            }
            first = first == null || e.time().start().isBefore(first) ? e.time().start() : first;
            last = last == null || e.time().end().isAfter(last) ? e.time().end() : last;
        }
        return new Facets(actorCounts, categoryCounts, documentCounts, storedDocuments, first, last);
    }

    private void apply(Facets facets) {
        updating = true;
        try {
            replace(actors, facets.actors().entrySet().stream()
                    .map(a -> new FacetRow(a.getKey(), a.getKey(), a.getValue()[0]))
                    .sorted(Comparator.comparingInt(FacetRow::count).reversed().thenComparing(FacetRow::key))
                    .toList());
            List<FacetRow> categoryRows = new ArrayList<>();
            for (EventCategory c : EventCategory.values()) {
                if (facets.categories()[c.ordinal()] > 0) {
                    categoryRows.add(new FacetRow(c.name(), messages.get("category." + c.name()), facets.categories()[c.ordinal()]));
                }
            }
            replace(categories, categoryRows);
            replace(documents, facets.storedDocuments().stream().filter(d -> facets.documents().containsKey(d.id()))
                    .sorted(Comparator.comparing(StoredDocument::id))
                    .map(d -> new FacetRow(Long.toString(d.id()), d.title().isBlank() ? d.origin() : d.title(),
                            facets.documents().get(d.id())[0]))
                    .toList());
            earliest.set(facets.first());
            latest.set(facets.last());
        } finally {
            updating = false;
        }
        publish();
    }

    /** Whether an actor of this name came earlier in the list (an event counts once per actor). */
    private static boolean namedBefore(List<String> actorKeys, int k, String name, Function<String, String> actorName) {
        for (int j = 0; j < k; j++) {
            if (actorName.apply(actorKeys.get(j)).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an earlier report came from the same document (an event counts once per document). */
    private static boolean fromDocumentBefore(List<SourceParagraph> reports, int k, long id) {
        for (int j = 0; j < k; j++) {
            if (reports.get(j).documentId() == id) {
                return true;
            }
        }
        return false;
    }

    /** Runs the text search now (the view calls this once typing pauses, or on Enter). */
    public void searchText() {
        String query = text.get().strip();
        long mine = ++searchRequest;
        if (query.isEmpty()) {
            paragraphs.set(Optional.empty());
            return;
        }
        executor.execute(() -> project.search(query, SEARCH_LIMIT), hits -> {
            if (mine == searchRequest) {
                Set<EventFilter.ParagraphRef> refs = new LinkedHashSet<>();
                for (SearchHit hit : hits) {
                    refs.add(new EventFilter.ParagraphRef(hit.documentId(), hit.paragraphNumber()));
                }
                paragraphs.set(Optional.of(refs));
            }
        }, e -> {
            if (mine == searchRequest) {
                paragraphs.set(Optional.of(Set.of()));
            }
        });
    }

    /** Removes one active filter (a chip's ×). */
    public void remove(ActiveFilter filter) {
        updating = true;
        try {
            switch (filter.facet()) {
                case ACTOR -> untick(actors, filter.key());
                case CATEGORY -> untick(categories, filter.key());
                case DOCUMENT -> untick(documents, filter.key());
                case DATES -> {
                    from.set(null);
                    to.set(null);
                }
                case TEXT -> text.set("");
            }
        } finally {
            updating = false;
        }
        publish();
    }

    /** Clears every filter at once: all events show again. */
    public void clear() {
        updating = true;
        try {
            List.of(actors, categories, documents).forEach(rows -> rows.forEach(r -> r.chosenProperty().set(false)));
            actorQuery.set("");
            from.set(null);
            to.set(null);
            text.set("");
        } finally {
            updating = false;
        }
        publish();
    }

    /**
     * Takes over what another view of the same project had chosen (the window built again in
     * another language): its dates and text at once, its ticked actors, categories and documents
     * as their rows come.
     */
    void takeOver(FilterViewModel before) {
        takenOver.put(actors, keys(before.actors));
        takenOver.put(categories, keys(before.categories));
        takenOver.put(documents, keys(before.documents));
        from.set(before.from.get());
        to.set(before.to.get());
        if (!before.text.get().isBlank()) {
            text.set(before.text.get());
            searchText();
        }
    }

    private void replace(ObservableList<FacetRow> rows, List<FacetRow> fresh) {
        Set<String> ticked = new LinkedHashSet<>();
        rows.stream().filter(FacetRow::isChosen).forEach(r -> ticked.add(r.key()));
        Set<String> before = takenOver.remove(rows);
        if (before != null) {
            ticked.addAll(before);
        }
        for (FacetRow row : fresh) {
            row.chosenProperty().set(ticked.contains(row.key()));
            row.chosenProperty().addListener(o -> publish());
        }
        rows.setAll(fresh);
    }

    private static void untick(List<FacetRow> rows, String key) {
        rows.stream().filter(r -> r.key().equals(key)).forEach(r -> r.chosenProperty().set(false));
    }

    private void publish() {
        if (updating) {
            return;
        }
        Set<String> chosenActors = keys(actors);
        Set<EventCategory> chosenCategories = new LinkedHashSet<>();
        keys(categories).forEach(k -> chosenCategories.add(EventCategory.valueOf(k)));
        Set<Long> chosenDocuments = new LinkedHashSet<>();
        keys(documents).forEach(k -> chosenDocuments.add(Long.parseLong(k)));
        // a bound at the data's own edge filters nothing, so it is no filter
        Optional<LocalDate> lower = Optional.ofNullable(from.get()).filter(d -> earliest.get() == null || d.isAfter(earliest.get()));
        Optional<LocalDate> upper = Optional.ofNullable(to.get()).filter(d -> latest.get() == null || d.isBefore(latest.get()));
        filter.set(new EventFilter(chosenActors, chosenCategories, chosenDocuments, lower, upper, paragraphs.get()));
        active.setAll(describe(lower, upper));
    }

    private List<ActiveFilter> describe(Optional<LocalDate> lower, Optional<LocalDate> upper) {
        List<ActiveFilter> chips = new ArrayList<>();
        chosen(actors).forEach(r -> chips.add(new ActiveFilter(ActiveFilter.Facet.ACTOR, r.key(), r.label())));
        chosen(categories).forEach(r -> chips.add(new ActiveFilter(ActiveFilter.Facet.CATEGORY, r.key(), r.label())));
        chosen(documents).forEach(r -> chips.add(new ActiveFilter(ActiveFilter.Facet.DOCUMENT, r.key(), r.label())));
        if (lower.isPresent() || upper.isPresent()) {
            String a = lower.or(() -> Optional.ofNullable(earliest.get())).map(messages::date).orElse("");
            String b = upper.or(() -> Optional.ofNullable(latest.get())).map(messages::date).orElse("");
            chips.add(new ActiveFilter(ActiveFilter.Facet.DATES, "", a + " – " + b));
        }
        if (paragraphs.get().isPresent()) {
            chips.add(new ActiveFilter(ActiveFilter.Facet.TEXT, "", "「" + text.get().strip() + "」"));
        }
        return chips;
    }

    private static List<FacetRow> chosen(List<FacetRow> rows) {
        return rows.stream().filter(FacetRow::isChosen).toList();
    }

    private static Set<String> keys(List<FacetRow> rows) {
        Set<String> keys = new LinkedHashSet<>();
        chosen(rows).forEach(r -> keys.add(r.key()));
        return keys;
    }

    /** Every actor of the loaded events, most frequent first. */
    public ObservableList<FacetRow> actors() {
        return actorsView;
    }

    /** The actors whose name contains {@link #actorQueryProperty()} (all when it is blank). */
    public ObservableList<FacetRow> visibleActors() {
        return visibleActorsView;
    }

    public StringProperty actorQueryProperty() {
        return actorQuery;
    }

    public ObservableList<FacetRow> categories() {
        return categoriesView;
    }

    public ObservableList<FacetRow> documents() {
        return documentsView;
    }

    /** The first day of any loaded event; null before events are loaded. */
    public ReadOnlyObjectProperty<LocalDate> earliestProperty() {
        return earliest.getReadOnlyProperty();
    }

    /** The last day of any loaded event; null before events are loaded. */
    public ReadOnlyObjectProperty<LocalDate> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** The first day shown; null (or the earliest day) for no bound. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day shown; null (or the latest day) for no bound. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Words the source paragraphs must contain; applied by {@link #searchText()}. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<EventFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The filters in force, one chip each, in the pane's order. */
    public ObservableList<ActiveFilter> active() {
        return activeView;
    }
}
