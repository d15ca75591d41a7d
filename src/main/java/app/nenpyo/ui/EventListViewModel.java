package app.nenpyo.ui;

import app.nenpyo.domain.EventOutline;
import app.nenpyo.service.AnalystCorrection;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineItem;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 出来事 list beside the timeline: the events the timeline shows (the filters and the
 * background switch apply to both), one row each, in the order the analyst sorts them, and one
 * selection with the timeline. Rows are the timeline's own items; their texts are made for the
 * rows on screen only, so a list of a million events costs the list, not a million rows of text.
 * A sort runs off the UI thread (a million labels take about a second to sort); the rows keep
 * their order until it is done, and the latest sort asked for wins.
 *
 * <pre>{@code
 * EventListViewModel m = new EventListViewModel(timeline, executor, messages);
 * m.rows()                         // the shown events by date, as the timeline has them
 * m.date(row)                      // 2022年1月10日(月)
 * m.listedDate(row)                // 1月10日(月) when every row is of 2022 (onlyYearProperty), else as date(row)
 * m.correctedMark(row)             // ✎ when the analyst corrected the event, else ""
 * m.sortProperty().set(List.of(new Sort(Column.SOURCES, false)))  // most reported first, once sorted off the UI thread
 * m.choose(row)                    // selected on the timeline too, and brought into view
 * m.indexOfSelected()              // the row of the timeline's selected event, or -1
 * }</pre>
 */
public final class EventListViewModel {

    /** What the list can be sorted by. */
    public enum Column {
        DATE, LABEL, CATEGORY, SOURCES, PLACE, CORRECTED
    }

    /** One column of a sort, and which way. */
    public record Sort(Column column, boolean ascending) {
    }

    /** The mark of a corrected event in the list: a pencil, as editors mark what was edited. */
    static final String CORRECTED_MARK = "✎";

    private final TimelineViewModel timeline;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<TimelineItem> rows = FXCollections.observableArrayList();
    /** One view of the rows for everyone: a view listens to the rows weakly, and would go with its last user. */
    private final ObservableList<TimelineItem> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<List<Sort>> sort = new SimpleObjectProperty<>(List.of());
    private final ReadOnlyObjectWrapper<Year> onlyYear = new ReadOnlyObjectWrapper<>();
    /** The most sources an event listed has. */
    private int mostSources;
    /** Counts the sorts asked for, so that a slow earlier one cannot overwrite a later one. */
    private long sorts;
    /** The timeline's items the rows hold, in whatever order. */
    private List<TimelineItem> listed = List.of();

    public EventListViewModel(TimelineViewModel timeline, TaskExecutor executor, Messages messages) {
        this.timeline = timeline;
        this.executor = executor;
        this.messages = messages;
        timeline.itemsProperty().addListener((o, was, now) -> show());
        // the corrections come with the summaries, after the items drawn from outlines
        timeline.correctedProperty().addListener((o, was, now) -> {
            if (sort.get() != null && sort.get().stream().anyMatch(s -> s.column() == Column.CORRECTED)) {
                show();
            }
        });
        sort.addListener((o, was, now) -> show());
        show();
    }

    /**
     * The timeline's items in the order asked for. New items are shown at once in the timeline's
     * order (an item's id is its event's place among the events read, so rows of an earlier
     * reading would name other events), then sorted on a worker by keys read here, on the UI
     * thread, where the events change.
     */
    private void show() {
        long mine = ++sorts;
        List<TimelineItem> items = timeline.itemsProperty().get();
        List<Sort> by = sort.get() == null ? List.of() : sort.get();
        if (by.isEmpty() || items != listed) {
            listed = items;
            // before the rows, whose dates are written for it
            onlyYear.set(onlyYear(items));
            mostSources = items.stream().mapToInt(TimelineItem::sourceCount).max().orElse(0);
            rows.setAll(items);
            if (by.isEmpty()) {
                return;
            }
        }
        Comparator<TimelineItem> order = comparator(by, items);
        executor.execute(() -> {
            // a list sort: runs already in order (a date sort of the timeline's items) cost one pass
            List<TimelineItem> sorted = new ArrayList<>(items);
            sorted.sort(order);
            return sorted;
        }, sorted -> {
            if (mine == sorts) {
                rows.setAll(sorted);
            }
        }, e -> {
            if (mine == sorts) {
                rows.setAll(items);
            }
        });
    }

