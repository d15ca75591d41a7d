package app.nenpyo.domain;

import java.util.List;
import java.util.Objects;

/**
 * A dated happening on the timeline, with every report of it.
 *
 * <p>Example (the sample): {@code Event("ev-22059b5a03ee6056", 2022-01-10, "王毅国務委員兼外相が協力強化に意欲を示す",
 * [中国, 王毅, 中央アジア, カザフスタン, 中国外務省, トレウベルディ], "", STATEMENT, [¶11 source, ¶22 source],
 * ["¶22 with ¶11: same day 2022-01-10; same subject 王毅"], false)}.
 *
 * @param id           stable id: the smallest source id of its sources (see
 *                     {@code app.nenpyo.events.EventIds}); the same files give the same ids
 * @param time         when, with the granularity the writer used (先週 is a week)
 * @param label        a short Japanese headline, about 40 characters at most: who did what
 * @param actors       the actors of its clauses, after alias merging, in order of first appearance
 * @param place        the canonical name of where it happened, "" when not said
 * @param category     the category most of its reports have (ties: the first report's)
 * @param sources      every report in reading order, the one the label came from first
 * @param mergeReasons one line per merge saying why two reports were taken for one happening
 * @param background   true when every source is background (kept, but not on the main timeline)
 */
public record Event(String id, TimeValue time, String label, List<Actor> actors, String place,
                    EventCategory category, List<EventSource> sources, List<String> mergeReasons,
                    boolean background) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(category, "category");
        actors = List.copyOf(actors);
        place = place == null ? "" : place;
        sources = List.copyOf(sources);
        mergeReasons = List.copyOf(mergeReasons);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one source");
        }
    }

    /** The same event under another label (the analyst's). */
    public Event withLabel(String newLabel) {
        return new Event(id, time, newLabel, actors, place, category, sources, mergeReasons, background);
    }

    /** The same event, on the timeline ({@code false}) or set aside as background ({@code true}). */
    public Event withBackground(boolean setAside) {
        return new Event(id, time, label, actors, place, category, sources, mergeReasons, setAside);
    }
}
