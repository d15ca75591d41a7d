package app.nenpyo.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the timeline needs of an event to draw, hover, filter and count it, without its sources'
 * spans or its merge reasons: a project of a million events loads these in about a second and
 * holds them in a few hundred megabytes; the whole {@link Event} is read when one is selected.
 *
 * @param actorKeys   the keys of its actors ({@link Actor#key()}), in the event's order
 * @param expressions the date expressions of its reports as written (10日, 先週), each once
 * @param sources     the paragraph of each report, in the event's order
 */
public record EventSummary(String id, TimeValue time, String label, EventCategory category, List<String> actorKeys,
                           String place, List<String> expressions, List<SourceParagraph> sources, boolean background) {

    public EventSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(category, "category");
        label = label == null ? "" : label;
        place = place == null ? "" : place;
        actorKeys = List.copyOf(actorKeys);
        expressions = List.copyOf(expressions);
        sources = List.copyOf(sources);
    }

    public int sourceCount() {
        return sources.size();
    }
}
