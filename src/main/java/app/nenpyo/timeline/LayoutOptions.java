package app.nenpyo.timeline;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Sizes and limits of a layout, in pixels. {@link #defaults()} suits a 12 px font.
 *
 * @param axis             the axis's options
 * @param axisRowHeight    height of each axis row (era, major, minor)
 * @param laneHeaderHeight height of a lane's header strip (only with lanes)
 * @param rowHeight        height of one row of events
 * @param baseline         text baseline below a row's (or header's, or axis row's) top
 * @param maxRowsPerLane   rows an event lane may use before events fold into clusters (without lanes, and
 *                         with a finite viewport, the one lane may use as many rows as fill the viewport)
 * @param gap              least horizontal room between two event boxes in a row
 * @param pointRadius      radius of a day marker
 * @param minBarWidth      least width of a bar, so a short span stays visible
 * @param minLabelWidth    a label is elided to this before the events after it fold into a cluster
 * @param detailLimit      above this many events in a lane's window the lane shows density bars
 * @param densityBucketPx  width of a density bucket
 * @param densityRows      height of a density lane, in rows
 * @param contextPx        events up to this far left of the view are laid out (not drawn), so rows
 *                         stay put while panning
 * @param selectedId       the selected event (drawn selected, with link lines between its lanes), or null
 * @param scrollY          lanes scrolled up under the axis by this much
 * @param viewportHeight   height of the lane area shown; lanes below it are not laid out
 * @param fixedLaneHeights every lane takes {@code maxRowsPerLane} rows, so lanes never move up or down
 *                         while panning (at the price of empty space in quiet lanes)
 * @param citations        labels carry citation numbers ({@link CitationMark}), as in an export: no
 *                         source-count badges (the footnotes list every source), and a dense lane's
 *                         most reported keep room for a number up to {@code [999]} whether they have one
 *                         yet or not, so that numbering them does not change which of them fit
 * @param mostReported     a dense lane shows its most reported events under its density (decision 0028);
 *                         off, the density alone (the window's first frame of a large project, drawn
 *                         before its events can be hovered or clicked)
 */
public record LayoutOptions(AxisOptions axis, double axisRowHeight, double laneHeaderHeight, double rowHeight,
                            double baseline, int maxRowsPerLane, double gap, double pointRadius, double minBarWidth,
                            double minLabelWidth, int detailLimit, double densityBucketPx, int densityRows,
                            double contextPx, Long selectedId, double scrollY, double viewportHeight,
                            boolean fixedLaneHeights, boolean citations, boolean mostReported) {

    public LayoutOptions {
        Objects.requireNonNull(axis, "axis");
        if (maxRowsPerLane < 1 || densityRows < 1 || detailLimit < 1) {
            throw new IllegalArgumentException("rows and limits must be at least 1");
        }
        if (!(rowHeight > 0) || !(densityBucketPx > 0) || gap < 0 || scrollY < 0 || !(viewportHeight > 0)) {
            throw new IllegalArgumentException("bad sizes");
        }
    }

    public static LayoutOptions defaults() {
        return new LayoutOptions(AxisOptions.defaults(), 20, 20, 20, 14, 6, 6, 4, 3, 28, 2000, 3, 2, 300, null, 0,
                Double.POSITIVE_INFINITY, false, false, true);
    }

    public LayoutOptions withAxis(AxisOptions a) {
        return with(o -> o.axis = a);
    }

    public LayoutOptions withMaxRowsPerLane(int rows) {
        return with(o -> o.maxRowsPerLane = rows);
    }

    public LayoutOptions withDetailLimit(int limit) {
        return with(o -> o.detailLimit = limit);
    }

    public LayoutOptions withSelected(Long id) {
        return with(o -> o.selectedId = id);
    }

    public LayoutOptions withFixedLaneHeights(boolean fixed) {
        return with(o -> o.fixedLaneHeights = fixed);
    }

    public LayoutOptions withCitations(boolean cited) {
        return with(o -> o.citations = cited);
    }

    public LayoutOptions withMostReported(boolean shown) {
        return with(o -> o.mostReported = shown);
    }

    /** Shows the lanes from {@code scroll} down, {@code height} pixels of them. */
    public LayoutOptions withViewport(double scroll, double height) {
        return with(o -> {
            o.scrollY = scroll;
            o.viewportHeight = height;
        });
    }

    /** These options with {@code change} made to a copy of them, checked as any. */
    private LayoutOptions with(Consumer<Changed> change) {
        Changed changed = new Changed(this);
        change.accept(changed);
        return changed.options();
    }

    /**
     * The options as fields a wither sets: a record has no copy with one component changed, and
     * spelling all twenty out in every wither made adding one a change in ten places.
     */
    private static final class Changed {
        AxisOptions axis;
        double axisRowHeight;
        double laneHeaderHeight;
        double rowHeight;
        double baseline;
        int maxRowsPerLane;
        double gap;
        double pointRadius;
        double minBarWidth;
        double minLabelWidth;
        int detailLimit;
        double densityBucketPx;
        int densityRows;
        double contextPx;
        Long selectedId;
        double scrollY;
        double viewportHeight;
        boolean fixedLaneHeights;
        boolean citations;
        boolean mostReported;

        Changed(LayoutOptions from) {
            axis = from.axis;
            axisRowHeight = from.axisRowHeight;
            laneHeaderHeight = from.laneHeaderHeight;
            rowHeight = from.rowHeight;
            baseline = from.baseline;
            maxRowsPerLane = from.maxRowsPerLane;
            gap = from.gap;
            pointRadius = from.pointRadius;
            minBarWidth = from.minBarWidth;
            minLabelWidth = from.minLabelWidth;
            detailLimit = from.detailLimit;
            densityBucketPx = from.densityBucketPx;
            densityRows = from.densityRows;
            contextPx = from.contextPx;
            selectedId = from.selectedId;
            scrollY = from.scrollY;
            viewportHeight = from.viewportHeight;
            fixedLaneHeights = from.fixedLaneHeights;
            citations = from.citations;
            mostReported = from.mostReported;
        }

        LayoutOptions options() {
            return new LayoutOptions(axis, axisRowHeight, laneHeaderHeight, rowHeight, baseline, maxRowsPerLane, gap,
                    pointRadius, minBarWidth, minLabelWidth, detailLimit, densityBucketPx, densityRows, contextPx, selectedId,
                    scrollY, viewportHeight, fixedLaneHeights, citations, mostReported);
        }
    }
}
