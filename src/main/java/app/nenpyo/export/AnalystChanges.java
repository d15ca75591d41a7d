package app.nenpyo.export;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import java.util.function.Predicate;

/**
 * What the analyst changed, as the JSON event list says it: which events the analyst dated,
 * relabelled or set aside (or put back), which reports the analyst took out of their event,
 * joined to another event, or added (a clause with no date expression). Each predicate is read
 * once from the project and tested many times.
 */
public record AnalystChanges(Predicate<Event> dated, Predicate<Event> relabelled, Predicate<Event> decided,
                             Predicate<EventSource> keptApart, Predicate<EventSource> joined, Predicate<EventSource> added) {

    /** Of a project the analyst never corrected (a generated one): every call is the extractor's. */
    public static AnalystChanges none() {
        return new AnalystChanges(e -> false, e -> false, e -> false, s -> false, s -> false, s -> false);
    }
}
