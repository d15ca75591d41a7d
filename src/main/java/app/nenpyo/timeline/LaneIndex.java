package app.nenpyo.timeline;

import java.util.Arrays;

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
        longest = new long[classes];
        for (int c = 0; c < classes; c++) {
            starts[c] = new long[counts[c]];
            ends[c] = new long[counts[c]];
            ranks[c] = new int[counts[c]];
        }
        int[] fill = new int[classes];
        for (int r : sortedRanks) {
            TimelineItem item = byRank[r];
            int c = classOf(item);
            int i = fill[c]++;
            starts[c][i] = item.start();
            ends[c][i] = item.end();
            ranks[c][i] = r;
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
