package app.nenpyo.export;

import app.nenpyo.render.ReportPainter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * PNG at a scale of 1× to 4× (2× for print). The page is painted a horizontal strip at a time and
 * each strip compressed as soon as it is painted, several at once ({@link StripPngEncoder}), so a
 * picture of any size needs a few strips of memory, not the whole picture (a 40,000 × 20,000 px
 * timeline would be 3.2 GB as one image); {@link #image} paints a small one whole, for a preview
 * or the clipboard.
 *
 * <pre>{@code
 * new PngWriter(2).write(painter, Files.newOutputStream(path), ExportMonitor.NONE);
 * }</pre>
 */
public final class PngWriter implements ImageWriter {
    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    /**
     * Pixels per strip: 8 MB of RGB ints. Smaller strips keep both cores busy on a 1,600 px wide
     * picture too; every strip repeats the page's walk over its shapes (cheap: shapes outside the
     * strip are skipped by their rows), so much smaller ones would cost more than they save.
     */
    static final int STRIP_PIXELS = 2 << 20;
    private final double scale;
    private final int stripPixels;
    private final int threads;

    public PngWriter(double scale) {
        this(scale, STRIP_PIXELS, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    /** @param stripPixels pixels painted at a time per thread; tests use small strips to cross many strip edges */
    PngWriter(double scale, int stripPixels, int threads) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be 1 to 4: " + scale);
        }
        this.scale = scale;
        this.stripPixels = stripPixels;
        this.threads = threads;
    }

    @Override
    public void write(ReportPainter page, OutputStream out, ExportMonitor monitor) throws IOException {
        new StripPngEncoder(threads).write(new PageStrips(page, scale, stripPixels), out, monitor);
    }

    /**
     * The whole page as one image at {@code scale} (any positive scale: a preview may shrink it).
     * @throws IllegalArgumentException above {@code maxPixels}, which a caller sets to what it can hold
     */
    public static BufferedImage image(ReportPainter page, double scale, long maxPixels) {
        int w = pixels(page.geometry().width(), scale);
        int h = pixels(page.geometry().height(), scale);
        if ((long) w * h > maxPixels) {
            throw new IllegalArgumentException("picture too large to hold whole: " + w + " × " + h + " px");
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            page.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Whole pixels covering {@code size} page pixels at {@code scale}, at least one. */
    static int pixels(double size, double scale) {
        long px = (long) Math.ceil(size * scale);
        if (px > Integer.MAX_VALUE / 8) {
            throw new IllegalArgumentException("picture too large: " + px + " px");
        }
        return (int) Math.max(1, px);
    }

    /**
     * A page cut into strips: each strip paints the whole page translated to its first row and
     * clipped to its rows (the painter skips shapes outside the clip by their rows).
     */
    private static final class PageStrips implements StripPngEncoder.Strips {
        private final ReportPainter painter;
        private final double scale;
        private final int width;
        private final int height;
        private final int stripHeight;

        PageStrips(ReportPainter painter, double scale, int stripPixels) {
            this.painter = painter;
            this.scale = scale;
            this.width = pixels(painter.geometry().width(), scale);
            this.height = pixels(painter.geometry().height(), scale);
            this.stripHeight = Math.max(1, Math.min(height, stripPixels / width));
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public int height() {
            return height;
        }

        @Override
        public int stripHeight() {
            return stripHeight;
        }

        @Override
        public void paint(int index, BufferedImage into) {
            Graphics2D g = into.createGraphics();
            try {
                double top = (double) index * stripHeight;
                g.translate(0, -top);
                g.scale(scale, scale);
                g.clip(new Rectangle2D.Double(0, top / scale, width / scale, stripHeight / scale));
                painter.paint(g);
            } finally {
                g.dispose();
            }
        }
    }
}
