package app.nenpyo.timeline;

/**
 * Which of a sorted run of items is reported most, over any range of it: a segment tree whose
 * nodes hold the position of their range's highest key. Built once per lane, on the first frame
 * that lane is too dense to draw item by item ({@link LaneIndex#mostReported}).
 *
 * <p>An item's key is its number of sources, ties broken by a hash of its id rather than by time:
 * among a day's thousand single-source reports, the ones shown are spread over the view, and stay
 * the same ones while the analyst pans or zooms (the hash, unlike a random draw, does not change).
 *
 * <pre>{@code
 * MostReported tree = MostReported.of(new long[] {1, 5, 3}); // keys in start order
 * tree.best(0, 3); // 1: the item keyed 5
 * tree.best(2, 3); // 2
 * }</pre>
 *
 * <p>Cost: built in O(n), 12 bytes an item; {@link #best} is O(log n).
 */
final class MostReported {

    private final long[] keys;
    private final int[] tree;
    private final int n;

    private MostReported(long[] keys) {
        this.keys = keys;
        this.n = keys.length;
        this.tree = new int[2 * Math.max(1, n)];
        for (int i = 0; i < n; i++) {
            tree[n + i] = i;
        }
        for (int node = n - 1; node >= 1; node--) {
            tree[node] = higher(tree[2 * node], tree[2 * node + 1]);
        }
    }

    static MostReported of(long[] keys) {
        return new MostReported(keys);
    }

    /** The key of an item: its sources first, then a stable hash of its id. */
    static long key(TimelineItem item) {
        long spread = (item.id() * 0x9E3779B97F4A7C15L) >>> 33;
        return ((long) item.sourceCount() << 31) | spread;
    }

    /** The position in {@code [from, to)} with the highest key (the earliest of equal keys); {@code from < to}. */
    int best(int from, int to) {
        if (from < 0 || to > n || from >= to) {
            throw new IllegalArgumentException("empty or outside range [" + from + ", " + to + ") of " + n);
        }
        int result = -1;
        for (int lo = from + n, hi = to + n; lo < hi; lo >>= 1, hi >>= 1) {
            if ((lo & 1) == 1) {
                result = result < 0 ? tree[lo] : higher(result, tree[lo]);
                lo++;
            }
            if ((hi & 1) == 1) {
                hi--;
                result = result < 0 ? tree[hi] : higher(result, tree[hi]);
            }
        }
        return result;
    }

    long keyAt(int position) {
        return keys[position];
    }

    private int higher(int a, int b) {
        if (keys[a] != keys[b]) {
            return keys[a] > keys[b] ? a : b;
        }
        return Math.min(a, b);
    }
}
