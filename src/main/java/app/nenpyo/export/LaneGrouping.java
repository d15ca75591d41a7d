package app.nenpyo.export;

import app.nenpyo.domain.Event;
import app.nenpyo.timeline.TimelineIndex;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a timeline is split into lanes, and which lanes an event belongs to: the one rule the
 * window's lane modes and the command line's export both use, so an event sits in the same lanes
 * on the screen and in an exported picture. The window describes an event summary, the command
 * line a whole event, through {@link EventFacts}.
 *
 * <pre>{@code
 * LaneGrouping.ACTOR.keys(event, catalog, ReportLanguage.JA);   // [中国, 王毅国務委員兼外相, …]
 * }</pre>
 */
public enum LaneGrouping {
    NONE, ACTOR, PLACE, CATEGORY, DOCUMENT;

    /**
     * What an event names that lanes are made of. Only what the grouping needs is asked for, so
     * an implementation may work each out when asked (document titles for one grouping only).
     */
    public interface EventFacts {
        /** Its actors' names as shown, in the event's order. */
        List<String> actorNames();

        /** Its place; blank when it has none. */
        String place();

        /** Its category's name in the language shown. */
        String categoryName();

        /** The title of each document it comes from, in the event's order of sources. */
        List<String> documentTitles();
    }

    /**
     * The lanes {@code event} belongs to, each once, in the event's order: cleaned to one line of
     * text; none (so its lane is その他) when it names no such thing.
     */
    public List<String> keys(EventFacts event) {
        Set<String> keys = new LinkedHashSet<>();
        switch (this) {
            case ACTOR -> event.actorNames().forEach(name -> add(keys, name));
            case PLACE -> add(keys, event.place());
            case CATEGORY -> add(keys, event.categoryName());
            case DOCUMENT -> event.documentTitles().forEach(title -> add(keys, title));
            case NONE -> {
            }
        }
        return List.copyOf(keys);
    }

    /** The lanes of a whole event of {@code catalog}, category names in {@code language}. */
    public List<String> keys(Event e, EventCatalog catalog, ReportLanguage language) {
        return keys(new EventFacts() {
            @Override
            public List<String> actorNames() {
                return e.actors().stream().map(a -> a.displayName()).toList();
            }

            @Override
            public String place() {
                return e.place();
            }

            @Override
            public String categoryName() {
                return language.text("category." + e.category().name());
            }

            @Override
            public List<String> documentTitles() {
                return e.sources().stream().map(catalog::documentTitle).toList();
            }
        });
    }

    private static void add(Set<String> keys, String name) {
        String key = PlainText.line(name == null ? "" : name).strip();
        // the index's own key for "no lane" would merge the event into その他 under a false name
        if (!key.isEmpty() && !key.equals(TimelineIndex.UNASSIGNED)) {
            keys.add(key);
        }
    }
}
