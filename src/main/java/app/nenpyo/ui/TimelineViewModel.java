package app.nenpyo.ui;

import app.nenpyo.service.AnalystCorrection;
import app.nenpyo.service.UnreadDocument;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventOutline;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.export.LaneGrouping;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.timeline.LaneSpec;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineIndex;
import app.nenpyo.timeline.TimelineItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the timeline shows: the project's events (background ones left out) as
 * {@link TimelineItem}s whose id is the event's position in {@link #events()}, their index, the
 * lanes, the visible time scale, the selected event and its sources. Loads off the UI thread.
 * Holds no JavaFX node: the {@link TimelineView} paints it, tests drive it directly.
 *
 * <p>It holds every event's {@link EventSummary} (what is drawn, hovered, filtered and counted)
 * and reads the whole {@link Event} of the selected one only, so a project of a million events
 * opens in about a second within a few hundred megabytes.
 */
public final class TimelineViewModel {
    /** Pixels left free at each side when fitting events into the view. */
    static final double FIT_MARGIN = 40;
    /** Width assumed until the view reports its own. */
    private static final double INITIAL_WIDTH = 1000;

    /** One report of the selected event, resolved to a stored document. */
    public record SourceRef(long documentId, String documentTitle, int paragraph, TextSpan expression,
                            String expressionText, List<TextSpan> marks) {
    }

    /**
     * A report to open in the reader, and whether its opening waited for the events to be read (a
     * double click or Enter on an item drawn before its event was known): the analyst may have gone
     * on to something else since.
     */
    public record SourceOpening(SourceRef source, boolean waited) {
    }

    /** What a load read; {@code events} is null when only the outlines were read (the first frame of a project). */
    private record Loaded(List<EventSummary> events, Map<Long, StoredDocument> documentsById, Map<String, Actor> actorsByKey,
                          Built built, List<EventOutline> outlines, Map<String, Set<AnalystCorrection>> corrected) {
    }

    /**
     * The summaries read after the outlines, whether they are of the same events in the same
     * order, and the events the analyst corrected.
     */
    private record Summaries(List<EventSummary> events, boolean outlined, Map<String, Set<AnalystCorrection>> corrected) {
    }

    /** Items and their index for one lane mode and filter. */
    private record Built(List<TimelineItem> items, TimelineIndex index, Extent extent, LaneMode mode, EventFilter filter) {
    }

    /** The time every event of the project covers, filtered or not: what the overview band spans. */
    public record Extent(long from, long to) {
        static final Extent NONE = new Extent(0, TimeScale.DAY);
    }

    private final ProjectGateway project;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<EventSummary> events = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<TimelineItem>> items = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<TimelineIndex> index = new ReadOnlyObjectWrapper<>(TimelineIndex.of(List.of()));
    private final ReadOnlyObjectWrapper<LaneSpec> laneSpec = new ReadOnlyObjectWrapper<>(LaneSpec.none());
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(LaneMode.NONE);
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(EventFilter.NONE);
    private final ReadOnlyObjectWrapper<Extent> extent = new ReadOnlyObjectWrapper<>(Extent.NONE);
    private final BooleanProperty showEra = new SimpleBooleanProperty(this, "showEra");
    private final BooleanProperty showBackground = new SimpleBooleanProperty(this, "showBackground");
    private final List<Consumer<SourceOpening>> sourceOpeners = new ArrayList<>();
    private final ReadOnlyBooleanWrapper openingWaits = new ReadOnlyBooleanWrapper(this, "openingWaits");
    private final ReadOnlyObjectWrapper<TimeScale> scale = new ReadOnlyObjectWrapper<>(
            new TimeScale(0, TimeScale.DAY, INITIAL_WIDTH, TimeScale.TOKYO));
    private final ReadOnlyObjectWrapper<Long> selectedId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Event> selectedEvent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<String, Set<AnalystCorrection>>> corrected = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<SourceRef> sources = FXCollections.observableArrayList();
    // made once: a fresh read-only wrapper per call would lose the listeners put on it when collected
    private final ObservableList<EventSummary> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ObservableList<SourceRef> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /**
     * What the analyst's last correction did, for the status line: said for {@link Notices#LIFETIME},
     * until the next notice, or until the analyst chooses another event; what is being done is said until it is done.
     */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final Notices notices;
    /** The corrections made in this window (and the one it took over), to undo and redo. */
    private final CorrectionHistory history;
    /** Told of each correction undone or redone, once it is stored (the window reads a document's date again). */
    private final List<Consumer<CorrectionHistory.Entry>> replayedListeners = new ArrayList<>();
    /**
     * What the window is doing for the project (a document being dated), each in any language: said
     * until it is done, the latest begun first, whatever else comes and goes meanwhile.
     */
    private final List<Function<Messages, String>> works = new ArrayList<>();
    /** Whether any of {@link #works} is under way. */
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    /** While the corrections an import took the reports of are looked for ({@link #forgetCorrectionsGone}). */
    private final BooleanProperty pruning = new SimpleBooleanProperty(this, "pruning");
    private Map<Long, StoredDocument> documentsById = Map.of();
    /**
     * The event to select when the events are next shown (the one a correction moved the selected
     * report into), or {@code otherwise} when that one is not shown (an event set aside), unless
     * the analyst has chosen since the correction began: {@code choices} is the count of choices then.
     */
    private record Follow(String eventId, String otherwise, long choices, boolean reveal) {
    }

    private Follow follow;
    /**
     * The order the analyst walks the events in (the 出来事 list's, sorted as they sorted it), for the
     * event to select when the selected one leaves the timeline; the timeline's own until told.
     */
    private Supplier<List<TimelineItem>> walkOrder = this::timelineOrder;
    /** How many times the analyst chose an event (or none). */
    private long choices;
    /** This view, or the one of the same project that took it over (the window built again in another language). */
    private final ShownNow<TimelineViewModel> showing = new ShownNow<>(this);
    /** {@link #choices} when this one took another over: the other's corrections follow their event unless the analyst chose since. */
    private long choicesAtTakeOver;
    private Map<String, Actor> actorsByKey = Map.of();
    /** Until the view has a width (and after every load), the first width fits all events. */
    private boolean fitPending = true;
    private boolean widthKnown;
    /** A remembered view to show instead of fitting all, the first time there are events and a width. */
    private Extent restoring;
    private long request;
    /** Items drawn from outlines, their events' summaries still loading: lanes and filters wait for them. */
    private boolean summariesPending;
    /** The outlines the items were drawn from while the summaries load, for hovering; empty otherwise. */
    private List<EventOutline> pendingOutlines = List.of();
    /** An item clicked while the summaries load, selected when they arrive; null when none. */
    private Long pendingSelection;
    /** Whether that item's source was asked for too (a double click, Enter): it opens when its event is selected. */
    private boolean pendingOpen;

