package app.nenpyo.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stacks one lane's visible items into rows so that no two boxes (mark, badge and label) in a row
 * overlap, eliding labels and folding crowds into clusters.
 *
 * <p>Items are taken in start-then-id order (their rank). Each goes to the first row where its whole
 * box fits after the last box plus the gap; failing that, to the row where it fits once the
 * previous label there is elided (down to {@code minLabelWidth} at most) and that label keeps the
 * most of itself; failing that (all
 * {@code maxRowsPerLane} rows are busy here) it folds into a cluster: the last entry of the freest
 * row becomes (or grows) a cluster with a count. Zooming in spreads items apart so clusters open by
 * themselves; zooming out makes them.
 *
 * <p>Deterministic: only ranks and the scale decide. Items up to {@code contextPx} left of the view
 * take part, so an item keeps its row while panning until something left of it changes.
 *
 * <p>Known weaknesses: greedy first fit, so an early long label can push later items into clusters
 * that a global optimum would have avoided; rows may still change when panning by more than
 * {@code contextPx}, when a cluster's first item leaves the context window, and when a bar slides
 * so far off an edge that its label no longer fits the part still in view and moves after it.
 */
final class RowLayout {

    /** A placed item or cluster; mutable only while the lane is being laid out. */
    static final class Entry {
        final TimelineItem item;
        final List<TimelineItem> members = new ArrayList<>();
        int row;
        /** Where the entry's box starts: its mark, or the citation number drawn before it. */
        double x0;
        /** Where its mark starts. */
        double markX0;
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
        /** Where its placement ends the label: inside its bar, the bar's inner end; elsewhere the picture's right edge. */
        double labelEnd;
        /** An export's citation number with no room after the mark: it is drawn whole, ending just before the mark. */
        boolean numberBeforeMark;
        double numberWidth;
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

    /** Room between a mark and the label after it (or the number before it). */
    static final double MARK_TO_LABEL = 3;
    /** Room between a bar's ends and a label inside it. */
    static final double BAR_INSET = 4;

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
                row = mostKept(last, hard, e.x0, o.gap());
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

