package app.nenpyo.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stacks one lane's visible items into rows so that no two boxes (mark, badge and label) in a row
 * overlap, eliding labels and folding crowds into clusters.
 *
 * <p>Items are taken in start-then-id order (their rank). Each goes to the first row where its whole
 * box fits after the last box plus the gap; failing that, to the first row where it fits once the
 * previous label there is elided down to {@code minLabelWidth}; failing that (all
 * {@code maxRowsPerLane} rows are busy here) it folds into a cluster: the last entry of the freest
 * row becomes (or grows) a cluster with a count. Zooming in spreads items apart so clusters open by
 * themselves; zooming out makes them.
 *
 * <p>Deterministic: only ranks and the scale decide. Items up to {@code contextPx} left of the view
 * take part, so an item keeps its row while panning until something left of it changes.
 *
 * <p>Known weaknesses: greedy first fit, so an early long label can push later items into clusters
 * that a global optimum would have avoided; rows may still change when panning by more than
 * {@code contextPx}, and when a cluster's first item leaves the context window.
 */
final class RowLayout {

    /** A placed item or cluster; mutable only while the lane is being laid out. */
    static final class Entry {
        final TimelineItem item;
        final List<TimelineItem> members = new ArrayList<>();
        int row;
        double x0;
        double markEnd;
        /** Mark geometry: for a point its centre, for a bar its drawn ends. */
        double cx;
        double barX0;
        double barX1;
        double annotationStart;
        double badgeWidth;
        double labelStart;
        double labelWidth;
        /** The label (and the whole box) must end before this x. */
        double labelLimit;
        double fullEnd;
        double hardEnd;
        boolean cluster;
        long from;
        long to;

        Entry(TimelineItem item) {
            this.item = item;
        }

        double end() {
            return cluster ? fullEnd : Math.max(markEnd, Math.min(fullEnd, labelLimit));
        }
    }

    private RowLayout() {
    }

    /** Lays out the items at {@code ranks} (ascending) of {@code index} in up to {@code rows} rows. */
    static List<Entry> layout(TimelineIndex index, IntList ranks, int rows, TimeScale scale, LayoutOptions o,
                              TextMeasure m) {
        double[] soft = new double[rows];
        double[] hard = new double[rows];
        Entry[] last = new Entry[rows];
        Arrays.fill(soft, Double.NEGATIVE_INFINITY);
        Arrays.fill(hard, Double.NEGATIVE_INFINITY);
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < ranks.size(); i++) {
            Entry e = measure(index.item(ranks.get(i)), scale, o, m);
            int row = firstFit(soft, e.x0, o.gap());
            if (row < 0) {
                row = firstFit(hard, e.x0, o.gap());
                if (row >= 0) {
                    last[row].labelLimit = e.x0 - o.gap();
                }
            }
            if (row >= 0) {
                e.row = row;
                soft[row] = e.fullEnd;
                hard[row] = e.hardEnd;
                last[row] = e;
                out.add(e);
                continue;
            }
            int freest = 0;
            for (int r = 1; r < rows; r++) {
                if (hard[r] < hard[freest]) {
                    freest = r;
                }
            }
            Entry c = last[freest];
            if (!c.cluster) {
                c = toCluster(c);
                out.set(out.lastIndexOf(last[freest]), c);
                last[freest] = c;
            }
            absorb(c, e, m);
            soft[freest] = c.fullEnd;
            hard[freest] = c.fullEnd;
        }
        return out;
    }

    private static int firstFit(double[] edges, double x0, double gap) {
        for (int r = 0; r < edges.length; r++) {
            if (x0 >= edges[r] + gap) {
                return r;
            }
        }
        return -1;
    }

    private static Entry measure(TimelineItem item, TimeScale scale, LayoutOptions o, TextMeasure m) {
        Entry e = new Entry(item);
        if (item.isPoint()) {
            e.cx = scale.x(item.anchor());
            e.x0 = e.cx - o.pointRadius();
            e.markEnd = e.cx + o.pointRadius();
            e.annotationStart = e.markEnd + 3;
        } else {
            e.barX0 = scale.x(item.start());
            e.barX1 = Math.max(scale.x(item.end()), e.barX0 + o.minBarWidth());
            e.x0 = e.barX0;
            e.markEnd = e.barX1;
            // The label sits inside the bar, from its start, and runs on past a short bar.
            e.annotationStart = e.barX0 + 4;
        }
        e.badgeWidth = item.sourceCount() >= 2 ? m.width(Integer.toString(item.sourceCount()), TextRole.BADGE) + 6 : 0;
        e.labelStart = e.annotationStart + (e.badgeWidth > 0 ? e.badgeWidth + 3 : 0);
        e.labelWidth = m.width(item.label(), TextRole.ITEM_LABEL);
        e.fullEnd = Math.max(e.markEnd, e.labelStart + e.labelWidth);
        e.hardEnd = Math.max(e.markEnd, e.labelStart + Math.min(e.labelWidth, o.minLabelWidth()));
        e.labelLimit = e.fullEnd;
        e.from = item.start();
        e.to = item.end();
        return e;
    }

    private static Entry toCluster(Entry first) {
        Entry c = new Entry(null);
        c.cluster = true;
        c.row = first.row;
        c.x0 = first.x0;
        c.markEnd = Math.min(first.markEnd, first.x0 + 8);
        c.from = first.from;
        c.to = first.to;
        c.members.add(first.item);
        return c;
    }

    private static void absorb(Entry c, Entry e, TextMeasure m) {
        c.members.add(e.item);
        // The pill covers where its members start, not the whole length of a long bar among them:
        // a month-long bar would otherwise stretch the cluster across the view.
        c.markEnd = Math.max(c.markEnd, Math.min(e.markEnd, e.x0 + 8));
        c.from = Math.min(c.from, e.from);
        c.to = Math.max(c.to, e.to);
        double countBox = m.width(Integer.toString(c.members.size()), TextRole.CLUSTER_COUNT) + 10;
        c.fullEnd = Math.max(c.markEnd, c.x0 + countBox);
        c.hardEnd = c.fullEnd;
        c.labelLimit = c.fullEnd;
    }
}
