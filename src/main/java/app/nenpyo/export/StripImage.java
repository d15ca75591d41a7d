package app.nenpyo.export;

import app.nenpyo.render.ReportPainter;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.util.Vector;

/**
 * A picture of a report page that is never whole in memory: a {@link RenderedImage} whose pixels
 * are painted a horizontal strip at a time when ImageIO's PNG writer asks for them (it reads row
 * after row), and forgotten when it moves past. Memory stays at one strip, about
 * {@value #STRIP_PIXELS} pixels, whatever the size of the picture: a 40,000 × 20,000 px timeline
 * needs 32 MB, not 3.2 GB.
 *
 * <pre>{@code
 * ImageIO.write(new StripImage(painter, 2.0, ExportMonitor.NONE), "png", out);
 * }</pre>
 */
final class StripImage implements RenderedImage {
    /** Pixels per strip: 32 MB of RGB ints. */
    static final int STRIP_PIXELS = 8 << 20;

    private final ReportPainter painter;
    private final double scale;
    private final ExportMonitor monitor;
    private final int width;
    private final int height;
    private final int stripHeight;
    private final ColorModel colorModel;
    private final SampleModel sampleModel;
    private BufferedImage strip;
    private int stripIndex = -1;

    StripImage(ReportPainter painter, double scale, ExportMonitor monitor) {
        this.painter = painter;
        this.scale = scale;
        this.monitor = monitor;
        this.width = pixels(painter.geometry().width(), scale);
        this.height = pixels(painter.geometry().height(), scale);
        this.stripHeight = Math.max(1, Math.min(height, STRIP_PIXELS / width));
        BufferedImage model = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        this.colorModel = model.getColorModel();
        this.sampleModel = model.getSampleModel().createCompatibleSampleModel(width, stripHeight);
    }

    static int pixels(double size, double scale) {
        long px = (long) Math.ceil(size * scale);
        if (px > Integer.MAX_VALUE / 8) {
            throw new IllegalArgumentException("picture too large: " + px + " px");
        }
        return (int) Math.max(1, px);
    }

    /** The strip holding row {@code y}, painted on first use. */
    private BufferedImage strip(int index) {
        if (index != stripIndex) {
            monitor.step((double) index * stripHeight / height);
            if (strip == null) {
                strip = new BufferedImage(width, stripHeight, BufferedImage.TYPE_INT_RGB);
            }
            Graphics2D g = strip.createGraphics();
            try {
                g.translate(0, -(double) index * stripHeight);
                g.scale(scale, scale);
                g.clip(new java.awt.geom.Rectangle2D.Double(0, index * stripHeight / scale, width / scale,
                        stripHeight / scale));
                painter.paint(g);
            } finally {
                g.dispose();
            }
            stripIndex = index;
        }
        return strip;
    }

    @Override
    public Raster getData(Rectangle rect) {
        Rectangle r = rect.intersection(new Rectangle(0, 0, width, height));
        WritableRaster out = colorModel.createCompatibleWritableRaster(Math.max(1, r.width), Math.max(1, r.height))
                .createWritableTranslatedChild(r.x, r.y);
        for (int y = r.y; y < r.y + r.height; ) {
            int index = y / stripHeight;
            int rows = Math.min(r.y + r.height, (index + 1) * stripHeight) - y;
            Raster source = strip(index).getRaster().createChild(r.x, y - index * stripHeight, r.width, rows, r.x, y, null);
            out.setRect(source);
            y += rows;
        }
        return out;
    }

    @Override
    public Raster getData() {
        return getData(new Rectangle(0, 0, width, height));
    }

    @Override
    public WritableRaster copyData(WritableRaster raster) {
        Raster data = getData(raster == null ? new Rectangle(0, 0, width, height) : raster.getBounds());
        if (raster == null) {
            return (WritableRaster) data;
        }
        raster.setRect(data);
        return raster;
    }

    @Override
    public Raster getTile(int tileX, int tileY) {
        return getData(new Rectangle(0, tileY * stripHeight, width, Math.min(stripHeight, height - tileY * stripHeight)));
    }

    @Override
    public Vector<RenderedImage> getSources() {
        return null;
    }

    @Override
    public Object getProperty(String name) {
        return java.awt.Image.UndefinedProperty;
    }

    @Override
    public String[] getPropertyNames() {
        return null;
    }

    @Override
    public ColorModel getColorModel() {
        return colorModel;
    }

    @Override
    public SampleModel getSampleModel() {
        return sampleModel;
    }

    @Override
    public int getWidth() {
        return width;
    }

    @Override
    public int getHeight() {
        return height;
    }

    @Override
    public int getMinX() {
        return 0;
    }

    @Override
    public int getMinY() {
        return 0;
    }

    @Override
    public int getNumXTiles() {
        return 1;
    }

    @Override
    public int getNumYTiles() {
        return (height + stripHeight - 1) / stripHeight;
    }

    @Override
    public int getMinTileX() {
        return 0;
    }

    @Override
    public int getMinTileY() {
        return 0;
    }

    @Override
    public int getTileWidth() {
        return width;
    }

    @Override
    public int getTileHeight() {
        return stripHeight;
    }

    @Override
    public int getTileGridXOffset() {
        return 0;
    }

    @Override
    public int getTileGridYOffset() {
        return 0;
    }

    Point size() {
        return new Point(width, height);
    }
}
