package app.nenpyo.export;

import app.nenpyo.render.ReportPainter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/**
 * PNG at a scale of 1× to 4× (2× for print). The page is painted a strip at a time while ImageIO
 * writes it ({@link StripImage}), so any size fits in memory; {@link #image} paints a small one
 * whole, for a preview or the clipboard.
 *
 * <pre>{@code
 * new PngWriter(2).write(painter, Files.newOutputStream(path), ExportMonitor.NONE);
 * }</pre>
 */
public final class PngWriter implements ImageWriter {
    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    private final double scale;

    public PngWriter(double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be 1 to 4: " + scale);
        }
        this.scale = scale;
    }

    @Override
    public void write(ReportPainter page, OutputStream out, ExportMonitor monitor) throws IOException {
        StripImage image = new StripImage(page, scale, monitor);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("this Java has no PNG writer");
        }
        monitor.step(1);
    }

    /**
     * The whole page as one image at {@code scale} (any positive scale: a preview may shrink it).
     * @throws IllegalArgumentException above {@code maxPixels}, which a caller sets to what it can hold
     */
    public static BufferedImage image(ReportPainter page, double scale, long maxPixels) {
        int w = StripImage.pixels(page.geometry().width(), scale);
        int h = StripImage.pixels(page.geometry().height(), scale);
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
}
