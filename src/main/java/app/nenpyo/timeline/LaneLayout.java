package app.nenpyo.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the lanes of an index. The order depends only on the index and the spec, never on the
 * visible window, so panning and zooming never move a lane.
 *
 * <pre>{@code
 * LaneLayout.lanes(index, LaneSpec.byKeys(LaneSpec.Order.BY_COUNT));
 * // [Lane[ロシア, ロシア, 12], Lane[アメリカ, アメリカ, 9], …, Lane[, その他, 3]]
 * }</pre>
 *
 * <p>Stability rules: with BY_NAME and GIVEN (for the given keys) adding or removing items never
 * reorders lanes; with BY_COUNT adding an item to lane A can only move A (up, past lanes with fewer
 * items or equal counts and a later key); the other lanes keep their order relative to each other.
 */
public final class LaneLayout {

    private LaneLayout() {
    }

    public static List<Lane> lanes(TimelineIndex index, LaneSpec spec) {
        if (!spec.grouped()) {
            return List.of(new Lane(TimelineIndex.UNASSIGNED, "", index.size()));
        }
        Map<String, Integer> given = new HashMap<>();
        for (String key : spec.givenOrder()) {
            given.putIfAbsent(key, given.size());
        }
        List<Lane> lanes = new ArrayList<>();
        index.lanes().forEach((key, lane) -> lanes.add(new Lane(key,
                key.equals(TimelineIndex.UNASSIGNED) ? spec.unassignedTitle() : key, lane.size())));
        Comparator<Lane> byCount = Comparator.comparingInt(Lane::itemCount).reversed().thenComparing(Lane::key);
        Comparator<Lane> order;
        switch (spec.order()) {
            case BY_NAME:
                order = Comparator.comparing(Lane::key);
                break;
            case GIVEN:
                order = Comparator.<Lane>comparingInt(l -> given.getOrDefault(l.key(), Integer.MAX_VALUE)).thenComparing(byCount);
                break;
            default:
                order = byCount;
        }
        Comparator<Lane> unassignedLast = Comparator.comparing(l -> l.key().equals(TimelineIndex.UNASSIGNED));
        lanes.sort(unassignedLast.thenComparing(order));
        return List.copyOf(lanes);
    }
}
