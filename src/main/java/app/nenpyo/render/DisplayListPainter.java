package app.nenpyo.render;

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
import app.nenpyo.timeline.TickPlan;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Paints a {@link DisplayList} with Java2D, shape by shape in order, exactly as the screen's
 * {@code ui/TimelinePainter} does with JavaFX: same colours ({@link Palette}), same fonts
 * ({@link ReportFonts}), same shapes; it computes no geometry. Works on any {@link Graphics2D}: a
 * PNG strip, an SVG or a PDF.
 *
 * <p>Shapes entirely above or below the clip are skipped, so painting a tall picture strip by
 * strip costs little more than painting it once.
 *
 * <pre>{@code
 * new DisplayListPainter(fonts, Palette.standard()).paint(g, displayList);   // at (0, 0) in g's space
 * }</pre>
 */
public final class DisplayListPainter {
    private static final Color TRANSPARENT = new Color(255, 255, 255, 0);
    private static final BasicStroke HAIRLINE = new BasicStroke(1f);

    private final ReportFonts fonts;
    private final Palette palette;

    public DisplayListPainter(ReportFonts fonts, Palette palette) {
        this.fonts = fonts;
        this.palette = palette;
    }

    /** Paints the background and every shape of {@code list}, the list's origin at g's origin. */
    public void paint(Graphics2D g, DisplayList list) {
        Rectangle clip = g.getClipBounds();
        double clipTop = clip == null ? Double.NEGATIVE_INFINITY : clip.getMinY() - 2;
        double clipBottom = clip == null ? Double.POSITIVE_INFINITY : clip.getMaxY() + 2;
        g.setColor(palette.colour("background"));
        g.fill(new Rectangle2D.Double(0, 0, list.width(), list.height()));
        for (Shape shape : list.shapes()) {
            Rows rows = rows(shape);
            if (rows.bottom() < clipTop || rows.top() > clipBottom) {
                continue;
            }
            paint(g, shape);
        }
    }