    public TimelineViewModel(ProjectGateway project, TaskExecutor executor, Messages messages) {
        this.project = project;
        this.executor = executor;
        this.notices = new Notices(executor);
        this.messages = messages;
        this.history = new CorrectionHistory(messages);
        // a correction, an undo, the events read again or a document being dated
        history.busyProperty().bind(loading.or(working).or(pruning));
        // the era row (令和4年) is what Japanese readers expect; English readers switch it on if they like
        showEra.set(messages.language() == Language.JAPANESE);
        laneMode.addListener((o, old, mode) -> rebuildItems());
        // the events shown change, and with them every item's position: read again
        showBackground.addListener((o, old, now) -> refresh());
        filter.addListener((o, old, now) -> {
            if (!now.equals(old)) {
                rebuildItems();
                showFilteredWhenOutOfView();
            }
        });
    }

    /**
     * Reads the events again (after an import or a new document date); keeps the selection if it
     * still exists. With no events shown yet and no filter, the items are first made from the
     * events' outlines, which a million events give in about a third of the time and objects, and
     * the summaries (for hovering, selecting, filters and the document lanes) are read after the
     * first frame; until then {@link #loadingProperty} stays true and {@link #events()} empty.
     */
    public void refresh() {
        long mine = ++request;
        sayWorkUnderWay();
        loading.set(true);
        LaneMode mode = laneMode.get();
        EventFilter shownFilter = filter.get();
        boolean withBackground = showBackground.get();
        boolean outlinesFirst = events.isEmpty() && shownFilter.isEmpty() && mode != LaneMode.DOCUMENT;
        // with no events yet, a change of lanes or filter before the summaries come waits for them
        endPending();
        summariesPending = outlinesFirst;
        executor.execute(() -> {
            Map<Long, StoredDocument> byId = new HashMap<>();
            for (StoredDocument d : project.documents()) {
                byId.put(d.id(), d);
            }
            Map<String, Actor> actors = new HashMap<>();
            for (Actor a : project.actors()) {
                actors.put(a.key(), a);
            }
            // items and index for the lanes and filter of now, built here rather than on the UI thread
            if (outlinesFirst) {
                List<EventOutline> shown = shown(project.eventOutlines(), EventOutline::background, withBackground);
                return new Loaded(null, byId, actors, buildOutlined(shown, mode, actors), shown, Map.of());
            }
            List<EventSummary> shown = shown(project.eventSummaries(), EventSummary::background, withBackground);
            return new Loaded(shown, byId, actors, build(shown, mode, shownFilter, actors, byId), null, project.correctedEvents());
        }, loaded -> {
            if (mine == request) {
                if (loaded.events() == null) {
                    pendingOutlines = loaded.outlines();
                    show(loaded);
                    // read once the first frame is drawn: on two cores the read would slow the frame down
                    executor.afterFrame(() -> loadSummaries(mine, loaded.outlines(), loaded.built(), withBackground));
                } else {
                    loading.set(false);
                    show(loaded);
                }
            }
        }, e -> failed(mine, e));
    }

    private void loadSummaries(long mine, List<EventOutline> outlines, Built drawn, boolean withBackground) {
        if (mine != request) {
            return;
        }
        executor.execute(() -> {
            List<EventSummary> shown = shown(project.eventSummaries(), EventSummary::background, withBackground);
            boolean outlined = shown.size() == outlines.size();
            for (int i = 0; outlined && i < shown.size(); i++) {
                outlined = outlines.get(i).outlines(shown.get(i));
            }
            return new Summaries(shown, outlined, project.correctedEvents());
        }, summaries -> {
            if (mine == request) {
                Long clicked = pendingSelection;
                boolean open = pendingOpen;
                endPending();
                events.setAll(summaries.events());
                corrected.set(summaries.corrected());
                loading.set(false);
                // another state of the project read in between, or lanes or a filter changed while waiting
                if (!summaries.outlined() || items.get() != drawn.items() || drawn.mode() != laneMode.get()
                        || !drawn.filter().equals(filter.get())) {
                    rebuildItems();
                }
                // positions are event ids only when the summaries are the events outlined, in order;
                // and a filter set meanwhile may hide the event clicked
                Follow followed = follow != null && follow.choices() == choices ? follow : null;
                follow = null;
                if (clicked != null && summaries.outlined() && shows(clicked)) {
                    select(clicked);
                    if (open) {
                        openSource(true);
                    }
                } else if (followed != null) {
                    reselectFollowed(followed);
                }
            }
        }, e -> failed(mine, e));
    }

    private boolean shows(long itemId) {
        for (TimelineItem item : items.get()) {
            if (item.id() == itemId) {
                return true;
            }
        }
        return false;
    }

    private void endPending() {
        summariesPending = false;
        pendingOutlines = List.of();
        pendingSelection = null;
        pendingOpen = false;
        openingWaits.set(false);
    }

    private void failed(long mine, Exception e) {
        if (mine == request) {
            follow = null;
            endPending();
            loading.set(false);
            error.set(ErrorText.oneLine(e, messages));
        }
    }

    /** The events the timeline shows: those in the foreground, and the background ones too when asked for. */
    private static <T> List<T> shown(List<T> all, Predicate<T> background, boolean withBackground) {
        if (withBackground) {
            return all;
        }
        List<T> shown = new ArrayList<>(all.size());
        for (T e : all) {
            if (!background.test(e)) {
                shown.add(e);
            }
        }
        return shown;
    }

