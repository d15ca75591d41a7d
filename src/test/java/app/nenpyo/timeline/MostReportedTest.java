package app.nenpyo.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MostReportedTest {

    @Property(tries = 300)
    void bestIsTheHighestKeyOfTheRangeAndTheEarliestOfEqualKeys(@ForAll @IntRange(min = 1, max = 300) int n,
                                                               @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = random.nextInt(6);
        }
        MostReported tree = MostReported.of(keys);
        for (int q = 0; q < 50; q++) {
            int from = random.nextInt(n);
            int to = from + 1 + random.nextInt(n - from);
            int expected = from;
            for (int i = from + 1; i < to; i++) {
                if (keys[i] > keys[expected]) {
                    expected = i;
                }
            }
            assertEquals(expected, tree.best(from, to), "range [" + from + ", " + to + ")");
        }
    }

    @Test
    void theKeyPutsSourcesFirst() {
        TimelineItem once = item(1, 0, 0, 1);
        TimelineItem twice = item(2, 0, 0, 2);
        TimelineItem manyTimes = item(3, 0, 0, 40);
        assertTrue(MostReported.key(twice) > MostReported.key(once));
        assertTrue(MostReported.key(manyTimes) > MostReported.key(twice));
        assertTrue(MostReported.key(item(7, 0, 0, 2)) > MostReported.key(item(8, 0, 0, 1)));
    }

    /**
     * Against every item in view short enough to take part: what is returned is among them, the most reported first, and
     * nothing in view left out is reported more than what was taken; all of it when few enough
     * items are near the window to be looked at.
     */
    @Property(tries = 200)
    void theMostReportedInViewComeFirstAndNoneBetterIsLeftOut(
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed, @ForAll @IntRange(min = 1, max = 800) int n,
            @ForAll @IntRange(min = 1, max = 60) int limit, @ForAll @IntRange(min = 0, max = 360) int firstDay,
            @ForAll @IntRange(min = 1, max = 900) int days) {
        List<TimelineItem> items = TimelineLayoutTest.randomItems(seed, n);
        TimelineIndex index = TimelineIndex.of(items);
        LaneIndex all = index.all();
        long from = Items.day(LocalDate.of(2022, 1, 1).plusDays(firstDay));
        long to = from + days * TimeScale.DAY;
        IntList visible = new IntList(16);
        all.visible(from, to, visible);
        IntList got = new IntList(16);
        all.mostReported(from, to, limit, got);

        Set<Integer> inView = new HashSet<>();
        for (int i = 0; i < visible.size(); i++) {
            if (LaneIndex.mayBeMostReported(index.item(visible.get(i)), from, to)) {
                inView.add(visible.get(i));
            }
        }
        Set<Integer> taken = new HashSet<>();
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < got.size(); i++) {
            int rank = got.get(i);
            assertTrue(inView.contains(rank), "rank " + rank + " is in view");
            assertTrue(taken.add(rank), "rank " + rank + " taken once");
            long key = MostReported.key(index.item(rank));
            assertTrue(key <= lowest, "most reported first");
            lowest = key;
        }
        assertTrue(got.size() <= limit);
        for (int rank : inView) {
            if (!taken.contains(rank) && got.size() > 0) {
                assertTrue(MostReported.key(index.item(rank)) <= lowest, "left out, yet reported more: " + index.item(rank));
            }
        }
        if (all.candidates(from, to) <= 4 * limit) {
            assertEquals(Math.min(limit, inView.size()), got.size(), "every candidate could be looked at");
        }
    }

    @Test
    void singleReportsAreTakenFromAllOverTheView() {
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            long start = Items.day(LocalDate.of(2022, 1, 1)) + i * (TimeScale.DAY / 100);
            items.add(item(i, start, start + TimeScale.DAY, 1));
        }
        TimelineIndex index = TimelineIndex.of(items);
        long from = index.firstStart();
        long to = index.lastEnd();
        IntList got = new IntList(16);
        index.all().mostReported(from, to, 40, got);
        assertEquals(40, got.size());
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < got.size(); i++) {
            starts.add(index.item(got.get(i)).start());
        }
        starts.sort(Comparator.naturalOrder());
        long quarter = (to - from) / 4;
        for (int q = 0; q < 4; q++) {
            long lo = from + q * quarter;
            long hi = lo + quarter;
            assertTrue(starts.stream().anyMatch(s -> s >= lo && s < hi), "some of the 40 from quarter " + q + ": " + starts);
        }
    }

    @Test
    void aSpanLongerThanAQuarterOfTheViewIsNotAmongTheMostReported() {
        long jan1 = Items.day(LocalDate.of(2022, 1, 1));
        List<TimelineItem> items = new ArrayList<>();
        items.add(item(1, jan1, Items.day(LocalDate.of(2023, 1, 1)), 100));
        items.add(item(2, jan1 + 40 * TimeScale.DAY, jan1 + 47 * TimeScale.DAY, 50));
        for (int i = 0; i < 300; i++) {
            long start = jan1 + i * TimeScale.DAY;
            items.add(item(10 + i, start, start + TimeScale.DAY, 1));
        }
        TimelineIndex index = TimelineIndex.of(items);
        assertTrue(mostReportedIds(index, jan1 + 31 * TimeScale.DAY, jan1 + 59 * TimeScale.DAY, 3).stream()
                .allMatch(id -> id >= 10), "a month's view: days only");
        assertEquals(List.of(2L), mostReportedIds(index, jan1, jan1 + 150 * TimeScale.DAY, 1), "five months: the week");
        assertEquals(List.of(1L), mostReportedIds(index, jan1, jan1 + 5 * 365 * TimeScale.DAY, 1), "five years: the year");
    }

    private static List<Long> mostReportedIds(TimelineIndex index, long from, long to, int limit) {
        IntList got = new IntList(4);
        index.all().mostReported(from, to, limit, got);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < got.size(); i++) {
            ids.add(index.item(got.get(i)).id());
        }
        return ids;
    }

    private static TimelineItem item(long id, long start, long end, int sources) {
        return new TimelineItem(id, start, end, Granularity.DAY, false, false, "e" + id, "c", sources,
                List.of());
    }
}
