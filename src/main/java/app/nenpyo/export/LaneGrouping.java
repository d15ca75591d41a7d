package app.nenpyo.export;

import app.nenpyo.domain.Event;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the command line splits an exported timeline into lanes: as the window's lane modes do
 * (the window hands its own items and lanes to the export instead).
 *
 * <pre>{@code
 * LaneGrouping.ACTOR.keys(event, catalog, ReportLanguage.JA);   // [中国, 王毅国務委員兼外相, …]
 * }</pre>
 */
public enum LaneGrouping {
    NONE, ACTOR, PLACE, CATEGORY, DOCUMENT;

    /** The lanes an event belongs to; none (its lane is その他) when it has no such thing. */
    public List<String> keys(Event e, EventCatalog catalog, ReportLanguage language) {
        Set<String> keys = new LinkedHashSet<>();
        switch (this) {
            case ACTOR -> e.actors().forEach(a -> keys.add(PlainText.line(a.displayName())));
            case PLACE -> {
                if (!e.place().isBlank()) {
                    keys.add(PlainText.line(e.place()));
                }
            }
            case CATEGORY -> keys.add(language.text("category." + e.category().name()));
            case DOCUMENT -> e.sources().forEach(s -> keys.add(PlainText.line(catalog.documentTitle(s))));
            case NONE -> {
            }
        }
        return List.copyOf(keys);
    }
}