    private void show(Loaded loaded) {
        List<UnreadDocument> unread = project.eventsUnread();
        error.set(project.eventsBehind().map(why -> messages.format("status.eventsBehind", FailureText.reason(why, messages)))
                .orElse(project.readingPutOff() ? messages.get("status.readingPutOff")
                        : unread.isEmpty() ? "" : messages.format("status.eventsUnread", unread.size(),
                                unread.get(0).origin(), unread.get(0).reason())));
        Follow followed = follow != null && follow.choices() == choices ? follow
                : selectedEvent.get() == null ? null : new Follow(selectedEvent.get().id(), null, choices, false);
        if (loaded.events() != null) {
            // outlines first: the event to follow is selected once the summaries come
            follow = null;
        }
        documentsById = loaded.documentsById();
        actorsByKey = loaded.actorsByKey();
        if (loaded.events() != null) {
            events.setAll(loaded.events());
            corrected.set(loaded.corrected());
        }
        boolean hadItems = !items.get().isEmpty();
        // outlines are shown as they were built, lanes chosen since or not: the summaries' arrival
        // makes the items again for the lanes of then
        if (loaded.events() == null
                || loaded.built().mode() == laneMode.get() && loaded.built().filter().equals(filter.get())) {
            apply(loaded.built());
        } else {
            rebuildItems();
        }
        if (!hadItems || fitPending) {
            // without a width yet, fitting waits for it: a fit at a guessed width would be wrong
            fitPending = !widthKnown;
            if (widthKnown) {
                fitOrRestore();
            }
        }
        reselect(null);
        if (followed != null) {
            reselectFollowed(followed);
        }
    }

    /** Selects the event followed, else the one to select instead, unless the lanes or a filter leave both out. */
    private void reselectFollowed(Follow followed) {
        boolean selected = reselectEvent(followed.eventId()) || followed.otherwise() != null && reselectEvent(followed.otherwise());
        if (selected && followed.reveal()) {
            revealSelection();
        }
    }