    /**
     * Places items in the order given (the most important first) in up to {@code rows} rows, each
     * whole where it overlaps nothing placed before: the first row with room for its box, labels
     * never elided, crowds never folded. An item with no room in any row is left out, so what is
     * shown is what matters most, readable. Rows are not kept while panning, since what is most
     * important changes with the window.
     */
    static List<Entry> placeInOrder(TimelineIndex index, IntList ranks, int rows, TimeScale scale, LayoutOptions o,
                                    TextMeasure m) {
        List<List<double[]>> taken = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            taken.add(new ArrayList<>());
        }
        double citationRoom = o.citations() ? m.width(CitationMark.prefixed(999, ""), TextRole.ITEM_LABEL) : 0;
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < ranks.size(); i++) {
            Entry e = measure(index.item(ranks.get(i)), scale, o, m);
            double[] box = box(e, citationRoom, scale.width(), m);
            for (int r = 0; r < rows; r++) {
                if (free(taken.get(r), box[0] - o.gap(), box[1] + o.gap())) {
                    e.row = r;
                    taken.get(r).add(box);
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The room an entry takes in its row: its box, or with {@code citationRoom} the box it would
     * have with a number as wide as that in place of its own (or of none), after its mark or, at the
     * picture's right edge, before it.
     */
    private static double[] box(Entry e, double citationRoom, double width, TextMeasure m) {
        double end = Math.min(e.fullEnd, width);
        if (citationRoom == 0) {
            return new double[] {e.x0, Math.max(end, e.markEnd)};
        }
        String label = e.item.label();
        double own = m.width(label.substring(0, CitationMark.length(label)), TextRole.ITEM_LABEL);
        double extra = Math.max(0, citationRoom - own);
        double start = Math.min(e.x0, e.annotationStart + citationRoom > Math.min(e.labelEnd, width)
                ? e.markX0 - MARK_TO_LABEL - citationRoom : e.markX0);
        return new double[] {start, Math.max(Math.min(e.fullEnd + extra, width), e.markEnd)};
    }

    private static boolean free(List<double[]> boxes, double x0, double x1) {
        for (double[] box : boxes) {
            if (x0 < box[1] && box[0] < x1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Of the rows where a box at {@code x0} fits once the label before it is elided, the one whose
     * label keeps the most of itself: the first such row might cut a label to a character and an
     * ellipsis where another would leave it words.
     */
    private static int mostKept(Entry[] last, double[] hard, double x0, double gap) {
        int best = -1;
        for (int r = 0; r < hard.length; r++) {
            if (x0 >= hard[r] + gap && (best < 0 || last[r].labelStart < last[best].labelStart)) {
                best = r;
            }
        }
        return best;
    }

    private static int firstFit(double[] edges, double x0, double gap) {
        for (int r = 0; r < edges.length; r++) {
            if (x0 >= edges[r] + gap) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The box of one item. A point's label follows its marker. A bar's label goes inside the part
     * of the bar in the picture when it fits there whole, else after the bar, as a point's does,
     * when it fits there before the right edge, else elided where there is more room: no label runs
     * across a bar's end. A citation number that has no room where its label goes (the right edge)
     * is put before the mark instead, and the box starts there.
     */
    private static Entry measure(TimelineItem item, TimeScale scale, LayoutOptions o, TextMeasure m) {
        Entry e = new Entry(item);
        double width = scale.width();
        e.badgeWidth = !o.citations() && item.sourceCount() >= 2 ? m.width(Integer.toString(item.sourceCount()), TextRole.BADGE) + 6 : 0;
        double badgeBox = e.badgeWidth > 0 ? e.badgeWidth + 3 : 0;
        e.labelWidth = m.width(item.label(), TextRole.ITEM_LABEL);
        int mark = CitationMark.length(item.label());
        e.numberWidth = mark == 0 ? 0 : m.width(item.label().substring(0, mark - 1), TextRole.ITEM_LABEL);
        e.labelEnd = width;
        if (item.isPoint()) {
            e.cx = scale.x(item.anchor());
            e.markX0 = e.cx - o.pointRadius();
            e.markEnd = e.cx + o.pointRadius();
            e.annotationStart = e.markEnd + MARK_TO_LABEL;
        } else {
            e.barX0 = scale.x(item.start());
            e.barX1 = Math.max(scale.x(item.end()), e.barX0 + o.minBarWidth());
            e.markX0 = e.barX0;
            e.markEnd = e.barX1;
            double shownX0 = Math.max(0, e.barX0) + BAR_INSET;
            double shownX1 = Math.min(width, e.barX1) - BAR_INSET;
            double roomInside = shownX1 - shownX0 - badgeBox;
            double roomAfter = width - (e.barX1 + MARK_TO_LABEL) - badgeBox;
            boolean inside = e.labelWidth <= roomInside || e.labelWidth > roomAfter && roomInside > roomAfter;
            if (inside) {
                e.annotationStart = shownX0;
                e.labelEnd = shownX1;
            } else {
                e.annotationStart = e.barX1 + MARK_TO_LABEL;
            }
        }
        e.x0 = e.markX0;
        e.labelStart = e.annotationStart + badgeBox;
        double insideEnd = e.labelEnd < width ? e.labelEnd : Double.POSITIVE_INFINITY;
        if (e.numberWidth > 0 && e.labelStart + e.numberWidth > Math.min(e.labelEnd, width)) {
            e.numberBeforeMark = true;
            e.x0 = e.markX0 - MARK_TO_LABEL - e.numberWidth;
            e.fullEnd = e.markEnd;
            e.hardEnd = e.markEnd;
        } else {
            e.fullEnd = Math.max(e.markEnd, Math.min(insideEnd, e.labelStart + e.labelWidth));
            // squeezed by a later item, a label keeps room for its number, which is never cut
            double least = Math.min(e.labelWidth, Math.max(o.minLabelWidth(), e.numberWidth));
            e.hardEnd = Math.max(e.markEnd, Math.min(insideEnd, e.labelStart + least));
        }
        e.labelLimit = e.fullEnd;
        e.from = item.start();
        e.to = item.end();
        return e;
    }

    private static Entry toCluster(Entry first) {
        Entry c = new Entry(null);
        c.cluster = true;
        c.row = first.row;
        c.x0 = first.markX0;
        c.markX0 = first.markX0;
        c.markEnd = Math.min(first.markEnd, first.markX0 + 8);
        c.from = first.from;
        c.to = first.to;
        c.members.add(first.item);
        return c;
    }

    private static void absorb(Entry c, Entry e, TextMeasure m) {
        c.members.add(e.item);
        // The pill covers where its members start, not the whole length of a long bar among them:
        // a month-long bar would otherwise stretch the cluster across the view.
        c.markEnd = Math.max(c.markEnd, Math.min(e.markEnd, e.markX0 + 8));
        c.from = Math.min(c.from, e.from);
        c.to = Math.max(c.to, e.to);
        double countBox = m.width(Integer.toString(c.members.size()), TextRole.CLUSTER_COUNT) + 10;
        c.fullEnd = Math.max(c.markEnd, c.x0 + countBox);
        c.hardEnd = c.fullEnd;
        c.labelLimit = c.fullEnd;
    }
}
