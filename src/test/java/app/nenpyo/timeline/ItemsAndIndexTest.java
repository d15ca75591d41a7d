package app.nenpyo.timeline;

import static app.nenpyo.timeline.Items.day;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ItemsAndIndexTest {

    @Test
    void timeValuesBecomeIntervalsInTokyo() {
        TimelineItem d = TimelineItem.of(1, TimeValue.parse("2022-01-10"), TimeScale.TOKYO, "a", "c", 1, List.of(), false);
        assertEquals(day(LocalDate.of(2022, 1, 10)), d.start());
        assertEquals(day(LocalDate.of(2022, 1, 11)), d.end());
        assertTrue(d.isPoint());
        TimelineItem month = TimelineItem.of(2, TimeValue.parse("2022-01"), TimeScale.TOKYO, "a", "c", 1, List.of(), false);
        assertEquals(day(LocalDate.of(2022, 2, 1)), month.end());
        assertFalse(month.isPoint());
        TimelineItem at = TimelineItem.of(3, TimeValue.parse("2022-01-10T15:00"), TimeScale.TOKYO, "a", "c", 1, List.of(), false);
        assertEquals(at.start(), at.end());
        assertEquals(day(LocalDate.of(2022, 1, 10)) + 15 * TimeScale.HOUR, at.start());
        TimelineItem open = TimelineItem.of(4, TimeValue.parse("2022-01-10").withOpenness(TimeValue.Openness.OPEN_END),
                TimeScale.TOKYO, "a", "c", 1, List.of(), false);
        assertTrue(open.fuzzyEnd() && !open.fuzzyStart());
        TimelineItem unsure = TimelineItem.of(5, TimeValue.parse("2022-W02"), TimeScale.TOKYO, "a", "c", 1, List.of(), true);
        assertTrue(unsure.fuzzyStart() && unsure.fuzzyEnd());
        assertEquals(7 * TimeScale.DAY, unsure.end() - unsure.start());
    }

    /** The index finds exactly the items a linear scan finds, in start-then-id order. */
    @Property(tries = 200)
    void visibleMatchesALinearScan(@ForAll @IntRange(min = 0, max = 100_000) int seed,
                                   @ForAll @LongRange(min = 0, max = 400L * TimeScale.DAY) long from,
                                   @ForAll @LongRange(min = 1, max = 100L * TimeScale.DAY) long length) {
        List<TimelineItem> items = TimelineLayoutTest.randomItems(seed, 300);
        TimelineIndex index = TimelineIndex.of(items);
        long a = day(LocalDate.of(2021, 12, 1)) + from;
        long b = a + length;
        IntList out = new IntList(8);
        index.all().visible(a, b, out);
        List<Long> found = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            found.add(index.item(out.get(i)).id());
        }
        List<Long> expected = items.stream().filter(i -> i.start() < b && (i.end() > a || i.start() >= a))
                .sorted(java.util.Comparator.comparingLong(TimelineItem::start).thenComparingLong(TimelineItem::id))
                .map(TimelineItem::id).collect(Collectors.toList());
        assertEquals(expected, found);
        assertTrue(index.all().candidates(a, b) >= found.size());
        assertEquals(items.stream().filter(i -> i.start() >= a && i.start() < b).count(), index.all().countStarts(a, b));
    }

    @Test
    void densityHistogramCountsEveryItemOnce() {
        List<TimelineItem> items = TimelineLayoutTest.randomItems(3, 1000);
        TimelineIndex index = TimelineIndex.of(items);
        DensityHistogram h = DensityHistogram.of(index, 100);
        assertEquals(1000, java.util.Arrays.stream(h.counts()).sum());
        assertEquals(index.firstStart(), h.from());
        assertTrue(h.to() >= index.lastEnd());
        TimeScale overview = new TimeScale(h.from(), h.to(), 500, TimeScale.TOKYO);
        List<DisplayList.DensityBar> bars = h.bars(overview, 0, 40);
        assertTrue(bars.size() <= 100);
        assertEquals(1000, bars.stream().mapToInt(DisplayList.DensityBar::count).sum());
        assertTrue(bars.stream().allMatch(b -> b.y0() >= 0 && b.y1() == 40));
        TimeScale view = overview.zoom(250, 10);
        double[] w = DensityHistogram.window(overview, view);
        assertArrayEquals(new double[] {225, 275}, w, 0.01);
        assertEquals(h, DensityHistogram.of(index, 100));
    }

    @Test
    void cachedMeasureAsksOncePerTextAndRole() {
        int[] calls = {0};
        TextMeasure slow = (text, role) -> {
            calls[0]++;
            return text.length() * 10.0;
        };
        TextMeasure fast = TextMeasure.cached(slow, 2);
        assertEquals(20, fast.width("ab", TextRole.ITEM_LABEL));
        assertEquals(20, fast.width("ab", TextRole.ITEM_LABEL));
        assertEquals(1, calls[0]);
        assertEquals(20, fast.width("ab", TextRole.BADGE));
        assertEquals(2, calls[0]);
        fast.width("c", TextRole.ITEM_LABEL);
        fast.width("d", TextRole.ITEM_LABEL);
        assertEquals(30, fast.width("abc", TextRole.ITEM_LABEL), "still right after the cache was cleared");
    }

    @Test
    void elisionKeepsSurrogatePairsWhole() {
        TextMeasure m = new MonospaceTextMeasure(7);
        assertEquals("ジュネ…", m.elide("ジュネーブで会談", 50, TextRole.ITEM_LABEL));
        assertEquals("G7", m.elide("G7", 14, TextRole.ITEM_LABEL));
        assertEquals("", m.elide("G7", 5, TextRole.ITEM_LABEL));
        assertEquals("𠮷…", m.elide("𠮷野家の店", 25, TextRole.ITEM_LABEL));
    }
}
