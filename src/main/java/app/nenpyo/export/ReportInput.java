package app.nenpyo.export;

import app.nenpyo.domain.Event;
import app.nenpyo.timeline.LaneSpec;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The timeline to export: the catalog, one {@link TimelineItem} per event (item id = position in
 * the catalog), how they are split into lanes and what those lanes are called, and the language
 * of the page's own words. The window passes the items and lanes it shows, so the export is what
 * the screen shows; the command line builds them with {@link #of}.
 *
 * <p>The items may be fewer than the catalog's events (the window's filters hide some); each
 * item's id is its event's position in the catalog.
 *
 * @param laneName what the subtitle calls the lanes ("人物・組織"), empty without lanes
 * @param filters  the filters that were on, as the window shows them (ロシア, 「協議」), for the subtitle
 */
public record ReportInput(EventCatalog catalog, List<TimelineItem> items, LaneSpec lanes, String laneName,
                          List<String> filters, ReportLanguage language) {

    public ReportInput {
        Objects.requireNonNull(catalog, "catalog");
        items = List.copyOf(items);
        Objects.requireNonNull(lanes, "lanes");
        laneName = Objects.requireNonNullElse(laneName, "");
        filters = List.copyOf(filters);
        Objects.requireNonNull(language, "language");
        for (TimelineItem item : items) {
            if (item.id() < 0 || item.id() >= catalog.events().size()) {
                throw new IllegalArgumentException("item " + item.id() + " is none of the catalog's "
                        + catalog.events().size() + " events");
            }
        }
    }

    /**
     * The catalog of the events the picture of {@code scope} holds: those of its items in the
     * scope's lanes and time ({@link ExportScope#itemsIn}), in the items' order. For the data
     * exports, so that they hold the events the picture would show.
     */
    public EventCatalog catalogIn(ExportScope scope) {
        List<Event> kept = new ArrayList<>();
        for (TimelineItem item : scope.itemsIn(items, lanes)) {
            kept.add(catalog.events().get(Math.toIntExact(item.id())));
        }
        return new EventCatalog(kept, catalog.documentsByKey(), catalog.datedByAnalyst());
    }

    /** Items as the window makes them (category as style key), lanes by {@code grouping}, biggest first. */
    public static ReportInput of(EventCatalog catalog, LaneGrouping grouping, ReportLanguage language) {
        List<TimelineItem> items = new ArrayList<>(catalog.events().size());
        for (int i = 0; i < catalog.events().size(); i++) {
            Event e = catalog.events().get(i);
            items.add(TimelineItem.of(i, e.time(), TimeScale.TOKYO, PlainText.line(e.label()),
                    e.category().name().toLowerCase(Locale.ROOT), e.sources().size(),
                    grouping.keys(e, catalog, language), false));
        }
        LaneSpec spec = grouping == LaneGrouping.NONE ? LaneSpec.none()
                : LaneSpec.byKeys(LaneSpec.Order.BY_COUNT).withUnassignedTitle(language.text("lanes.unassigned"));
        return new ReportInput(catalog, items, spec,
                grouping == LaneGrouping.NONE ? "" : language.text("lanes." + grouping.name()), List.of(), language);
    }
}
