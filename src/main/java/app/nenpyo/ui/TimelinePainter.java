package app.nenpyo.ui;

import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.DisplayList.Badge;
import app.nenpyo.timeline.DisplayList.Bar;
import app.nenpyo.timeline.DisplayList.ClusterMark;
import app.nenpyo.timeline.DisplayList.DensityBar;
import app.nenpyo.timeline.DisplayList.LaneHeader;
import app.nenpyo.timeline.DisplayList.Line;
import app.nenpyo.timeline.DisplayList.Marker;
import app.nenpyo.timeline.DisplayList.Panel;
import app.nenpyo.timeline.DisplayList.Shade;
import app.nenpyo.timeline.DisplayList.Shape;
import app.nenpyo.timeline.DisplayList.Text;
import app.nenpyo.timeline.TextMeasure;
import app.nenpyo.timeline.TextRole;
import app.nenpyo.timeline.TickPlan;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link DisplayList} with a JavaFX {@link GraphicsContext}, shape by shape in order, as
 * the timeline package says; computes no geometry. Fonts per {@link TextRole} come from one family,
 * and {@link #measure} measures with exactly those fonts.
 */
final class TimelinePainter {
    private final Map<TextRole, Font> fonts = new EnumMap<>(TextRole.class);
    private final TextMeasure measure;
    private final DensityShades densityShades = new DensityShades();

    TimelinePainter(String family) {
        fonts.put(TextRole.TICK_MINOR, Font.font(family, 11));
        fonts.put(TextRole.TICK_MAJOR, Font.font(family, FontWeight.BOLD, 12));
        fonts.put(TextRole.ERA, Font.font(family, 11));
        fonts.put(TextRole.ITEM_LABEL, Font.font(family, 12));
        fonts.put(TextRole.BADGE, Font.font(family, 10));
        fonts.put(TextRole.CLUSTER_COUNT, Font.font(family, FontWeight.BOLD, 11));
        fonts.put(TextRole.LANE_HEADER, Font.font(family, FontWeight.BOLD, 12));
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        this.measure = TextMeasure.cached((text, role) -> {
            probe.setFont(fonts.get(role));
            probe.setText(text);
            return probe.getLayoutBounds().getWidth();
        }, 4096);
    }

    TextMeasure measure() {
        return measure;
    }

    /** Paints {@code list} over a background of {@code width × height}; {@code colour} maps keys to paints. */
    void paint(GraphicsContext g, DisplayList list, double width, double height, Function<String, Paint> colour) {
        g.setFill(colour.apply("background"));
        g.fillRect(0, 0, width, height);
        g.setLineDashes();
        for (Shape shape : list.shapes()) {
            if (shape instanceof Shade s) {
                g.setFill(colour.apply(s.kind() == TickPlan.BandKind.WEEKEND ? "weekend" : "alternate"));
                g.fillRect(s.x0(), s.y0(), s.x1() - s.x0(), s.y1() - s.y0());
            } else if (shape instanceof Line l) {
                line(g, l, colour);
            } else if (shape instanceof Panel p) {
                g.setFill(colour.apply("axis-background"));
                g.fillRect(p.x0(), p.y0(), p.x1() - p.x0(), p.y1() - p.y0());
            } else if (shape instanceof LaneHeader h) {
                g.setFill(colour.apply("lane-header"));
                g.fillRect(0, h.y0(), h.width(), h.y1() - h.y0());
            } else if (shape instanceof DensityBar d) {
                // the colour carries the bar's opacity: one fill per bar instead of three state changes
                g.setFill(densityShades.shade(colour.apply("density"), 0.35 + 0.65 * d.level()));
                g.fillRect(d.x0(), d.y0(), Math.max(1, d.x1() - d.x0() - 1), d.y1() - d.y0());
            } else if (shape instanceof Marker m) {
                marker(g, m, colour);
            } else if (shape instanceof Bar b) {
                bar(g, b, colour);
            } else if (shape instanceof Badge b) {
                g.setFill(colour.apply("badge"));
                double h = b.y1() - b.y0();
                g.fillRoundRect(b.x0(), b.y0(), b.x1() - b.x0(), h, h, h);
            } else if (shape instanceof ClusterMark c) {
                double h = c.y1() - c.y0();
                g.setFill(colour.apply("cluster"));
                g.fillRoundRect(c.x0(), c.y0(), c.x1() - c.x0(), h, h, h);
            } else if (shape instanceof Text t) {
                text(g, t, colour);
            }
        }
    }

    private void line(GraphicsContext g, Line l, Function<String, Paint> colour) {
        String key;
        double w = 1;
        switch (l.kind()) {
            case GRID_MINOR -> key = "grid";
            case GRID_MAJOR -> key = "grid-major";
            case LANE_SEPARATOR -> key = "separator";
            case TODAY -> {
                key = "today";
                w = 1.5;
            }
            case LINK -> key = "link";
            default -> key = "axis-line";
        }
        // on the pixel grid, so one pixel lines stay sharp
        double x0 = l.x0() == l.x1() ? Math.floor(l.x0()) + 0.5 : l.x0();
        double x1 = l.x0() == l.x1() ? x0 : l.x1();
        double y0 = l.y0() == l.y1() ? Math.floor(l.y0()) + 0.5 : l.y0();
        double y1 = l.y0() == l.y1() ? y0 : l.y1();
        boolean dashed = l.kind() == DisplayList.LineKind.LINK;
        if (!dashed && (x0 == x1 || y0 == y1)) {
            // Grid, ticks and separators are straight: filled as the rectangle their stroke covers
            // (square caps, the canvas default, reach half the width past each end). The software
            // rasteriser strokes a line through its general path stroker, about 0.1 ms for a
            // full-height grid line; a rectangle is a plain span fill, the same pixels.
            double half = w / 2;
            g.setFill(colour.apply(key));
            g.fillRect(Math.min(x0, x1) - half, Math.min(y0, y1) - half, Math.abs(x1 - x0) + w, Math.abs(y1 - y0) + w);
            return;
        }
        g.setStroke(colour.apply(key));
        g.setLineWidth(w);
        if (dashed) {
            g.setLineDashes(4, 3);
        }
        g.strokeLine(x0, y0, x1, y1);
        g.setLineDashes();
    }

    private static void marker(GraphicsContext g, Marker m, Function<String, Paint> colour) {
        Paint c = colour.apply("category-" + m.style());
        double r = m.radius();
        if (m.selected()) {
            g.setFill(colour.apply("background"));
            g.fillOval(m.cx() - r - 4, m.cy() - r - 4, 2 * r + 8, 2 * r + 8);
            g.setStroke(colour.apply("selection"));
            g.setLineWidth(2);
            g.strokeOval(m.cx() - r - 3, m.cy() - r - 3, 2 * r + 6, 2 * r + 6);
        }
        if (m.fuzzy()) {
            g.setStroke(c);
            g.setLineWidth(1.5);
            g.strokeOval(m.cx() - r, m.cy() - r, 2 * r, 2 * r);
        } else {
            g.setFill(c);
            g.fillOval(m.cx() - r, m.cy() - r, 2 * r, 2 * r);
        }
        if (m.linked() && !m.fuzzy()) {
            // a light centre: this event shows in other lanes too (kept inside the dot, clear of the label)
            double inner = Math.max(1, r * 0.4);
            g.setFill(colour.apply("background"));
            g.fillOval(m.cx() - inner, m.cy() - inner, 2 * inner, 2 * inner);
        }
    }

    private static void bar(GraphicsContext g, Bar b, Function<String, Paint> colour) {
        Paint paint = colour.apply("category-" + b.style());
        Color c = paint instanceof Color col ? col : Color.GRAY;
        Color light = c.interpolate(Color.WHITE, 0.72);
        double w = Math.max(1, b.x1() - b.x0());
        double h = b.y1() - b.y0();
        if (b.fuzzyStart() || b.fuzzyEnd()) {
            double fade = Math.min(0.3, 16 / w);
            g.setFill(new LinearGradient(b.x0(), 0, b.x1(), 0, false, CycleMethod.NO_CYCLE,
                    new Stop(0, b.fuzzyStart() ? Color.TRANSPARENT : light), new Stop(fade, light),
                    new Stop(1 - fade, light), new Stop(1, b.fuzzyEnd() ? Color.TRANSPARENT : light)));
        } else {
            g.setFill(light);
        }
        g.fillRoundRect(b.x0(), b.y0(), w, h, 6, 6);
        g.setFill(c);
        g.fillRect(b.x0(), b.y1() - 2, w, 2);
        if (b.selected()) {
            g.setStroke(colour.apply("selection"));
            g.setLineWidth(2);
            g.strokeRoundRect(b.x0() - 1, b.y0() - 1, w + 2, h + 2, 6, 6);
        }
    }

    private void text(GraphicsContext g, Text t, Function<String, Paint> colour) {
        g.setFont(fonts.get(t.role()));
        g.setFill(colour.apply(switch (t.role()) {
            case TICK_MINOR, ERA -> "dim-text";
            case BADGE -> "badge-text";
            case CLUSTER_COUNT -> "cluster-text";
            case LANE_HEADER -> "lane-header-text";
            default -> "text";
        }));
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(switch (t.anchor()) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        double clip = t.clipWidth();
        boolean clipped = clip > 0 && !Double.isInfinite(clip) && measure.width(t.text(), t.role()) > clip;
        if (clipped) {
            double x0 = switch (t.anchor()) {
                case START -> t.x();
                case MIDDLE -> t.x() - clip / 2;
                case END -> t.x() - clip;
            };
            g.save();
            g.beginPath();
            g.rect(x0, t.baseline() - 20, clip + 1, 28);
            g.clip();
            g.fillText(t.text(), t.x(), t.baseline());
            g.restore();
        } else {
            g.fillText(t.text(), t.x(), t.baseline());
        }
    }

    /**
     * The density colour at each opacity a pixel can show (1/255 steps), made once per colour:
     * thousands of density bars a frame would otherwise each allocate a colour or switch the
     * global alpha back and forth.
     */
    private static final class DensityShades {
        private Paint base;
        private final Paint[] shades = new Paint[256];

        Paint shade(Paint paint, double opacity) {
            if (!(paint instanceof Color c)) {
                return paint;
            }
            if (paint != base) {
                base = paint;
                java.util.Arrays.fill(shades, null);
            }
            int step = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255);
            Paint shade = shades[step];
            if (shade == null) {
                shade = Color.color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * step / 255.0);
                shades[step] = shade;
            }
            return shade;
        }
    }
}
