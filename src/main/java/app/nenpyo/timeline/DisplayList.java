package app.nenpyo.timeline;

import java.util.List;
import java.util.Optional;

/**
 * What to paint, in paint order, in pixels: x as in the {@link TimeScale} ({@code 0..width}), y from
 * the top of the axis. The screen (JavaFX GraphicsContext) and the exporters (Graphics2D) walk
 * {@link #shapes()} front to back and draw each record; neither computes any geometry, so the
 * export is what the screen shows. Styles are keys (a category name, a {@link TextRole}, a kind),
 * mapped to colours and fonts by each painter.
 *
 * <p>Paint order: shades, grid lines, lane headers, density bars, link lines, bars and markers,
 * badges and clusters, texts, lane separators, the axis panel with its shades, ticks and texts, and
 * the today line on top.
 *
 * <p>{@link #hits()} are the boxes the pointer can hit, each mapping back to an item id or a
 * cluster; {@link #hitTest} picks the topmost one under a point.
 *
 * @param axisHeight the height of the axis panel at the top; lanes are drawn below it (and scroll
 *                   under it when {@link LayoutOptions#scrollY()} is set)
 * @param moreBelow  whether lanes below the viewport were left out
 */
public record DisplayList(double width, double height, double axisHeight, TickPlan ticks, List<Shape> shapes,
                          List<HitBox> hits, boolean moreBelow) {

    public DisplayList {
        shapes = List.copyOf(shapes);
        hits = List.copyOf(hits);
    }

    /** Anything paintable. */
    public sealed interface Shape permits Shade, Line, Text, Panel, LaneHeader, Bar, Marker, Badge, ClusterMark,
            DensityBar {
    }

    /** A shaded span: a weekend, or every other week/month/year. */
    public record Shade(double x0, double y0, double x1, double y1, TickPlan.BandKind kind) implements Shape {
    }

    /** What a line is: painters choose colour, width and dash by kind. */
    public enum LineKind {
        /** Faint vertical line at a minor tick, through the lanes. */
        GRID_MINOR,
        /** Stronger vertical line at a major tick, through the lanes. */
        GRID_MAJOR,
        /** A short tick mark in the axis's minor row. */
        TICK_MINOR,
        /** A tick mark through the axis's major and minor rows. */
        TICK_MAJOR,
        /** A boundary in the era row. */
        TICK_ERA,
        /** The line under the axis. */
        AXIS,
        /** The line under a lane. */
        LANE_SEPARATOR,
        /** Today, over everything. */
        TODAY,
        /** Joins the instances of the selected item in its several lanes (dashed, say). */
        LINK
    }

    public record Line(double x0, double y0, double x1, double y1, LineKind kind) implements Shape {
    }

    /** Where {@link Text#x} is on the text: its start, middle or end. */
    public enum Anchor { START, MIDDLE, END }

    /**
     * A single line of text, already elided to fit; {@code clipWidth} is the room it was fitted to
     * (painters may clip to it to absorb small differences between measuring and painting fonts).
     */
    public record Text(double x, double baseline, String text, Anchor anchor, double clipWidth, TextRole role)
            implements Shape {
    }

    /** A background panel: the axis. */
    public record Panel(double x0, double y0, double x1, double y1) implements Shape {
    }

    /** A lane's header strip across the whole width; its title is a {@link Text} with role LANE_HEADER. */
    public record LaneHeader(double y0, double y1, double width, String key, String title, int itemCount)
            implements Shape {
    }

    /** An event over a span: a week, 上旬, a range. Fuzzy ends fade out. {@code style} is its category. */
    public record Bar(long itemId, double x0, double y0, double x1, double y1, String style, boolean fuzzyStart,
                      boolean fuzzyEnd, boolean linked, boolean selected) implements Shape {
    }

    /** An event on a day or at an instant: a dot (ring when fuzzy). {@code linked}: it is in several lanes. */
    public record Marker(long itemId, double cx, double cy, double radius, String style, boolean fuzzy,
                         boolean linked, boolean selected) implements Shape {
    }

    /** The source-count badge of an event; its number is a {@link Text} with role BADGE. */
    public record Badge(long itemId, double x0, double y0, double x1, double y1, int count) implements Shape {
    }

    /** Events folded together because they crowd; the count is a {@link Text} with role CLUSTER_COUNT. */
    public record ClusterMark(double x0, double y0, double x1, double y1, int count, long from, long to)
            implements Shape {
    }

    /**
     * A bucket of a zoomed-out lane: {@code count} events start in it; {@code level} (0..1, on a log
     * scale of the lane's busiest visible bucket) is already folded into the height, and painters
     * may use it for colour intensity.
     */
    public record DensityBar(double x0, double y0, double x1, double y1, int count, double level) implements Shape {
    }

    /** What a hit box stands for. */
    public sealed interface Hit permits ItemHit, ClusterHit {
    }

    /** An event, in the lane it was hit in. */
    public record ItemHit(long itemId, String laneKey) implements Hit {
    }

    /**
     * Folded events (a cluster, or a density bucket) over {@code [from, to)}; zoom to that interval to
     * open it. {@code itemIds} lists a cluster's events; it is empty for a density bucket.
     */
    public record ClusterHit(long from, long to, int count, String laneKey, List<Long> itemIds) implements Hit {
        public ClusterHit {
            itemIds = List.copyOf(itemIds);
        }
    }

    public record HitBox(double x0, double y0, double x1, double y1, Hit hit) {
        public boolean contains(double x, double y) {
            return x >= x0 && x < x1 && y >= y0 && y < y1;
        }
    }

    /** The topmost hit box under {@code (x, y)}; nothing over the axis or empty space. */
    public Optional<Hit> hitTest(double x, double y) {
        if (y < axisHeight) {
            return Optional.empty();
        }
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (hits.get(i).contains(x, y)) {
                return Optional.of(hits.get(i).hit());
            }
        }
        return Optional.empty();
    }
}
