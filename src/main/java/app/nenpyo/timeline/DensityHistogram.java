package app.nenpyo.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of items per time bucket over a whole project, for the overview band under the timeline
 * (and anywhere a zoomed-out summary is wanted). Built once in O(n) from the items' starts; drawing
 * it is O(buckets) whatever the number of items.
 *
 * <pre>{@code
 * DensityHistogram h = DensityHistogram.of(index, 1000);
 * TimeScale overview = new TimeScale(h.from(), h.to(), 1200, TimeScale.TOKYO);
 * h.bars(overview, 0, 40);                  // at most one bar per bucket, heights up to 40 px
 * DensityHistogram.window(overview, view);  // the draggable rectangle for the main view: {x0, x1}
 * }</pre>
 *
 * <p>Known weakness: items count in the bucket of their start, so a year-long item is one count in
 * January; buckets are equal lengths of time, not calendar months.
 */
public record DensityHistogram(long from, long to, long bucketMillis, int[] counts, int max) {

    /** Buckets of equal length covering {@code [first start, last end)} of the index (one day if empty). */
    public static DensityHistogram of(TimelineIndex index, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be at least 1: " + buckets);
        }
        long from = index.firstStart();
        long to = Math.max(from + TimeScale.DAY, index.lastEnd());
        long bucket = Math.max(1, (to - from + buckets - 1) / buckets);
        int[] counts = new int[buckets];
        int max = 0;
        for (int r = 0; r < index.size(); r++) {
            int b = (int) Math.min(buckets - 1, (index.item(r).start() - from) / bucket);
            max = Math.max(max, ++counts[b]);
        }
        return new DensityHistogram(from, from + bucket * buckets, bucket, counts, max);
    }

    public DensityHistogram {
        counts = counts.clone();
    }

    /** A copy: the histogram stays immutable. */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    public int buckets() {
        return counts.length;
    }

    public int count(int bucket) {
        return counts[bucket];
    }

    /** One bar per non-empty bucket, bottom at {@code top + height}, linear in the count. */
    public List<DisplayList.DensityBar> bars(TimeScale overview, double top, double height) {
        List<DisplayList.DensityBar> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            long s = from + i * bucketMillis;
            double level = (double) counts[i] / max;
            out.add(new DisplayList.DensityBar(overview.x(s), top + height - Math.max(1, level * height),
                    overview.x(s + bucketMillis), top + height, counts[i], level));
        }
        return out;
    }

    /** Where the main view lies on the overview: {x0, x1} in overview pixels. */
    public static double[] window(TimeScale overview, TimeScale view) {
        return new double[] {overview.x(view.start()), overview.x(view.end())};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DensityHistogram h && h.from == from && h.to == to && h.bucketMillis == bucketMillis
                && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(from) * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "DensityHistogram[" + from + ".." + to + ", " + counts.length + " buckets, max " + max + "]";
    }
}