    /**
     * The year every listed event lies in, or null when they lie in several (or none are listed):
     * the list's dates then go without it, as an analyst's notes of one year do.
     */
    private Year onlyYear(List<TimelineItem> items) {
        if (items.isEmpty()) {
            return null;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (TimelineItem item : items) {
            first = Math.min(first, item.start());
            // a day ends where the next begins (the items are made in Tokyo's time, as the timeline's)
            last = Math.max(last, item.end() > item.start() ? item.end() - 1 : item.end());
        }
        ZoneId zone = TimeScale.TOKYO;
        Year firstYear = Year.from(Instant.ofEpochMilli(first).atZone(zone));
        return firstYear.equals(Year.from(Instant.ofEpochMilli(last).atZone(zone))) ? firstYear : null;
    }

    /** The year all the listed events are of, which their dates leave out; null when they are of several. */
    public ReadOnlyObjectProperty<Year> onlyYearProperty() {
        return onlyYear.getReadOnlyProperty();
    }

    /** The most sources any listed event has (its digits are the widest count): known before the rows change. */
    public int mostSources() {
        return mostSources;
    }

    /** The events the timeline shows, in the list's order (the timeline's, by date, until sorted otherwise). */
    public ObservableList<TimelineItem> rows() {
        return rowsView;
    }

    /** How the rows are sorted, the first column deciding first; empty keeps the timeline's order. */
    public ObjectProperty<List<Sort>> sortProperty() {
        return sort;
    }

    /**
     * The order of these columns: dates by start then end, labels and places as text, categories
     * by their names, sources by count; ties in the timeline's order, so that a sort is stable
     * whatever came before. The texts of categories and places are read now, for these items.
     */
    private Comparator<TimelineItem> comparator(List<Sort> by, List<TimelineItem> items) {
        Comparator<TimelineItem> order = null;
        for (Sort s : by) {
            Comparator<TimelineItem> one = switch (s.column()) {
                case DATE -> Comparator.comparingLong(TimelineItem::start).thenComparingLong(TimelineItem::end);
                case LABEL -> Comparator.comparing(TimelineItem::label);
                case CATEGORY -> byText(items, this::category);
                case SOURCES -> Comparator.comparingInt(TimelineItem::sourceCount);
                case PLACE -> byText(items, this::place);
                case CORRECTED -> byCorrections(items);
            };
            one = s.ascending() ? one : one.reversed();
            order = order == null ? one : order.thenComparing(one);
        }
        return order == null ? Comparator.comparingLong(TimelineItem::id) : order.thenComparingLong(TimelineItem::id);
    }

    /** Compares items by a text read once per item, now. */
    private static Comparator<TimelineItem> byText(List<TimelineItem> items, Function<TimelineItem, String> text) {
        long top = items.stream().mapToLong(TimelineItem::id).max().orElse(-1);
        String[] byId = new String[Math.toIntExact(top + 1)];
        for (TimelineItem item : items) {
            byId[(int) item.id()] = text.apply(item);
        }
        return Comparator.comparing(item -> byId[(int) item.id()]);
    }

    /**
     * Compares items by how many kinds of correction the analyst made to their events, most first
     * (the header's first click gathers the corrected events at the top), read once per item, now.
     */
    private Comparator<TimelineItem> byCorrections(List<TimelineItem> items) {
        long top = items.stream().mapToLong(TimelineItem::id).max().orElse(-1);
        int[] byId = new int[Math.toIntExact(top + 1)];
        if (!timeline.correctedProperty().get().isEmpty()) {
            for (TimelineItem item : items) {
                byId[(int) item.id()] = corrections(item).size();
            }
        }
        return Comparator.comparingInt(item -> -byId[(int) item.id()]);
    }

    /** What the analyst corrected of the row's event; empty when nothing (or while the summaries load). */
    public Set<AnalystCorrection> corrections(TimelineItem row) {
        Map<String, Set<AnalystCorrection>> corrected = timeline.correctedProperty().get();
        if (corrected.isEmpty()) {
            return Set.of();
        }
        return timeline.event(row.id()).map(e -> corrected.getOrDefault(e.id(), Set.of())).orElse(Set.of());
    }

    /** ✎ when the analyst corrected the row's event, else nothing: the list's narrow column. */
    public String correctedMark(TimelineItem row) {
        return corrections(row).isEmpty() ? "" : CORRECTED_MARK;
    }

    /** What the analyst corrected of the row's event, as the sources pane says it (分析者が直した点：日付); empty when nothing. */
    public String correctedText(TimelineItem row) {
        return CorrectionText.of(messages, corrections(row));
    }

    /** The event's date as the window writes dates: 2022年1月10日(月), 2022年1月3日(月)〜2022年1月9日(日). */
    public String date(TimelineItem row) {
        return timeline.outline(row.id()).map(o -> messages.timeValue(o.time())).orElse("");
    }

    /**
     * The event's date as the list's column says it: 1月10日(月), 1月3日(月)〜1月9日(日) when every
     * listed event is of one year ({@link #onlyYearProperty()}), else as {@link #date(TimelineItem)}.
     */
    public String listedDate(TimelineItem row) {
        return onlyYear.get() == null ? date(row)
                : timeline.outline(row.id()).map(o -> messages.timeValueWithoutYear(o.time())).orElse("");
    }

    /** The event's category in the window's language, and whether it is background. */
    public String category(TimelineItem row) {
        return timeline.outline(row.id()).map(o -> messages.get("category." + o.category().name())
                + (o.background() ? messages.get("events.background") : "")).orElse("");
    }

    /**
     * The style class of the row's category colour, as the timeline paints it (the item's own style):
     * {@code category-protest}, or {@code category-background} for a background date.
     */
    public String categoryStyle(TimelineItem row) {
        return "category-" + row.category();
    }

    /** Where it happened, if the reports say. */
    public String place(TimelineItem row) {
        return timeline.outline(row.id()).map(EventOutline::place).orElse("");
    }

    /** Selects the row's event on the timeline too, and brings it into view there. */
    public void choose(TimelineItem row) {
        if (timeline.selectedIdProperty().get() == null || timeline.selectedIdProperty().get() != row.id()) {
            timeline.select(row.id());
        }
        timeline.revealSelection();
    }

    /** The row of the timeline's selected event, or -1 (none, or not shown). */
    public int indexOfSelected() {
        Long id = timeline.selectedIdProperty().get();
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The events the analyst corrected, by id: a change re-marks the rows. */
    public ReadOnlyObjectProperty<Map<String, Set<AnalystCorrection>>> correctedProperty() {
        return timeline.correctedProperty();
    }

    /** The timeline's selection, which the list follows. */
    public ReadOnlyObjectProperty<Long> selectedIdProperty() {
        return timeline.selectedIdProperty();
    }

    /** Opens the selected event's first report in the reader (Enter on a row). */
    public void openSelected() {
        timeline.openSelectedSource();
    }
}
