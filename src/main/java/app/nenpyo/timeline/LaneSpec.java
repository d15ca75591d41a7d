package app.nenpyo.timeline;

import java.util.List;
import java.util.Objects;

/**
 * How items are split into lanes. {@link #none()} puts everything in one lane without a header.
 * {@link #byKeys} makes one lane per lane key that the caller put on the items (actors, places,
 * categories, documents: this package only groups), ordered by {@link Order}.
 *
 * <pre>{@code
 * LaneSpec.none();
 * LaneSpec.byKeys(LaneSpec.Order.BY_COUNT);                     // biggest lanes first
 * LaneSpec.given(List.of("カザフスタン", "中国", "ロシア", "アメリカ")); // this order, others after
 * }</pre>
 */
public record LaneSpec(boolean grouped, Order order, List<String> givenOrder, String unassignedTitle) {

    /**
     * Lane order. All orders put the lane of items without keys last and break ties by key
     * (String order, so the same keys always give the same order).
     */
    public enum Order {
        /** Most items first (counted over the whole index, not the visible window, so panning never reorders). */
        BY_COUNT,
        /** By key. */
        BY_NAME,
        /** The keys of {@code givenOrder} first, in that order; any other key after them, by count. */
        GIVEN
    }

    public LaneSpec {
        Objects.requireNonNull(order, "order");
        givenOrder = givenOrder == null ? List.of() : List.copyOf(givenOrder);
        unassignedTitle = unassignedTitle == null ? "" : unassignedTitle;
    }

    public static LaneSpec none() {
        return new LaneSpec(false, Order.BY_COUNT, List.of(), "");
    }

    public static LaneSpec byKeys(Order order) {
        return new LaneSpec(true, order, List.of(), "その他");
    }

    public static LaneSpec given(List<String> keys) {
        return new LaneSpec(true, Order.GIVEN, keys, "その他");
    }

    /** The header of the lane of items without a key (その他 by default). */
    public LaneSpec withUnassignedTitle(String title) {
        return new LaneSpec(grouped, order, givenOrder, title);
    }
}
