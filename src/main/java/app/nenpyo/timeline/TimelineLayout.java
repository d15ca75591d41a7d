package app.nenpyo.timeline;

import app.nenpyo.timeline.DisplayList.Anchor;
import app.nenpyo.timeline.DisplayList.Badge;
import app.nenpyo.timeline.DisplayList.Bar;
import app.nenpyo.timeline.DisplayList.ClusterHit;
import app.nenpyo.timeline.DisplayList.ClusterMark;
import app.nenpyo.timeline.DisplayList.DensityBar;
import app.nenpyo.timeline.DisplayList.Hit;
import app.nenpyo.timeline.DisplayList.HitBox;
import app.nenpyo.timeline.DisplayList.ItemHit;
import app.nenpyo.timeline.DisplayList.LaneHeader;
import app.nenpyo.timeline.DisplayList.Line;
import app.nenpyo.timeline.DisplayList.LineKind;
import app.nenpyo.timeline.DisplayList.Marker;
import app.nenpyo.timeline.DisplayList.Panel;
import app.nenpyo.timeline.DisplayList.Shade;
import app.nenpyo.timeline.DisplayList.Shape;
import app.nenpyo.timeline.DisplayList.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facade: items, a scale, lanes and options in; a {@link DisplayList} out.
 *
 * <pre>{@code
 * TimelineIndex index = TimelineIndex.of(items);                      // once per change of items
 * TimeScale scale = TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 1200);
 * DisplayList dl = TimelineLayout.layout(index, scale, LaneSpec.byKeys(LaneSpec.Order.BY_COUNT),
 *         LayoutOptions.defaults(), measure);                        // every frame
 * TimelineLayout.hitTest(dl, mouseX, mouseY);                        // Optional<Hit>
 * }</pre>
 *
 * <p>Per lane, the items touching the view (plus {@code contextPx} to its left) are laid out in
 * rows by {@link RowLayout}; when a lane's window holds more than {@code detailLimit} items it shows
 * a density histogram instead (buckets of {@code densityBucketPx}, counted by binary search on
 * starts, so the cost does not grow with the number of items), and under it the most reported of
 * those items, as many as fit whole in the lane's other rows ({@link LaneIndex#mostReported}, O(k
 * log n) for k looked at; decision 0028). Lanes below the viewport are not laid out. The cost of a
 * frame is therefore bounded by the pixels, not by the project.
 *
 * <p>Known weaknesses: a lane's height follows the rows its visible items need, so lanes below it
 * move when panning changes that (unless {@link LayoutOptions#fixedLaneHeights()}); a lane switches between rows and density all at once at
 * {@code detailLimit}, counting long spans that cover the window, so a project dense in long spans
 * (the benchmark's million items: about 2,700 spans over any day) stays in density even at a day's
 * zoom until lanes or filters split it, showing only its most reported items in full; density
 * counts items by their start only; the most reported items are placed afresh every frame, so they
 * may change rows while panning; lanes above the viewport are still
 * laid out (to know their heights).
 */
public final class TimelineLayout {

    /** Far less than a pixel, far more than the error of adding and taking away a coordinate. */
    private static final double ROUNDING = 1e-6;

    private TimelineLayout() {
    }

    /** Convenience for small inputs and tests: indexes {@code items} then lays them out. */
    public static DisplayList layout(List<TimelineItem> items, TimeScale scale, LaneSpec lanes, LayoutOptions options,
                                     TextMeasure measure) {
        return layout(TimelineIndex.of(items), scale, lanes, options, measure);
    }

    public static DisplayList layout(TimelineIndex index, TimeScale scale, LaneSpec lanes, LayoutOptions options,
                                     TextMeasure measure) {
        return new Builder(index, scale, lanes, options, measure).build();
    }

    /** The topmost item or cluster under a point of a display list. */
    public static Optional<Hit> hitTest(DisplayList list, double x, double y) {
        return list.hitTest(x, y);
    }

    /** Collects shapes per paint layer while walking the lanes, then concatenates the layers. */
    private static final class Builder {
        private final TimelineIndex index;
        private final TimeScale scale;
        private final LaneSpec spec;
        private final LayoutOptions o;
        private final TextMeasure m;
        private final double width;
        private final List<Shape> headers = new ArrayList<>();
        private final List<Shape> density = new ArrayList<>();
        private final List<Shape> marks = new ArrayList<>();
        private final List<Shape> decorations = new ArrayList<>();
        private final List<Shape> texts = new ArrayList<>();
        private final List<Shape> separators = new ArrayList<>();
        private final List<HitBox> hits = new ArrayList<>();
        private final List<double[]> selected = new ArrayList<>();
        private final IntList ranks = new IntList(1024);

        Builder(TimelineIndex index, TimeScale scale, LaneSpec spec, LayoutOptions o, TextMeasure m) {
            this.index = index;
            this.scale = scale;
            this.spec = spec;
            this.o = o;
            this.m = m;
            this.width = scale.width();
        }

        DisplayList build() {
            TickPlan ticks = TickPlan.plan(scale, o.axis(), m);
            int axisRows = o.axis().eraRow() ? 3 : 2;
            double axisHeight = axisRows * o.axisRowHeight();
            double bottom = axisHeight + o.viewportHeight();
            double y = axisHeight - o.scrollY();
            boolean moreBelow = false;
            for (Lane lane : LaneLayout.lanes(index, spec)) {
                if (y >= bottom) {
                    moreBelow = true;
                    break;
                }
                y += lane(lane, y, axisHeight);
            }
            double height = Math.max(axisHeight, Math.min(y, bottom));
            List<Shape> shapes = new ArrayList<>();
            for (TickPlan.Band b : ticks.bands()) {
                shapes.add(new Shade(b.x0(), axisHeight, b.x1(), height, b.kind()));
            }
            grid(ticks, axisHeight, height, shapes);
            shapes.addAll(headers);
            shapes.addAll(density);
            links(shapes);
            shapes.addAll(marks);
            shapes.addAll(decorations);
            shapes.addAll(texts);
            shapes.addAll(separators);
            axis(ticks, axisRows, axisHeight, shapes);
            ticks.todayX().ifPresent(x -> shapes.add(new Line(x, 0, x, height, LineKind.TODAY)));
            return new DisplayList(width, height, axisHeight, ticks, shapes, hits, moreBelow);
        }

        /** Lays out one lane at {@code top}; returns its height. Shapes only when it shows below the axis. */
        private double lane(Lane lane, double top, double axisHeight) {
            LaneIndex li = spec.grouped() ? index.lane(lane.key()) : index.all();
            double headerHeight = spec.grouped() ? o.laneHeaderHeight() : 0;
            double rowsTop = top + headerHeight;
            long contextMillis = Math.round(o.contextPx() * scale.millisPerPixel());
            long from = scale.start() - contextMillis;
            boolean dense = li.candidates(from, scale.end()) > o.detailLimit();
            List<Shape> laneDensity = new ArrayList<>();
            int rowsUsed;
            if (dense) {
                densityBars(li, lane.key(), rowsTop, rowsTop + o.densityRows() * o.rowHeight(), laneDensity);
                rowsUsed = o.densityRows() + (o.mostReported()
                        ? mostReported(li, lane.key(), rowsTop + o.densityRows() * o.rowHeight(), axisHeight) : 0);
            } else {
                ranks.clear();
                li.visible(from, scale.end(), ranks);
                List<RowLayout.Entry> entries = RowLayout.layout(index, ranks, maxRows(), scale, o, m);
                rowsUsed = 1;
                for (RowLayout.Entry e : entries) {
                    rowsUsed = Math.max(rowsUsed, e.row + 1);
                }
                if (rowsTop + rowsUsed * o.rowHeight() > axisHeight) {
                    for (RowLayout.Entry e : entries) {
                        emit(e, lane.key(), rowsTop + e.row * o.rowHeight());
                    }
                }
            }
            if (o.fixedLaneHeights() && spec.grouped()) {
                rowsUsed = Math.max(rowsUsed, o.maxRowsPerLane());
            }
            double height = headerHeight + rowsUsed * o.rowHeight() + 4;
            if (top + height > axisHeight) {
                density.addAll(laneDensity);
                if (spec.grouped()) {
                    headers.add(new LaneHeader(top, top + headerHeight, width, lane.key(), lane.title(), lane.itemCount()));
                    texts.add(new Text(4, top + o.baseline(), m.elide(lane.title() + " (" + lane.itemCount() + ")",
                            width - 8, TextRole.LANE_HEADER), Anchor.START, width - 8, TextRole.LANE_HEADER));
                }
                separators.add(new Line(0, top + height, width, top + height, LineKind.LANE_SEPARATOR));
            }
            return height;
        }

        /**
         * Under a dense lane's density bars, its most reported events in view, as many as fit whole
         * in the rows left to the lane; returns the rows they take.
         */
        private int mostReported(LaneIndex li, String laneKey, double rowsTop, double axisHeight) {
            // without lanes, no more rows than a lane of events has: a page of headlines, not a wall
            int rows = Math.max(1, Math.min(maxRows(), 2 * o.maxRowsPerLane()) - o.densityRows());
            ranks.clear();
            li.mostReported(scale.start(), scale.end(), rows * candidatesPerRow(), ranks);
            List<RowLayout.Entry> entries = RowLayout.placeInOrder(index, ranks, rows, scale, o, m);
            int used = 0;
            for (RowLayout.Entry e : entries) {
                used = Math.max(used, e.row + 1);
            }
            if (rowsTop + used * o.rowHeight() > axisHeight) {
                for (RowLayout.Entry e : entries) {
                    emit(e, laneKey, rowsTop + e.row * o.rowHeight());
                }
            }
            return used;
        }

        /**
         * Candidates looked at per row of most reported events: about as many as fit (a label is
         * some eight times the least width it is elided to), since each is measured, and measuring
         * hundreds of labels cost the first frame of a million events 0.2-0.3 s.
         */
        private int candidatesPerRow() {
            return Math.max(4, (int) (width / (8 * o.minLabelWidth())));
        }

        /**
         * Rows a lane may use: {@code maxRowsPerLane}, or without lanes as many as fill the viewport,
         * since the one lane has the whole height to itself.
         */
        private int maxRows() {
            if (spec.grouped() || Double.isInfinite(o.viewportHeight())) {
                return o.maxRowsPerLane();
            }
            return Math.max(o.maxRowsPerLane(), (int) ((o.viewportHeight() - 4) / o.rowHeight()));
        }

        private void emit(RowLayout.Entry e, String laneKey, double rowTop) {
            double end = e.end();
            // Items left of the view only hold their rows (for stable rows when panning); drawing
            // the tail of a label whose mark is out of sight would show a meaningless fragment.
            if (end < 0 || e.markX0 >= width || (!e.cluster && e.markEnd < 0)) {
                return;
            }
            double rowBottom = rowTop + o.rowHeight();
            double baseline = rowTop + o.baseline();
            if (e.cluster) {
                marks.add(new ClusterMark(e.x0, rowTop + 2, end, rowBottom - 2, e.members.size(), e.from, e.to));
                String count = Integer.toString(e.members.size());
                texts.add(new Text((e.x0 + end) / 2, baseline, count, Anchor.MIDDLE, end - e.x0, TextRole.CLUSTER_COUNT));
                List<Long> ids = new ArrayList<>(e.members.size());
                for (TimelineItem item : e.members) {
                    ids.add(item.id());
                }
                hits.add(new HitBox(e.x0, rowTop, end, rowBottom, new ClusterHit(e.from, e.to, ids.size(), laneKey, ids)));
                return;
            }
            TimelineItem item = e.item;
            boolean linked = spec.grouped() && inSeveralLanes(item);
            boolean isSelected = o.selectedId() != null && o.selectedId() == item.id();
            if (item.isPoint()) {
                marks.add(new Marker(item.id(), e.cx, rowTop + o.rowHeight() / 2, o.pointRadius(), item.category(),
                        item.fuzzyStart() || item.fuzzyEnd(), linked, isSelected));
                if (isSelected) {
                    selected.add(new double[] {e.cx, rowTop + o.rowHeight() / 2});
                }
            } else {
                marks.add(new Bar(item.id(), e.barX0, rowTop + 3, e.barX1, rowBottom - 3, item.category(),
                        item.fuzzyStart(), item.fuzzyEnd(), linked, isSelected));
                if (isSelected) {
                    selected.add(new double[] {Math.max(0, e.barX0) + 2, rowTop + o.rowHeight() / 2});
                }
            }
            if (e.badgeWidth > 0) {
                double bx = e.annotationStart;
                decorations.add(new Badge(item.id(), bx, rowTop + 4, bx + e.badgeWidth, rowBottom - 4, item.sourceCount()));
                texts.add(new Text(bx + e.badgeWidth / 2, baseline, Integer.toString(item.sourceCount()), Anchor.MIDDLE,
                        e.badgeWidth, TextRole.BADGE));
            }
            double labelEnd = e.x0;
            if (e.numberBeforeMark) {
                // a citation number with no room after its mark (the picture's right edge): it ends
                // just before the mark instead, whole, as a number the reader can look up; the row
                // kept that room free
                String number = item.label().substring(0, CitationMark.length(item.label()) - 1);
                double x = Math.max(e.numberWidth, e.markX0 - RowLayout.MARK_TO_LABEL);
                texts.add(new Text(x, baseline, number, Anchor.END, e.numberWidth, TextRole.ITEM_LABEL));
            } else {
                // a label is elided where its placement ends (its bar's inside, the picture's right
                // edge) rather than cut there, and where the next item of its row starts
                double room = Math.min(Math.min(e.labelLimit, e.labelEnd), width) - e.labelStart;
                // room is often the label's own width, give or take a rounding error of the sum above
                String label = elided(m, item.label(), room + ROUNDING);
                if (!label.isEmpty()) {
                    texts.add(new Text(e.labelStart, baseline, label, Anchor.START, room, TextRole.ITEM_LABEL));
                    labelEnd = e.labelStart + m.width(label, TextRole.ITEM_LABEL);
                }
            }
            hits.add(new HitBox(e.x0, rowTop, Math.max(e.markEnd, labelEnd), rowBottom, new ItemHit(item.id(), laneKey)));
        }

        /**
         * The label cut to {@code room}, its citation mark kept whole ({@code [27]} alone rather
         * than {@code [2…}); an ellipsis alone says nothing, so nothing is drawn then (the hover
         * shows the label).
         */
        private static String elided(TextMeasure m, String label, double room) {
            int mark = CitationMark.length(label);
            if (mark == 0) {
                String cut = m.elide(label, room, TextRole.ITEM_LABEL);
                return cut.equals(TextMeasure.ELLIPSIS) ? "" : cut;
            }
            double rest = room - m.width(label.substring(0, mark), TextRole.ITEM_LABEL);
            String cut = rest > 0 ? m.elide(label.substring(mark), rest, TextRole.ITEM_LABEL) : "";
            return cut.isEmpty() || cut.equals(TextMeasure.ELLIPSIS) ? label.substring(0, mark - 1) : label.substring(0, mark) + cut;
        }

        private static boolean inSeveralLanes(TimelineItem item) {
            List<String> keys = item.laneKeys();
            for (int k = 1; k < keys.size(); k++) {
                if (!keys.get(k).equals(keys.get(0))) {
                    return true;
                }
            }
            return false;
        }

        private void densityBars(LaneIndex li, String laneKey, double top, double bottom, List<Shape> out) {
            long bucket = Math.max(1, Math.round(o.densityBucketPx() * scale.millisPerPixel()));
            // Buckets are aligned to multiples of their length, not to the view, so they do not shimmer when panning.
            long first = Math.floorDiv(scale.start(), bucket);
            long last = Math.floorDiv(scale.end() - 1, bucket);
            int n = (int) (last - first + 1);
            int[] counts = new int[n];
            int max = 0;
            for (int i = 0; i < n; i++) {
                long s = (first + i) * bucket;
                counts[i] = li.countStarts(s, s + bucket);
                max = Math.max(max, counts[i]);
            }
            double area = bottom - top - 2;
            for (int i = 0; i < n; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                long s = (first + i) * bucket;
                double x0 = Math.max(0, scale.x(s));
                double x1 = Math.min(width, scale.x(s + bucket));
                double level = Math.log1p(counts[i]) / Math.log1p(max);
                out.add(new DensityBar(x0, bottom - Math.max(1, level * area), x1, bottom, counts[i], level));
                hits.add(new HitBox(x0, top, x1, bottom, new ClusterHit(s, s + bucket, counts[i], laneKey, List.of())));
            }
        }

        private void links(List<Shape> shapes) {
            for (int i = 1; i < selected.size(); i++) {
                double[] a = selected.get(i - 1);
                double[] b = selected.get(i);
                shapes.add(new Line(a[0], a[1], b[0], b[1], LineKind.LINK));
            }
        }

        private void grid(TickPlan ticks, double top, double bottom, List<Shape> shapes) {
            for (TickPlan.Tick t : ticks.minor()) {
                if (t.x() >= 0 && t.x() < width) {
                    shapes.add(new Line(t.x(), top, t.x(), bottom, LineKind.GRID_MINOR));
                }
            }
            for (TickPlan.Tick t : ticks.major()) {
                if (t.x() >= 0 && t.x() < width) {
                    shapes.add(new Line(t.x(), top, t.x(), bottom, LineKind.GRID_MAJOR));
                }
            }
        }

        private void axis(TickPlan ticks, int rows, double axisHeight, List<Shape> shapes) {
            double rh = o.axisRowHeight();
            double eraTop = 0;
            double majorTop = rows == 3 ? rh : 0;
            double minorTop = majorTop + rh;
            shapes.add(new Panel(0, 0, width, axisHeight));
            for (TickPlan.Band b : ticks.bands()) {
                shapes.add(new Shade(b.x0(), minorTop, b.x1(), axisHeight, b.kind()));
            }
            for (TickPlan.Tick t : ticks.era()) {
                if (t.x() >= 0 && t.x() < width) {
                    shapes.add(new Line(t.x(), eraTop, t.x(), eraTop + rh, LineKind.TICK_ERA));
                }
                tickText(t, eraTop, TextRole.ERA, shapes);
            }
            for (TickPlan.Tick t : ticks.major()) {
                if (t.x() >= 0 && t.x() < width) {
                    shapes.add(new Line(t.x(), majorTop, t.x(), axisHeight, LineKind.TICK_MAJOR));
                }
                tickText(t, majorTop, TextRole.TICK_MAJOR, shapes);
            }
            for (TickPlan.Tick t : ticks.minor()) {
                if (t.x() >= 0 && t.x() < width) {
                    shapes.add(new Line(t.x(), axisHeight - 6, t.x(), axisHeight, LineKind.TICK_MINOR));
                }
                tickText(t, minorTop, TextRole.TICK_MINOR, shapes);
            }
            shapes.add(new Line(0, axisHeight, width, axisHeight, LineKind.AXIS));
        }

        private void tickText(TickPlan.Tick t, double rowTop, TextRole role, List<Shape> shapes) {
            if (!t.label().isEmpty() && t.labelX() + t.labelClip() > 0 && t.labelX() < width) {
                shapes.add(new Text(t.labelX(), rowTop + o.baseline(), t.label(), Anchor.START, t.labelClip(), role));
            }
        }
    }
}