    private void paint(Graphics2D g, Shape shape) {
        if (shape instanceof Shade s) {
            g.setColor(palette.colour(s.kind() == TickPlan.BandKind.WEEKEND ? "weekend" : "alternate"));
            g.fill(new Rectangle2D.Double(s.x0(), s.y0(), s.x1() - s.x0(), s.y1() - s.y0()));
        } else if (shape instanceof Line l) {
            line(g, l);
        } else if (shape instanceof Panel p) {
            g.setColor(palette.colour("axis-background"));
            g.fill(new Rectangle2D.Double(p.x0(), p.y0(), p.x1() - p.x0(), p.y1() - p.y0()));
        } else if (shape instanceof LaneHeader h) {
            g.setColor(palette.colour("lane-header"));
            g.fill(new Rectangle2D.Double(0, h.y0(), h.width(), h.y1() - h.y0()));
        } else if (shape instanceof DensityBar d) {
            Composite before = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) (0.35 + 0.65 * d.level())));
            g.setColor(palette.colour("density"));
            g.fill(new Rectangle2D.Double(d.x0(), d.y0(), Math.max(1, d.x1() - d.x0() - 1), d.y1() - d.y0()));
            g.setComposite(before);
        } else if (shape instanceof Marker m) {
            marker(g, m);
        } else if (shape instanceof Bar b) {
            bar(g, b);
        } else if (shape instanceof Badge b) {
            double h = b.y1() - b.y0();
            g.setColor(palette.colour("badge"));
            g.fill(new RoundRectangle2D.Double(b.x0(), b.y0(), b.x1() - b.x0(), h, h, h));
        } else if (shape instanceof ClusterMark c) {
            double h = c.y1() - c.y0();
            g.setColor(palette.colour("cluster"));
            g.fill(new RoundRectangle2D.Double(c.x0(), c.y0(), c.x1() - c.x0(), h, h, h));
        } else if (shape instanceof Text t) {
            text(g, t);
        }
    }

    private void line(Graphics2D g, Line l) {
        String key = switch (l.kind()) {
            case GRID_MINOR -> "grid";
            case GRID_MAJOR -> "grid-major";
            case LANE_SEPARATOR -> "separator";
            case TODAY -> "today";
            case LINK -> "link";
            default -> "axis-line";
        };
        g.setColor(palette.colour(key));
        if (l.kind() == DisplayList.LineKind.LINK) {
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4, 3}, 0));
        } else {
            g.setStroke(l.kind() == DisplayList.LineKind.TODAY ? new BasicStroke(1.5f) : HAIRLINE);
        }
        // on the pixel grid, so one pixel lines stay sharp (as on the screen)
        double x0 = l.x0() == l.x1() ? Math.floor(l.x0()) + 0.5 : l.x0();
        double x1 = l.x0() == l.x1() ? x0 : l.x1();
        double y0 = l.y0() == l.y1() ? Math.floor(l.y0()) + 0.5 : l.y0();
        double y1 = l.y0() == l.y1() ? y0 : l.y1();
        g.draw(new Line2D.Double(x0, y0, x1, y1));
        g.setStroke(HAIRLINE);
    }

    private void marker(Graphics2D g, Marker m) {
        Color c = palette.category(m.style());
        double r = m.radius();
        if (m.selected()) {
            g.setColor(palette.colour("background"));
            g.fill(circle(m.cx(), m.cy(), r + 4));
            g.setColor(palette.colour("selection"));
            g.setStroke(new BasicStroke(2f));
            g.draw(circle(m.cx(), m.cy(), r + 3));
        }
        if (m.fuzzy()) {
            g.setColor(c);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(circle(m.cx(), m.cy(), r));
        } else {
            g.setColor(c);
            g.fill(circle(m.cx(), m.cy(), r));
        }
        g.setStroke(HAIRLINE);
        if (m.linked() && !m.fuzzy()) {
            // a light centre: this event shows in other lanes too
            g.setColor(palette.colour("background"));
            g.fill(circle(m.cx(), m.cy(), Math.max(1, r * 0.4)));
        }
    }

    private void bar(Graphics2D g, Bar b) {
        Color c = palette.category(b.style());
        Color light = mix(c, Color.WHITE, 0.72);
        double w = Math.max(1, b.x1() - b.x0());
        double h = b.y1() - b.y0();
        if ((b.fuzzyStart() || b.fuzzyEnd()) && w > 2) {
            float fade = (float) Math.min(0.3, 16 / w);
            g.setPaint(new LinearGradientPaint((float) b.x0(), 0f, (float) (b.x0() + w), 0f,
                    new float[] {0f, fade, 1f - fade, 1f},
                    new Color[] {b.fuzzyStart() ? TRANSPARENT : light, light, light, b.fuzzyEnd() ? TRANSPARENT : light}));
        } else {
            g.setColor(light);
        }
        g.fill(new RoundRectangle2D.Double(b.x0(), b.y0(), w, h, 6, 6));
        g.setColor(c);
        g.fill(new Rectangle2D.Double(b.x0(), b.y1() - 2, w, 2));
        if (b.selected()) {
            g.setColor(palette.colour("selection"));
            g.setStroke(new BasicStroke(2f));
            g.draw(new RoundRectangle2D.Double(b.x0() - 1, b.y0() - 1, w + 2, h + 2, 6, 6));
            g.setStroke(HAIRLINE);
        }
    }

    private void text(Graphics2D g, Text t) {
        if (t.text().isEmpty()) {
            return;
        }
        g.setFont(fonts.font(t.role()));
        g.setColor(palette.colour(switch (t.role()) {
            case TICK_MINOR, ERA -> "dim-text";
            case BADGE -> "badge-text";
            case CLUSTER_COUNT -> "cluster-text";
            case LANE_HEADER -> "lane-header-text";
            default -> "text";
        }));
        double width = fonts.measure().width(t.text(), t.role());
        double x = switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - width / 2;
            case END -> t.x() - width;
        };
        double clip = t.clipWidth();
        if (clip > 0 && !Double.isInfinite(clip) && width > clip) {
            double x0 = switch (t.anchor()) {
                case START -> t.x();
                case MIDDLE -> t.x() - clip / 2;
                case END -> t.x() - clip;
            };
            java.awt.Shape before = g.getClip();
            g.clip(new Rectangle2D.Double(x0, t.baseline() - 20, clip + 1, 28));
            g.drawString(t.text(), (float) x, (float) t.baseline());
            g.setClip(before);
        } else {
            g.drawString(t.text(), (float) x, (float) t.baseline());
        }
    }

    private static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** {@code a} moved {@code t} of the way to {@code b}, as JavaFX's {@code Color.interpolate}. */
    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** The rows a shape can ink, {@code [top, bottom]}, with room for strokes and text descenders. */
    private record Rows(double top, double bottom) {
    }

    private static Rows rows(Shape s) {
        if (s instanceof Shade x) {
            return new Rows(x.y0(), x.y1());
        } else if (s instanceof Line x) {
            return new Rows(Math.min(x.y0(), x.y1()), Math.max(x.y0(), x.y1()));
        } else if (s instanceof Text x) {
            return new Rows(x.baseline() - 20, x.baseline() + 8);
        } else if (s instanceof Panel x) {
            return new Rows(x.y0(), x.y1());
        } else if (s instanceof LaneHeader x) {
            return new Rows(x.y0(), x.y1());
        } else if (s instanceof Bar x) {
            return new Rows(x.y0() - 2, x.y1() + 2);
        } else if (s instanceof Marker x) {
            return new Rows(x.cy() - x.radius() - 5, x.cy() + x.radius() + 5);
        } else if (s instanceof Badge x) {
            return new Rows(x.y0(), x.y1());
        } else if (s instanceof ClusterMark x) {
            return new Rows(x.y0(), x.y1());
        } else if (s instanceof DensityBar x) {
            return new Rows(x.y0(), x.y1());
        }
        return new Rows(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
}
