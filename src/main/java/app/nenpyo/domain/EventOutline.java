package app.nenpyo.domain;

import java.util.List;
import java.util.Objects;

/**
 * The part of an {@link EventSummary} the timeline's first frame needs: when, what, which kind,
 * whose, where and how often reported, without its id, date expressions or source paragraphs. A
 * window opening a project of a million events draws these first (about a third of the objects
 * the summaries take) and reads the summaries after, for hovering, selection and filters.
 *
 * <pre>{@code
 * EventOutline.of(summary);   // 2022-01-10, トカエフ大統領が…と発言, STATEMENT, [person:トカエフ], 3 sources
 * }</pre>
 *
 * @param actorKeys   the keys of its actors ({@link Actor#key()}), in the event's order
 * @param sourceCount how many reports the event has
 */
public record EventOutline(TimeValue time, String label, EventCategory category, List<String> actorKeys, String place,
                           int sourceCount, boolean background) {

    public EventOutline {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(category, "category");
        label = label == null ? "" : label;
        place = place == null ? "" : place;
        actorKeys = List.copyOf(actorKeys);
        if (sourceCount < 0) {
            throw new IllegalArgumentException("a negative source count: " + sourceCount);
        }
    }

    /** The outline of a summary: the same event, less. */
    public static EventOutline of(EventSummary summary) {
        return new EventOutline(summary.time(), summary.label(), summary.category(), summary.actorKeys(), summary.place(),
                summary.sourceCount(), summary.background());
    }

    /** Whether a summary is of the event this outlines, as far as the outline tells. */
    public boolean outlines(EventSummary summary) {
        return time.equals(summary.time()) && label.equals(summary.label()) && category == summary.category()
                && actorKeys.equals(summary.actorKeys()) && place.equals(summary.place())
                && sourceCount == summary.sourceCount() && background == summary.background();
    }
}
