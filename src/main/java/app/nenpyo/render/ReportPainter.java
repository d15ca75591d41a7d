package app.nenpyo.render;

import app.nenpyo.render.PageLayout.Geometry;
import app.nenpyo.render.PageLayout.PlacedText;
import app.nenpyo.render.PageLayout.Swatch;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * Paints a whole {@link ReportPage} on any {@link Graphics2D}, in the page's pixels from its
 * top-left corner: the one painting path of PNG, SVG and PDF. Callers scale or translate {@code g}
 * first (a PNG at 2×, a strip of a tall PNG, PDF points).
 *
 * <pre>{@code
 * ReportPainter painter = new ReportPainter(page, new ReportFonts(), Palette.standard());
 * BufferedImage image = new BufferedImage((int) painter.geometry().width(), (int) painter.geometry().height(), TYPE_INT_RGB);
 * painter.paint(image.createGraphics());
 * }</pre>
 */
public final class ReportPainter {
    private final ReportPage page;
    private final ReportFonts fonts;
    private final Palette palette;
    private final Geometry geometry;
    private final DisplayListPainter timeline;

    public ReportPainter(ReportPage page, ReportFonts fonts, Palette palette) {
        this.page = page;
        this.fonts = fonts;
        this.palette = palette;
        this.geometry = PageLayout.place(page, fonts);
        this.timeline = new DisplayListPainter(fonts, palette);
    }

    public Geometry geometry() {
        return geometry;
    }

    public ReportPage page() {
        return page;
    }

    /** Paints the page; {@code g}'s state is restored afterwards. */
    public void paint(Graphics2D g) {
        AffineTransform before = g.getTransform();
        Shape clip = g.getClip();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(palette.colour("background"));
        g.fill(new Rectangle2D.Double(0, 0, geometry.width(), geometry.height()));
        for (Swatch s : geometry.swatches()) {
            g.setColor(palette.category(s.style()));
            g.fill(new Ellipse2D.Double(s.cx() - s.radius(), s.cy() - s.radius(), 2 * s.radius(), 2 * s.radius()));
        }
        for (PlacedText t : geometry.texts()) {
            g.setFont(fonts.font(t.role()));
            g.setColor(palette.colour(t.role() == PageTextRole.TITLE || t.role() == PageTextRole.FOOTNOTE ? "text" : "dim-text"));
            g.drawString(t.text(), (float) t.x(), (float) t.baseline());
        }
        g.translate(geometry.timelineX(), geometry.timelineY());
        g.clip(new Rectangle2D.Double(0, 0, page.timeline().width(), page.timeline().height()));
        timeline.paint(g, page.timeline());
        // the transform first: the saved clip is in the page's coordinates, not the timeline's
        g.setTransform(before);
        g.setClip(clip);
        g.setColor(palette.colour("separator"));
        g.draw(new Rectangle2D.Double(geometry.timelineX() - 0.5, geometry.timelineY() - 0.5,
                page.timeline().width() + 1, page.timeline().height() + 1));
    }
}
