package app.nenpyo.timeline;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The items of one lane (or of all lanes), searchable by time. Items are split into duration
 * classes (up to a day, a month, a year, longer), each sorted by start, so the items that overlap a
 * window are found by binary search on starts from {@code from - longest duration in the class}:
 * a year-long item does not force a scan of a year of day items.
 *
 * <p>Cost: {@link #visible} is O(log n + k) for k candidates; {@link #countStarts} is O(log n).
 * Known weakness: a class's longest item sets its search margin, so one decades-long item makes
 * every query of the last class scan all of that class (which holds only multi-year items).
 */
public final class LaneIndex {

    private static final long[] CLASS_LIMITS = {
            TimeScale.DAY + TimeScale.HOUR, 32 * TimeScale.DAY, 400 * TimeScale.DAY, Long.MAX_VALUE};

    private final long[][] starts;
    private final long[][] ends;
    private final int[][] ranks;
    private final long[] longest;
    private final int size;
    /** {@link MostReported#key} of each item, taken while the item is at hand: a later pass over a million items costs their cache misses again. */
    private final long[][] keys;
    /** Per duration class, made on the first frame that shows this lane as density; the race to make it is harmless. */
    private volatile MostReported[] mostReported;

    /** {@code sortedRanks} ascending ranks into {@code byRank}, which is sorted by start then id. */
    LaneIndex(int[] sortedRanks, TimelineItem[] byRank) {
        int classes = CLASS_LIMITS.length;
        int[] counts = new int[classes];
        for (int r : sortedRanks) {
            counts[classOf(byRank[r])]++;
        }
        starts = new long[classes][];
        ends = new long[classes][];
        ranks = new int[classes][];
        keys = new long[classes][];
        longest = new long[classes];
        for (int c = 0; c < classes; c++) {
            starts[c] = new long[counts[c]];
            ends[c] = new long[counts[c]];
            ranks[c] = new int[counts[c]];
            keys[c] = new long[counts[c]];
        }
        int[] fill = new int[classes];
        for (int r : sortedRanks) {
            TimelineItem item = byRank[r];
            int c = classOf(item);
            int i = fill[c]++;
            starts[c][i] = item.start();
            ends[c][i] = item.end();
            ranks[c][i] = r;
            keys[c][i] = MostReported.key(item);
            longest[c] = Math.max(longest[c], item.end() - item.start());
        }
        size = sortedRanks.length;
    }

    private static int classOf(TimelineItem item) {
        long d = item.end() - item.start();
        int c = 0;
        while (d > CLASS_LIMITS[c]) {
            c++;
        }
        return c;
    }

    public int size() {
        return size;
    }

    /**
     * Adds to {@code out}, in ascending rank (start, then id) order, the items that touch
     * {@code [from, to)}: {@code start < to} and ({@code end > from} or an instant at {@code from}).
     */
    void visible(long from, long to, IntList out) {
        for (int c = 0; c < starts.length; c++) {
            long[] s = starts[c];
            int lo = lowerBound(s, from - longest[c]);
            int hi = lowerBound(s, to);
            long[] e = ends[c];
            int[] r = ranks[c];
            for (int i = lo; i < hi; i++) {
                if (e[i] > from || s[i] >= from) {
                    out.add(r[i]);
                }
            }
        }
        out.sort();
    }

    /** An upper bound of what {@link #visible} would return, in O(log n): decides detail or density. */
    int candidates(long from, long to) {
        int n = 0;
        for (int c = 0; c < starts.length; c++) {
            n += lowerBound(starts[c], to) - lowerBound(starts[c], from - longest[c]);
        }
        return n;
    }

    /**
     * Adds to {@code out} up to {@code limit} ranks of the items that touch {@code [from, to)} (as in
     * {@link #visible}) with the most sources, most first (equal counts in an order that is fixed per
     * item but spread over time, see {@link MostReported}). Only items of a duration class at most a
     * quarter of the window take part (days always): a year-long item reported a hundred times would
     * otherwise fill a month's view with bars wider than the view, saying nothing of that month.
     * Looks at no more than {@code 4 * limit} candidates, so a long span that ends before the window
     * costs a look but no result.
     *
     * <p>Cost: O(limit log n), whatever the number of items in the window.
     */
    void mostReported(long from, long to, int limit, IntList out) {
        MostReported[] trees = trees();
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int c = 0; c < starts.length && classTakesPart(c, to - from); c++) {
            offer(queue, trees[c], c, lowerBound(starts[c], from - longest[c]), lowerBound(starts[c], to));
        }
        int looked = 0;
        while (out.size() < limit && looked < 4 * limit && !queue.isEmpty()) {
            Candidate best = queue.poll();
            looked++;
            int c = best.durationClass();
            int i = best.position();
            if (ends[c][i] > from || starts[c][i] >= from) {
                out.add(ranks[c][i]);
            }
            offer(queue, trees[c], c, best.from(), i);
            offer(queue, trees[c], c, i + 1, best.to());
        }
    }

    /** Whether {@code item} may be among the most reported of {@code [from, to)}: its duration class is short enough. */
    static boolean mayBeMostReported(TimelineItem item, long from, long to) {
        return classTakesPart(classOf(item), to - from);
    }

    private static boolean classTakesPart(int durationClass, long window) {
        return durationClass == 0 || CLASS_LIMITS[durationClass] <= window / 4;
    }

    private static void offer(PriorityQueue<Candidate> queue, MostReported tree, int durationClass, int from, int to) {
        if (from < to) {
            int best = tree.best(from, to);
            queue.add(new Candidate(tree.keyAt(best), durationClass, best, from, to));
        }
    }

    private MostReported[] trees() {
        MostReported[] made = mostReported;
        if (made == null) {
            made = new MostReported[starts.length];
            for (int c = 0; c < starts.length; c++) {
                made[c] = MostReported.of(keys[c]);
            }
            mostReported = made;
        }
        return made;
    }

    /** The best item of a range of one duration class, and the range, to split around it once taken. */
    private record Candidate(long key, int durationClass, int position, int from, int to) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate other) {
            if (key != other.key) {
                return Long.compare(other.key, key);
            }
            // equal keys in two classes: the shorter class first, then the earlier
            return durationClass != other.durationClass ? Integer.compare(durationClass, other.durationClass)
                    : Integer.compare(position, other.position);
        }
    }

    /** How many items start in {@code [from, to)}. */
    public int countStarts(long from, long to) {
        int n = 0;
        for (long[] s : starts) {
            n += lowerBound(s, to) - lowerBound(s, from);
        }
        return n;
    }

    /** The first index whose value is {@code >= key}. */
    static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "LaneIndex" + Arrays.toString(Arrays.stream(starts).mapToInt(a -> a.length).toArray());
    }
}