    /** Selects the event of that id again, unless the lanes or a filter leave it out; whether it did. */
    private boolean reselectEvent(String id) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(id)) {
                if (shows(i)) {
                    reselect((long) i);
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /**
     * A filter that leaves nothing in view fits the view to what it shows: an exploratory test
     * filtered by a phrase and saw empty lanes, with no hint that its events lay elsewhere.
     */
    private void showFilteredWhenOutOfView() {
        TimeScale s = scale.get();
        List<TimelineItem> shown = items.get();
        if (summariesPending || shown.isEmpty()
                || shown.stream().anyMatch(item -> item.start() < s.end() && item.end() >= s.start())) {
            return;
        }
        fitAll();
    }

    private void rebuildItems() {
        if (!summariesPending) {
            apply(build(events, laneMode.get(), filter.get(), actorsByKey, documentsById));
        }
    }

    /**
     * The items of the events that pass the filter, with their lanes, and their index. Touches no
     * property, so a load runs it off the UI thread; items are made on every core (a million take
     * a third of a second that way).
     */
    private Built build(List<EventSummary> summaries, LaneMode mode, EventFilter shown, Map<String, Actor> actors,
                        Map<Long, StoredDocument> documents) {
        int n = summaries.size();
        TimelineItem[] made = new TimelineItem[n];
        boolean[] passes = new boolean[n];
        Function<String, String> names = key -> actorName(actors, key);
        boolean everything = shown.isEmpty();
        IntStream.range(0, n).parallel().forEach(i -> {
            EventSummary e = summaries.get(i);
            passes[i] = everything || shown.test(e, names);
            made[i] = TimelineItem.of(i, e.time(), TimeScale.TOKYO, e.label(), style(e.category(), e.background()), e.sourceCount(),
                    passes[i] && mode != LaneMode.NONE ? laneKeys(e, mode, names, documents) : List.of(), false);
        });
        return built(made, passes, mode, shown);
    }

    /** {@link #build} from outlines, with no filter and in any lane mode but by document (outlines do not know the documents). */
    private Built buildOutlined(List<EventOutline> outlines, LaneMode mode, Map<String, Actor> actors) {
        int n = outlines.size();
        TimelineItem[] made = new TimelineItem[n];
        boolean[] passes = new boolean[n];
        Arrays.fill(passes, true);
        Function<String, String> names = key -> actorName(actors, key);
        IntStream.range(0, n).parallel().forEach(i -> {
            EventOutline e = outlines.get(i);
            made[i] = TimelineItem.of(i, e.time(), TimeScale.TOKYO, e.label(), style(e.category(), e.background()), e.sourceCount(),
                    mode != LaneMode.NONE ? laneKeys(e, mode, names) : List.of(), false);
        });
        return built(made, passes, mode, EventFilter.NONE);
    }

    private static Built built(TimelineItem[] made, boolean[] passes, LaneMode mode, EventFilter shown) {
        int n = made.length;
        List<TimelineItem> list = new ArrayList<>(n);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            // events come by start date, but a long one may end after a later one starts
            first = Math.min(first, made[i].start());
            last = Math.max(last, made[i].end());
            if (passes[i]) {
                list.add(made[i]);
            }
        }
        List<TimelineItem> shownItems = Collections.unmodifiableList(list);
        return new Built(shownItems, TimelineIndex.of(shownItems), n == 0 ? Extent.NONE : new Extent(first, last), mode, shown);
    }

    private void apply(Built built) {
        extent.set(built.extent());
        items.set(built.items());
        index.set(built.index());
        if (selectedId.get() != null && built.items().stream().noneMatch(item -> item.id() == selectedId.get())) {
            reselect(null);
        }
        LaneMode mode = built.mode();
        laneSpec.set(mode == LaneMode.NONE ? LaneSpec.none()
                : LaneSpec.byKeys(LaneSpec.Order.BY_COUNT).withUnassignedTitle(messages.get("timeline.unassigned")));
    }

    /** The style key of a background date, which the view colours apart from every category. */
    static final String BACKGROUND_STYLE = "background";

    /** The style key of an event: {@value #BACKGROUND_STYLE}, or its category in lower case (matched by the view's colours). */
    private static String style(EventCategory category, boolean background) {
        return background ? BACKGROUND_STYLE : STYLES[category.ordinal()];
    }

    private static final String[] STYLES = Arrays.stream(EventCategory.values())
            .map(c -> c.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private List<String> laneKeys(EventOutline e, LaneMode mode, Function<String, String> actorName) {
        return laneKeys(mode, e.actorKeys(), e.place(), e.category(), actorName, () -> {
            throw new UnsupportedOperationException("an outline does not name its documents: read the summaries");
        });
    }

    /** The lanes an event belongs to in a lane mode; none (→ その他) when it has no such thing. */
    List<String> laneKeys(EventSummary e, LaneMode mode) {
        return laneKeys(e, mode, this::actorName, documentsById);
    }

    private List<String> laneKeys(EventSummary e, LaneMode mode, Function<String, String> actorName,
                                  Map<Long, StoredDocument> documents) {
        return laneKeys(mode, e.actorKeys(), e.place(), e.category(), actorName,
                () -> e.sources().stream().map(s -> documentTitle(documents, s.documentId())).toList());
    }

    private List<String> laneKeys(LaneMode mode, List<String> actorKeys, String place, EventCategory category,
                                  Function<String, String> actorName, Supplier<List<String>> documentTitles) {
        // the export's rule, so the command line puts an event in the lanes the window shows it in
        return LaneGrouping.valueOf(mode.name()).keys(new LaneGrouping.EventFacts() {
            @Override
            public List<String> actorNames() {
                return actorKeys.stream().map(actorName).toList();
            }

            @Override
            public String place() {
                return place;
            }

            @Override
            public String categoryName() {
                return messages.get("category." + category.name());
            }

            @Override
            public List<String> documentTitles() {
                return documentTitles.get();
            }
        });
    }

    /** The name an actor is shown by (トカエフ大統領, 米国): its display name, or its key when the project no longer names it. */
    String actorName(String key) {
        return actorName(actorsByKey, key);
    }

    /** {@link #actorName} over the actors loaded now, safe to call on any thread (a later load does not change it). */
    public Function<String, String> actorNames() {
        Map<String, Actor> loaded = actorsByKey;
        return key -> actorName(loaded, key);
    }

    private static String actorName(Map<String, Actor> actors, String key) {
        Actor a = actors.get(key);
        return a != null ? a.displayName() : key.substring(key.indexOf(':') + 1);
    }

    /** The documents the events were loaded with. */
    public List<StoredDocument> documents() {
        return List.copyOf(documentsById.values());
    }

    private String documentTitle(long documentId) {
        return documentTitle(documentsById, documentId);
    }

    private static String documentTitle(Map<Long, StoredDocument> documents, long documentId) {
        StoredDocument d = documents.get(documentId);
        if (d == null) {
            return "#" + documentId;
        }
        return d.title().isBlank() ? d.origin() : d.title();
    }

    // ---- view state ----

    /** The view's width in pixels: keeps the time per pixel, or fits all events the first time. */
    public void viewWidth(double width) {
        if (!(width > 0)) {
            return;
        }
        widthKnown = true;
        if (width == scale.get().width()) {
            if (fitPending) {
                fitPending = false;
                fitOrRestore();
            }
            return;
        }
        scale.set(scale.get().withWidth(width));
        if (fitPending) {
            fitPending = false;
            fitOrRestore();
        }
    }

    /** Shows {@code [from, to)} instead of all events once they have loaded: the view the analyst left. */
    public void restoreView(long from, long to) {
        restoring = new Extent(from, to);
        if (!items.get().isEmpty() && widthKnown) {
            fitOrRestore();
        }
    }

    private void fitOrRestore() {
        if (restoring != null && !items.get().isEmpty()) {
            showRange(restoring.from(), restoring.to());
            restoring = null;
        } else {
            fitAll();
        }
    }

    /** Shows every event, with a margin; a project without events shows the current month around today. */
    public void fitAll() {
        TimelineIndex i = index.get();
        if (i.size() == 0) {
            // not 1 January 1970, an empty scale's start
            TimeScale now = scale.get();
            LocalDate month = LocalDate.now(now.zone()).withDayOfMonth(1);
            scale.set(TimeScale.of(month, month.plusMonths(1), now.width(), now.zone()));
            return;
        }
        // a quarter more time after the last event: labels run to the right of their marks
        long span = Math.max(TimeScale.DAY, i.lastEnd() - i.firstStart());
        scale.set(scale.get().fit(i.firstStart(), i.lastEnd() + span / 4, FIT_MARGIN));
    }

    /** How many events lie before and after a view that shows none of them. */
    public record EventsOutOfView(int earlier, int later) {
    }

    /**
     * Where the events are when a view draws none of them (panned or zoomed past them: an empty
     * canvas alone would not say which way to go), counted by the instant each is drawn at (a
     * day's mark at its midday, {@link TimelineItem#anchor}): those before {@code view} and those
     * from its end on. Whoever drew the view knows whether it drew none; this reads every item,
     * which only an empty view asks for.
     */
    public EventsOutOfView eventsAround(TimeScale view) {
        int earlier = 0;
        int later = 0;
        for (TimelineItem item : items.get()) {
            if (item.anchor() < view.start()) {
                earlier++;
            } else if (item.anchor() >= view.end()) {
                later++;
            }
        }
        return new EventsOutOfView(earlier, later);
    }

    /** Zooms about a pixel: factor 2 shows half the time. */
    public void zoom(double pivotX, double factor) {
        scale.set(scale.get().zoom(pivotX, factor));
    }

    /** Moves the view by {@code dx} pixels of time (positive shows later times). */
    public void pan(double dx) {
        scale.set(scale.get().pan(dx));
    }

    /** Shows {@code [from, to)}: a cluster opened by a click. */
    public void zoomTo(long from, long to) {
        scale.set(scale.get().fit(from, to, FIT_MARGIN));
    }

    /** Zooms about the middle of the view: factor 2 shows half the time. */
    void zoomCentre(double factor) {
        zoom(scale.get().width() / 2, factor);
    }

    /**
     * A zoom step of the keys and the toolbar: about the selected event where it is in view, so
     * that it stays where the eye is; about the middle of the view otherwise (nothing selected, or
     * the selection panned out of sight: zooming about a point outside would throw the view away).
     */
    public void zoomStep(double factor) {
        TimeScale s = scale.get();
        OptionalDouble pivot = selectedAnchorX(s);
        zoom(pivot.isPresent() ? pivot.getAsDouble() : s.width() / 2, factor);
    }

    /** Where the selected event's anchor is drawn, when it is in the view's time. */
    private OptionalDouble selectedAnchorX(TimeScale s) {
        return selectedItem().stream().mapToDouble(item -> s.x(item.anchor())).filter(x -> x >= 0 && x <= s.width()).findFirst();
    }

    /** The item of the selected event, when there is one and it is among the items shown. */
    private Optional<TimelineItem> selectedItem() {
        Long id = selectedId.get();
        return id == null ? Optional.empty() : items.get().stream().filter(item -> item.id() == id).findFirst();
    }

    /**
     * Opens a cluster drawn from {@code x0} to {@code x1}: the view narrows to the time under it,
     * where its events are drawn, at least twice closer, so they spread apart. Its members' whole
     * lengths would not do (one long event widened the view past what was shown), nor their days'
     * instants (a day's mark and a day's bar are drawn at different moments of it).
     */
    public void zoomIntoCluster(double x0, double x1) {
        TimeScale s = scale.get();
        double centre = (x0 + x1) / 2;
        TimeScale fitted = s.fit(s.time(x0), s.time(Math.max(x1, x0 + 1)), FIT_MARGIN);
        TimeScale closer = fitted.span() <= s.span() / 2 ? fitted : s.zoom(centre, 2);
        scale.set(closer);
    }

    /** Shows the selected event and its neighbourhood: a week around a day, its whole length otherwise. */
    public void zoomToSelection() {
        selectedItem().ifPresent(item -> {
            long pad = Math.max(3 * TimeScale.DAY, (item.end() - item.start()) / 4);
            zoomTo(item.start() - pad, item.end() + pad);
        });
    }

    /** Puts an instant in the middle of the view, keeping the zoom (a click on the overview). */
    public void centreOn(long instant) {
        TimeScale s = scale.get();
        scale.set(s.pan(s.x(instant) - s.width() / 2));
    }

    /** Shows exactly {@code [from, to)} (the overview's window after a resize). */
    public void showRange(long from, long to) {
        scale.set(scale.get().fit(from, Math.max(from + TimeScale.HOUR, to), 0));
    }

    /** Shows the selected event, keeping the zoom when it is already visible. */
    public void revealSelection() {
        Optional<TimelineItem> shown = selectedItem();
        if (shown.isEmpty()) {
            return;
        }
        TimelineItem item = shown.get();
        TimeScale s = scale.get();
        if (!s.contains(item.anchor())) {
            scale.set(s.pan(s.x(item.anchor()) - s.width() / 2));
        }
    }

    /** How many times the analyst has chosen an event (or none) so far: reselections for the window's own reasons do not count. */
    long choices() {
        return choices;
    }

    /**
     * Selects an event by item id (its position in {@link #events()}), or clears the selection with
     * null. While the summaries load after the first frame, an item's event is not known yet: the
     * choice is kept and made when they arrive (if they are the events drawn), so a click in that
     * second is not lost.
     */
    public void select(Long id) {
        // a choice made since a correction began wins over the event that correction would select
        choices++;
        // the analyst has moved on: what was done to the event before is no longer about what is shown
        sayWorkUnderWay();
        reselect(id);
    }

    /** Selects as {@link #select} does, for the window's own reasons (events read again): not the analyst's choice. */
    private void reselect(Long id) {
        if (summariesPending && events.isEmpty()) {
            pendingSelection = id != null && id >= 0 && id < pendingOutlines.size() ? id : null;
            // a choice of its own: its source is opened only if asked for again
            pendingOpen = false;
            openingWaits.set(false);
            return;
        }
        if (id != null && (id < 0 || id >= events.size())) {
            id = null;
        }
        // one event's rows, read by id: quick enough on the UI thread even in a project of a million
        Event event = id == null ? null : project.event(events.get(id.intValue()).id()).orElse(null);
        if (event == null) {
            id = null;
        }
        // sources first: listeners of the selection read them
        List<SourceRef> refs = new ArrayList<>();
        for (EventSource s : event == null ? List.<EventSource>of() : event.sources()) {
            if (s.documentId().isPresent()) {
                long documentId = s.documentId().getAsLong();
                refs.add(new SourceRef(documentId, documentTitle(documentId), s.paragraph(), s.expression(), s.expressionText(),
                        s.marks()));
            }
        }
        sources.setAll(refs);
        selectedId.set(id);
        selectedEvent.set(event);
    }

    /**
     * The analyst's correction of the selected event: sets it aside as background (true) or puts it
     * on the timeline (false). Kept in the project, off the UI thread; the events are read again
     * after. A set-aside event leaves the timeline unless background dates are shown: the event after
     * it in the analyst's order (the one before, if it was the last) is selected then, so that several
     * are set aside in a row from the keyboard.
     */
    public void setSelectedBackground(boolean background) {
        Event event = selectedEvent.get();
        if (event == null || event.background() == background) {
            return;
        }
        String otherwise = background && !showBackground.get() ? neighbourOfSelected() : null;
        correctSelected(background ? CorrectionKind.SET_ASIDE : CorrectionKind.PUT_BACK, event,
                () -> project.setEventBackground(event.id(), background), event.sources().get(0), otherwise,
                m -> m.format(background ? "status.setAside" : "status.putBack", event.label()));
    }

    /**
     * Walks the events in this order (the 出来事 list's rows) to find the one to select when the
     * selected one leaves the timeline.
     */
    void walkInOrderOf(Supplier<List<TimelineItem>> order) {
        walkOrder = order;
    }

    /** The items by time, as ←/→ walk them. */
    private List<TimelineItem> timelineOrder() {
        List<TimelineItem> byTime = new ArrayList<>(items.get());
        byTime.sort((a, b) -> a.start() != b.start() ? Long.compare(a.start(), b.start()) : Long.compare(a.id(), b.id()));
        return byTime;
    }

    /** The id of the event after the selected one in the analyst's order, or before it when it is the last; null when none. */
    private String neighbourOfSelected() {
        Long id = selectedId.get();
        List<TimelineItem> order = walkOrder.get();
        for (int i = 0; id != null && i < order.size(); i++) {
            if (order.get(i).id() == id) {
                int next = i + 1 < order.size() ? i + 1 : i - 1;
                long neighbour = next < 0 ? -1 : order.get(next).id();
                return neighbour >= 0 && neighbour < events.size() ? events.get((int) neighbour).id() : null;
            }
        }
        return null;
    }

    /**
     * The analyst's label for the selected event (blank: the extractor's again), kept in the
     * project, off the UI thread; the events are read again after.
     */
    public void setSelectedLabel(String label) {
        Event event = selectedEvent.get();
        if (event == null || label.strip().equals(event.label())) {
            return;
        }
        correctSelected(CorrectionKind.RELABEL, event, () -> project.setEventLabel(event.id(), label), event.sources().get(0),
                m -> label.isBlank() ? m.format("status.labelRestored", event.label()) : m.format("status.relabelled", label.strip()));
    }

    /**
     * The analyst's date for the selected event (empty: the dates its expressions resolved to
     * again), kept in the project, off the UI thread; its reports move to that date, merging with
     * what is reported there, and the events are read again after.
     */
    public void setSelectedDate(Optional<TimeValue> date) {
        Event event = selectedEvent.get();
        if (event == null || date.filter(event.time()::equals).isPresent()) {
            return;
        }
        correctSelected(CorrectionKind.REDATE, event, () -> project.setEventDate(event.id(), date), event.sources().get(0), m -> date
                .map(d -> m.format("status.redated", event.label(), m.timeValue(d)))
                .orElseGet(() -> m.format("status.dateRestored", event.label())));
    }

    /**
     * Takes a report out of the selected event, for good: an event of its own from now on. Kept
     * in the project, off the UI thread; what is left of the event stays selected.
     */
    public void keepSourceApart(String sourceId) {
        Event event = selectedEvent.get();
        if (event == null || event.sources().size() < 2) {
            return;
        }
        EventSource left = event.sources().stream().filter(s -> !s.sourceId().equals(sourceId)).findFirst().orElseThrow();
        correctSelected(CorrectionKind.KEEP_APART, event, () -> project.keepApart(event.id(), sourceId), left,
                m -> m.format("status.keptApart", event.label()));
    }

    /**
     * Lets the machine merge the selected event's reports that were kept apart again, off the UI
     * thread; the event they join is selected after.
     */
    public void mergeSelectedAgain() {
        Event event = selectedEvent.get();
        if (event != null) {
            correctSelected(CorrectionKind.MERGE_AGAIN, event, () -> project.mergeAgain(event.id()), event.sources().get(0),
                    m -> m.format("status.mergedAgain", event.label()));
        }
    }

    /**
     * Joins another event to the selected one, for good: one event from now on, on the selected
     * one's date. Kept in the project, off the UI thread; the joined event is selected after.
     */
    public void joinSelected(String otherId, String otherLabel) {
        Event event = selectedEvent.get();
        if (event != null && !event.id().equals(otherId)) {
            correctSelected(CorrectionKind.JOIN, event, () -> project.join(event.id(), otherId), event.sources().get(0),
                    m -> m.format("status.joined", otherLabel, event.label()));
        }
    }

    /**
     * What the 別の出来事とまとめる dialog offers to join to {@code selected}: the events shown now,
     * ranked off the UI thread ({@link JoinEventsViewModel}).
     */
    public JoinEventsViewModel eventsToJoin(Event selected) {
        return new JoinEventsViewModel(selected, events, executor, messages);
    }

    /**
     * Undoes the joins of the selected event's reports, off the UI thread: the machine merges them
     * as it would; the event holding its first report is selected after.
     */
    public void unjoinSelected() {
        Event event = selectedEvent.get();
        if (event != null) {
            // the dates the join gave go with it, but one the analyst gave the event stays, and on
            // one day the rules may join the reports again (decision 0019)
            EventSource first = event.sources().get(0);
            AtomicBoolean dateKept = new AtomicBoolean();
            correctSelected(CorrectionKind.UNJOIN, event,
                    // the undo knows whether a date of the analyst's stays: the one joined to may have had one
                    () -> dateKept.set(project.unjoin(event.id())), first, null,
                    m -> m.format(dateKept.get() ? "status.unjoinedDateKept" : "status.unjoined", event.label()));
        }
    }

    /**
     * Adds a clause of a document as an event the machine did not read, for good (decision 0020),
     * off the UI thread; the event it becomes part of is selected after (it merges with what is
     * reported on that date, like any report).
     *
     * @param label     the analyst's label, blank for the machine's reading
     * @param shownLabel the label the event will show, for the status line
     */
    public void addEvent(long documentId, TextSpan clause, TimeValue date, String label, String shownLabel) {
        correct(CorrectionKind.ADD_EVENT, shownLabel, CorrectionHistory.Report.firstOf(selectedEvent.get()),
                () -> Optional.of(new CorrectionHistory.Report(documentId, project.addEvent(documentId, clause, date, label))),
                null, m -> m.format("status.added", shownLabel, m.timeValue(date)));
    }

    /**
     * Takes back the reports the analyst added to the selected event, off the UI thread; what is
     * left of it (a report the machine read: it has an expression) stays selected.
     */
    public void removeAddedFromSelected() {
        Event event = selectedEvent.get();
        if (event != null) {
            EventSource kept = event.sources().stream().filter(s -> !s.expressionText().isEmpty()).findFirst()
                    .orElse(event.sources().get(0));
            correctSelected(CorrectionKind.REMOVE_ADDED, event, () -> project.removeAddedReports(event.id()), kept,
                    m -> m.format("status.removedAdded", event.label()));
        }
    }

    /**
     * The date of the article the selected event was first reported in, which a date typed for
     * it (1月28日, 1月下旬) is read against; empty without a selection or a dated article.
     */
    public Optional<LocalDate> selectedArticleDate() {
        return sources.stream().findFirst().map(s -> documentsById.get(s.documentId()))
                .flatMap(d -> d.date().value());
    }

    /**
     * Stores a correction of {@code event} off the UI thread, then reads the events again, selects
     * the event that holds {@code report} now (a correction may move a report into another event,
     * or give its event the id of another report) and says what was done.
     */
    private void correctSelected(CorrectionKind kind, Event event, Runnable store, EventSource report,
                                 Function<Messages, String> done) {
        correctSelected(kind, event, store, report, null, done);
    }

    /**
     * As {@link #correctSelected(CorrectionKind, Event, Runnable, EventSource, Function)}, selecting
     * the event {@code otherwise} when the report's is not shown.
     */
    private void correctSelected(CorrectionKind kind, Event event, Runnable store, EventSource report, String otherwise,
                                 Function<Messages, String> done) {
        correct(kind, event.label(), CorrectionHistory.Report.firstOf(event), () -> {
            store.run();
            return CorrectionHistory.Report.of(report);
        }, otherwise, done);
    }

    /** What a correction stored: its entry in the history, and the event that holds the report it follows now. */
    private record Stored(CorrectionHistory.Entry entry, Optional<String> event) {
    }

    /**
     * Stores a correction off the UI thread, keeping what it changed in the history, reads the
     * events again and selects the event holding the report {@code store} names, or the event
     * {@code otherwise} (may be null) when that one is not shown; the status line is told once the
     * correction is stored, in the words of the view that shows the project then (the window may
     * have been built again in another language meanwhile: {@link #takeOver}).
     *
     * @param before the report whose event an undo selects
     */
    private void correct(CorrectionKind kind, String subject, Optional<CorrectionHistory.Report> before,
                         Supplier<Optional<CorrectionHistory.Report>> store, String otherwise, Function<Messages, String> done) {
        loading.set(true);
        long choicesBefore = choices;
        executor.execute(() -> {
            AtomicReference<Optional<CorrectionHistory.Report>> after = new AtomicReference<>(Optional.empty());
            Revision revision = project.revise(() -> after.set(store.get()));
            return new Stored(new CorrectionHistory.Entry(kind, subject, revision, before, after.get()), eventOf(after.get()));
        }, stored -> showing.get().ifPresent(shown -> {
            shown.history.record(stored.entry());
            followAndSay(shown, stored.event(), otherwise, choicesBefore, false, done);
        }), this::correctionFailed);
    }

    private Optional<String> eventOf(Optional<CorrectionHistory.Report> report) {
        return report.flatMap(r -> project.eventOfSource(r.documentId(), r.sourceId()));
    }

    /**
     * Reads the events again in the view that shows the project now and selects the event followed
     * (unless the analyst chose another since the work began), bringing it into view if
     * {@code reveal}, and says what was done.
     */
    private void followAndSay(TimelineViewModel shown, Optional<String> followed, String otherwise, long choicesBefore,
                              boolean reveal, Function<Messages, String> done) {
        // the window's own reloads meanwhile are no choice of the analyst's (they reselect)
        long unchosen = shown == this ? choicesBefore : shown.choicesAtTakeOver;
        shown.follow = followed.map(id -> new Follow(id, otherwise, unchosen, reveal)).orElse(null);
        shown.refresh();
        shown.sayForAWhile(done.apply(shown.messages));
    }

    private void correctionFailed(Exception e) {
        loading.set(false);
        showing.get().ifPresent(shown -> shown.error.set(ErrorText.oneLine(e, shown.messages)));
    }

    /**
     * Keeps a correction stored elsewhere in the window (a document's date) in the history, to undo
     * and redo with the others.
     */
    void recordCorrection(CorrectionHistory.Entry entry) {
        history.record(entry);
    }

    /**
     * Undoes the latest correction kept (元に戻す, Ctrl+Z), off the UI thread: the project is as it
     * was before it, the event holding the report it was made on is selected and brought into
     * view. Does nothing while nothing can be undone ({@link CorrectionHistory#canUndoProperty}).
     */
    public void undo() {
        if (history.canUndoProperty().get()) {
            history.nextUndo().ifPresent(entry -> replay(entry, entry.revision()::undo, entry.before(),
                    shown -> shown.history.undone(entry), m -> m.format("status.undone", entry.kind().name(m), entry.subject())));
        }
    }

    /**
     * Makes the latest correction undone again (やり直す, Ctrl+Shift+Z, Ctrl+Y), off the UI thread,
     * and selects the event it selected. Does nothing while nothing can be redone.
     */
    public void redo() {
        if (history.canRedoProperty().get()) {
            history.nextRedo().ifPresent(entry -> replay(entry, entry.revision()::redo, entry.after(),
                    shown -> shown.history.redone(entry), m -> m.format("status.redone", entry.kind().name(m), entry.subject())));
        }
    }

    private void replay(CorrectionHistory.Entry entry, Runnable put, Optional<CorrectionHistory.Report> followed,
                        Consumer<TimelineViewModel> moved, Function<Messages, String> done) {
        loading.set(true);
        long choicesBefore = choices;
        executor.execute(() -> {
            put.run();
            return eventOf(followed);
        }, event -> showing.get().ifPresent(shown -> {
            moved.accept(shown);
            followAndSay(shown, event, null, choicesBefore, true, done);
            shown.replayedListeners.forEach(listener -> listener.accept(entry));
        }), this::correctionFailed);
    }

    /** Called with each correction undone or redone, once stored, in the view that shows the project then. */
    void onReplayed(Consumer<CorrectionHistory.Entry> listener) {
        replayedListeners.add(listener);
    }

    /**
     * After an import: forgets, off the UI thread, the corrections whose reports no event holds
     * any longer (undoing them would change nothing shown); the menu names the next.
     */
    void forgetCorrectionsGone() {
        List<CorrectionHistory.Entry> kept = history.entries();
        if (kept.isEmpty()) {
            return;
        }
        // nothing is undone while the check runs: an undo ending first could lose its entry to it
        pruning.set(true);
        executor.execute(() -> kept.stream().filter(e -> !e.revision().stillApplies()).toList(),
                gone -> {
                    pruning.set(false);
                    showing.get().ifPresent(shown -> shown.history.drop(gone));
                },
                e -> {
                    pruning.set(false);
                    showing.get().ifPresent(shown -> shown.showFailure(e));
                });
    }

    /** The corrections of this window, to undo and redo (the 編集 menu). */
    public CorrectionHistory history() {
        return history;
    }

    /**
     * Opens the selected event's first report in the reader, at its paragraph (Enter, a double
     * click); does nothing without a selection. An item chosen while the summaries load has no
     * event yet: its report opens when the summaries arrive and select it, as the click asked
     * (on a slow machine the analyst double-clicks an item before they do).
     */
    public void openSelectedSource() {
        if (summariesPending && events.isEmpty()) {
            pendingOpen = pendingSelection != null;
            openingWaits.set(pendingOpen);
            return;
        }
        openSource(false);
    }

    private void openSource(boolean waited) {
        if (selectedEvent.get() != null && !sources.isEmpty()) {
            SourceOpening opening = new SourceOpening(sources.get(0), waited);
            sourceOpeners.forEach(opener -> opener.accept(opening));
        }
    }

    /** Called with the report to open when the analyst asks for the selected event's source. */
    public void onOpenSource(Consumer<SourceOpening> opener) {
        sourceOpeners.add(opener);
    }

    /**
     * Whether the analyst has asked for the source of an item whose event is not read yet: it opens
     * when the events are, unless they choose another item first.
     */
    public ReadOnlyBooleanProperty openingWaitsProperty() {
        return openingWaits.getReadOnlyProperty();
    }

    /** Selects the event after (+1) or before (-1) the selected one in time; the first one when none is. */
    public void selectNext(int direction) {
        List<TimelineItem> byTime = timelineOrder();
        if (byTime.isEmpty()) {
            return;
        }
        int at = -1;
        for (int i = 0; i < byTime.size(); i++) {
            if (selectedId.get() != null && byTime.get(i).id() == selectedId.get()) {
                at = i;
            }
        }
        int next = at < 0 ? (direction > 0 ? 0 : byTime.size() - 1) : Math.floorMod(at + direction, byTime.size());
        select(byTime.get(next).id());
        revealSelection();
    }

    /**
     * What hovering an event tells: label, date, the expression(s) as written, the number of sources;
     * while the summaries load, what its outline tells (all but the expressions).
     */
    public String describe(long id) {
        if (events.isEmpty() && id >= 0 && id < pendingOutlines.size()) {
            EventOutline o = pendingOutlines.get((int) id);
            return o.label() + "\n" + messages.timeValue(o.time()) + "\n" + messages.format("timeline.sources", o.sourceCount());
        }
        if (id < 0 || id >= events.size()) {
            return "";
        }
        EventSummary e = events.get((int) id);
        // a report the analyst added has no expression (decision 0020)
        List<String> expressions = e.expressions().stream().filter(x -> !x.isEmpty()).map(x -> "「" + x + "」").toList();
        return e.label() + "\n" + messages.timeValue(e.time()) + "\n"
                + (expressions.isEmpty() ? messages.get("timeline.noExpression")
                        : messages.format("timeline.expressions", String.join(" ", expressions))) + "\n"
                + messages.format("timeline.sources", e.sourceCount())
                + (e.background() ? "\n" + messages.get("timeline.background") : "");
    }

    /** What the first frame knows of the event an item shows: its outline, or while the summaries load, the outline read first. */
    public Optional<EventOutline> outline(long id) {
        if (events.isEmpty() && id >= 0 && id < pendingOutlines.size()) {
            return Optional.of(pendingOutlines.get((int) id));
        }
        return event(id).map(e -> new EventOutline(e.time(), e.label(), e.category(), e.actorKeys(), e.place(), e.sourceCount(),
                e.background()));
    }

    /** The summary of the event an item shows. */
    public Optional<EventSummary> event(long id) {
        return id < 0 || id >= events.size() ? Optional.empty() : Optional.of(events.get((int) id));
    }

    /** The event an item shows, whole (its sources, actors and merge reasons), read from the project. */
    public Optional<Event> wholeEvent(long id) {
        return event(id).flatMap(e -> project.event(e.id()));
    }

    public ObservableList<EventSummary> events() {
        return eventsView;
    }

    public ReadOnlyObjectProperty<List<TimelineItem>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelineIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LaneSpec> laneSpecProperty() {
        return laneSpec.getReadOnlyProperty();
    }

    /** Whether background dates (a related-article list, a cited survey) are shown too, in their own muted colour; off at first. */
    public BooleanProperty showBackgroundProperty() {
        return showBackground;
    }

    /** Whether the axis has a row for the Japanese era (令和4年). */
    public BooleanProperty showEraProperty() {
        return showEra;
    }

    /** Which events are shown; the filter pane sets it. */
    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    /** From the first start to the last end of every event, filtered out or not. */
    public ReadOnlyObjectProperty<Extent> extentProperty() {
        return extent.getReadOnlyProperty();
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public ReadOnlyObjectProperty<TimeScale> scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /**
     * The events the analyst corrected, by event id, with what of each: read with the events'
     * summaries, so empty while a large project shows its outlines only.
     */
    public ReadOnlyObjectProperty<Map<String, Set<AnalystCorrection>>> correctedProperty() {
        return corrected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Event> selectedEventProperty() {
        return selectedEvent.getReadOnlyProperty();
    }

    /** The selected event's reports in reading order, each with its stored document. */
    public ObservableList<SourceRef> sources() {
        return sourcesView;
    }

    /**
     * Whether the events load or a correction, an undo, a redo or a document's dating runs: no
     * other correction may start then, or the history would take one's changes for another's
     * (decision 0034).
     */
    public ReadOnlyBooleanProperty correctingProperty() {
        return history.busyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What the analyst's last correction did ("「…」を背景に回しました"), until the events are read again. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * Takes over what another view of the same project showed (the window built again in another
     * language): background dates and the era row as they were, and its selected event, selected
     * again once the events are read; a correction the other one is still storing is read,
     * followed and said here when it is stored.
     */
    void takeOver(TimelineViewModel before) {
        // a correction the other one stored meanwhile is read, followed and said here
        before.showing.passTo(showing);
        // the old view's reads in flight are dropped: this one reads the events for itself
        before.dropReading();
        choicesAtTakeOver = choices;
        history.takeOver(before.history);
        showBackground.set(before.showBackground.get());
        showEra.set(before.showEra.get());
        // what the other was doing goes on, and is said here until it is done
        works.addAll(before.works);
        working.set(!works.isEmpty());
        sayWorkUnderWay();
        Event selected = before.selectedEvent.get();
        if (selected != null) {
            follow = new Follow(selected.id(), null, choices, false);
        }
    }

    /**
     * Drops the events being read for this view, which no longer shows them (another took it over, or
     * its project is closing): what they would select would be asked of a project closed meanwhile.
     */
    void dropReading() {
        request++;
        follow = null;
        endPending();
    }

    /**
     * The project is closing: the events being read are dropped, and a correction stored after this
     * is said in no window, nor are the events read again (the project is closed by then).
     */
    void close() {
        dropReading();
        showing.close();
    }

    /** Says what the window has just done for the project, in the status bar, for {@link Notices#LIFETIME} at most. */
    void announce(String text) {
        sayForAWhile(text);
    }

    /**
     * Says what the window is doing for the project, in the status bar, in the words of {@code work},
     * until {@link #workDone} is told of the same work, here or in a view that took this one over.
     */
    void announceWork(Function<Messages, String> work) {
        works.add(work);
        working.set(true);
        say(work.apply(messages));
    }

    /** The work is done: says {@code text} for a while (or what else is under way when it is empty). */
    void workDone(Function<Messages, String> work, String text) {
        works.remove(work);
        working.set(!works.isEmpty());
        if (text.isEmpty()) {
            sayWorkUnderWay();
        } else {
            sayForAWhile(text);
        }
    }

    /** Says the work under way begun last, or nothing. */
    private void sayWorkUnderWay() {
        say(workUnderWay());
    }

    private String workUnderWay() {
        return works.isEmpty() ? "" : works.get(works.size() - 1).apply(messages);
    }

    private void say(String text) {
        notices.replaced();
        notice.set(text);
    }

    private void sayForAWhile(String text) {
        notice.set(text);
        notices.given(() -> notice.set(workUnderWay()));
    }

    /** Says why something done for the window's project failed, in the status bar. */
    void showFailure(Exception e) {
        error.set(ErrorText.oneLine(e, messages));
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
