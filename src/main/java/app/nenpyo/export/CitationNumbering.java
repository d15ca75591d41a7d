package app.nenpyo.export;

import app.nenpyo.timeline.CitationMark;
import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.TimelineItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Numbers the events a laid-out timeline shows {@code [1]}, {@code [2]}, … in time order, the
 * number before each label, so the footnotes can cite them. Which events show depends on how wide
 * their labels are, and the number is part of the label: so it lays out, numbers what showed,
 * and lays out again with those numbers until the shown events are exactly the numbered ones
 * (usually the second pass; at most {@value #MAX_PASSES}). Unnumbered events get provisional
 * numbers after the others, so a number on the picture is never used twice and always has its
 * footnote. Only the first {@code cap} shown events get a number. The caller's layout is one for
 * citations ({@link app.nenpyo.timeline.LayoutOptions#withCitations}): no source-count badges, since
 * the footnote lists every source; the counts stay on the items, as a dense lane shows its most
 * reported.
 *
 * <pre>{@code
 * CitationNumbering.Result r = CitationNumbering.number(items, list -> TimelineLayout.layout(list, …), 300);
 * r.numbers();   // item id → number, for the events shown and numbered
 * }</pre>
 */
public final class CitationNumbering {
    static final int MAX_PASSES = 4;

    private CitationNumbering() {
    }

    /**
     * @param timeline  the laid-out picture
     * @param numbers   item id → its number, for every numbered event the picture shows
     * @param shownIds  every event the picture shows as a mark, in time order (numbered or beyond the cap)
     */
    public record Result(DisplayList timeline, Map<Long, Integer> numbers, List<Long> shownIds) {
    }

    public static Result number(List<TimelineItem> items, Function<List<TimelineItem>, DisplayList> layout, int cap) {
        List<TimelineItem> byTime = new ArrayList<>(items);
        byTime.sort(Comparator.comparingLong(TimelineItem::start).thenComparingLong(TimelineItem::id));
        Map<Long, Integer> numbers = new HashMap<>();
        Result result = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Map<Long, Integer> assigned = assign(byTime, numbers, cap);
            DisplayList list = layout.apply(labelled(items, assigned));
            List<Long> shown = shown(list, byTime);
            Map<Long, Integer> wanted = new HashMap<>();
            for (int i = 0; i < shown.size() && i < cap; i++) {
                wanted.put(shown.get(i), i + 1);
            }
            Map<Long, Integer> drawn = new HashMap<>();
            for (Long id : shown) {
                if (assigned.containsKey(id)) {
                    drawn.put(id, assigned.get(id));
                }
            }
            result = new Result(list, drawn, shown);
            if (drawn.equals(wanted)) {
                break;
            }
            numbers = wanted;
        }
        return result;
    }

    /** Final numbers where known; the others after the highest, in time order, up to the cap. */
    private static Map<Long, Integer> assign(List<TimelineItem> byTime, Map<Long, Integer> numbers, int cap) {
        Map<Long, Integer> assigned = new HashMap<>(numbers);
        int next = numbers.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (TimelineItem item : byTime) {
            if (next > cap) {
                break;
            }
            if (!assigned.containsKey(item.id())) {
                assigned.put(item.id(), next++);
            }
        }
        return assigned;
    }

    private static List<TimelineItem> labelled(List<TimelineItem> items, Map<Long, Integer> numbers) {
        List<TimelineItem> out = new ArrayList<>(items.size());
        for (TimelineItem i : items) {
            Integer n = numbers.get(i.id());
            String label = n == null ? i.label() : CitationMark.prefixed(n, i.label());
            out.add(new TimelineItem(i.id(), i.start(), i.end(), i.granularity(), i.fuzzyStart(), i.fuzzyEnd(), label,
                    i.category(), i.sourceCount(), i.laneKeys()));
        }
        return out;
    }

    /** Ids of the events drawn as a marker or a bar, in time order (an event in two lanes counts once). */
    private static List<Long> shown(DisplayList list, List<TimelineItem> byTime) {
        Set<Long> ids = new LinkedHashSet<>();
        for (DisplayList.Shape s : list.shapes()) {
            if (s instanceof DisplayList.Marker m) {
                ids.add(m.itemId());
            } else if (s instanceof DisplayList.Bar b) {
                ids.add(b.itemId());
            }
        }
        List<Long> ordered = new ArrayList<>(ids.size());
        for (TimelineItem item : byTime) {
            if (ids.contains(item.id())) {
                ordered.add(item.id());
            }
        }
        return ordered;
    }
}
