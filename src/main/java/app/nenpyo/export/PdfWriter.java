package app.nenpyo.export;

import app.nenpyo.render.ReportPainter;
import app.nenpyo.render.ShippedFont;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * PDF, vector, one page the size of the picture (a pixel is 0.75 pt, as at 96 dpi): the Java2D
 * painting is recorded by pdfbox-graphics2d into a form, and text is written with the shipped
 * IPAexGothic embedded as a subset (a Type 0 font with its Unicode map), so it stays text:
 * selectable, searchable, extractable. Without the registered font the library would draw text as
 * outlines.
 *
 * <pre>{@code
 * new PdfWriter().write(painter, out, ExportMonitor.NONE);
 * }</pre>
 */
public final class PdfWriter implements ImageWriter {
    /** Points per pixel: 72 pt an inch over 96 px an inch. */
    static final float POINTS_PER_PIXEL = 0.75f;
    /**
     * The largest page side readers take in the default unit (ISO 32000, annex C: 14,400 units,
     * 200 inches); a larger picture (lanes of a whole project) is given a larger unit (/UserUnit,
     * PDF 1.6), so it keeps its size in print and every reader shows all of it.
     */
    static final float MAX_PAGE_UNITS = 14_400;

    @Override
    public void write(ReportPainter page, OutputStream out, ExportMonitor monitor) throws IOException {
        QuietFontBox.apply();
        monitor.step(0);
        float width = (float) page.geometry().width();
        float height = (float) page.geometry().height();
        try (PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(ShippedFont.bytes()), true);
            fonts.registerFont(ShippedFont.awtFont().getFontName(), font);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            g.setFontTextDrawer(fonts);
            try {
                page.paint(g);
            } finally {
                g.dispose();
            }
            monitor.step(0.6);
            float unit = userUnit(width, height);
            PDPage pdfPage = new PDPage(new PDRectangle(width * POINTS_PER_PIXEL / unit, height * POINTS_PER_PIXEL / unit));
            if (unit > 1) {
                pdfPage.setUserUnit(unit);
                document.setVersion(Math.max(1.6f, document.getVersion()));
            }
            document.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                content.transform(Matrix.getScaleInstance(POINTS_PER_PIXEL / unit, POINTS_PER_PIXEL / unit));
                content.drawForm(g.getXFormObject());
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(page.page().title());
            info.setSubject(page.page().subtitle());
            info.setCreator("Nenpyo");
            document.save(out);
        }
        monitor.step(1);
    }

    /** How many points a unit of the page is: 1, or the whole number that brings its longer side within {@link #MAX_PAGE_UNITS}. */
    static float userUnit(float widthPixels, float heightPixels) {
        float longer = Math.max(widthPixels, heightPixels) * POINTS_PER_PIXEL;
        return longer <= MAX_PAGE_UNITS ? 1 : (float) Math.ceil(longer / MAX_PAGE_UNITS);
    }
}
