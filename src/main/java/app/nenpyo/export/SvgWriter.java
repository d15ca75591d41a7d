package app.nenpyo.export;

import app.nenpyo.render.ReportPainter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jfree.svg.SVGGraphics2D;

/**
 * SVG, self-contained: JFreeSVG records the Java2D painting as SVG elements (text as
 * {@code <text>}, XML-escaped, so a label holding {@code <script>} stays text), and the subset of
 * the shipped font the page uses is embedded as an {@code @font-face} web font, so a browser draws
 * the same glyphs on any machine. Every font of the page maps to that one family.
 *
 * <pre>{@code
 * new SvgWriter().write(painter, out, ExportMonitor.NONE);
 * }</pre>
 */
public final class SvgWriter implements ImageWriter {
    /** The family name the embedded font is declared under; unlikely to clash with an installed font. */
    static final String FAMILY = "NenpyoIPAexGothic";

    @Override
    public void write(ReportPainter page, OutputStream out, ExportMonitor monitor) throws IOException {
        monitor.step(0);
        SVGGraphics2D g = new SVGGraphics2D(page.geometry().width(), page.geometry().height());
        // no quotes: JFreeSVG writes the family inside a single-quoted style attribute
        g.setFontFunction(family -> FAMILY + ", IPAexGothic, sans-serif");
        page.paint(g);
        monitor.step(0.6);
        String svg = g.getSVGElement(null, true, null, null, null);
        String style = "<defs><style type=\"text/css\"><![CDATA[@font-face { font-family: " + FAMILY
                + "; src: url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(FontSubset.of(page.page().texts()))
                + ") format('truetype'); }]]></style></defs>";
        int endOfOpeningTag = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.substring(0, endOfOpeningTag) + style
                + svg.substring(endOfOpeningTag) + "\n";
        out.write(document.getBytes(StandardCharsets.UTF_8));
        monitor.step(1);
    }
}
