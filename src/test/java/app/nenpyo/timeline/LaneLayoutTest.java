package app.nenpyo.timeline;

import static app.nenpyo.timeline.Items.onDay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LaneLayoutTest {

    private static final LocalDate D = LocalDate.of(2022, 1, 10);

    private static List<String> keys(List<TimelineItem> items, LaneSpec spec) {
        return LaneLayout.lanes(TimelineIndex.of(items), spec).stream().map(Lane::key).collect(Collectors.toList());
    }

    private static List<TimelineItem> sample() {
        return List.of(onDay(1, D, "a", "ロシア", "アメリカ"), onDay(2, D, "b", "ロシア"), onDay(3, D, "c", "中国"),
                onDay(4, D, "d"), onDay(5, D, "e", "カザフスタン"), onDay(6, D, "f", "ロシア"), onDay(7, D, "g", "アメリカ"));
    }

    @Test
    void byCountThenKeyWithUnassignedLast() {
        List<Lane> lanes = LaneLayout.lanes(TimelineIndex.of(sample()), LaneSpec.byKeys(LaneSpec.Order.BY_COUNT));
        assertEquals(List.of("ロシア", "アメリカ", "カザフスタン", "中国", ""),
                lanes.stream().map(Lane::key).collect(Collectors.toList()));
        assertEquals(new Lane("ロシア", "ロシア", 3), lanes.get(0));
        assertEquals(new Lane("", "その他", 1), lanes.get(4));
    }

    @Test
    void givenOrderFirstThenTheRestByCount() {
        assertEquals(List.of("カザフスタン", "中国", "ロシア", "アメリカ", ""),
                keys(sample(), LaneSpec.given(List.of("カザフスタン", "中国", "ロシア"))));
        assertEquals(List.of("アメリカ", "カザフスタン", "ロシア", "中国", ""), keys(sample(), LaneSpec.byKeys(LaneSpec.Order.BY_NAME)));
    }

    @Test
    void noLanesIsOneLaneOfEverything() {
        assertEquals(List.of(new Lane("", "", 7)), LaneLayout.lanes(TimelineIndex.of(sample()), LaneSpec.none()));
    }

    @Test
    void aKeyListedTwiceCountsOnce() {
        assertEquals(1, TimelineIndex.of(List.of(onDay(1, D, "a", "ロシア", "ロシア"))).lane("ロシア").size());
    }

    /** Adding items to one lane moves only that lane: the others keep their relative order. */
    @Property(tries = 200)
    void addingToOneLaneDoesNotReorderTheOthers(@ForAll @IntRange(min = 0, max = 100_000) int seed,
                                                @ForAll @IntRange(min = 0, max = 7) int lane,
                                                @ForAll @IntRange(min = 1, max = 30) int added) {
        java.util.Random r = new java.util.Random(seed);
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            items.add(onDay(i, D, "x", "L" + r.nextInt(8)));
        }
        LaneSpec spec = LaneSpec.byKeys(LaneSpec.Order.BY_COUNT);
        List<String> before = keys(items, spec);
        assertEquals(before, keys(items, spec), "same input, same order");
        for (int i = 0; i < added; i++) {
            items.add(onDay(1000 + i, D, "y", "L" + lane));
        }
        List<String> after = keys(items, spec);
        List<String> othersBefore = new ArrayList<>(before);
        othersBefore.remove("L" + lane);
        List<String> othersAfter = new ArrayList<>(after);
        othersAfter.remove("L" + lane);
        assertEquals(othersBefore, othersAfter);
    }
}
