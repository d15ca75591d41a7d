package app.nenpyo.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the timeline needs of an event to draw, filter and count it, without its sources' spans or
 * its merge reasons: a project of a million events loads these in a second and holds them in a
 * few hundred megabytes; the whole {@link Event} is read when one is selected.
 *
 * @param actorKeys   the keys of its actors ({@link Actor#key()}), in the event's order
 * @param documentIds the stored documents its sources are in, each once, in source order
 * @param sourceCount how many reports it merges
 */
public record EventSummary(String id, TimeValue time, String label, EventCategory category, List<String> actorKeys,
                           String place, List<Long> documentIds, int sourceCount, boolean background) {

    public EventSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(category, "category");
        label = label == null ? "" : label;
        place = place == null ? "" : place;
        actorKeys = List.copyOf(actorKeys);
        documentIds = List.copyOf(documentIds);
    }
}
