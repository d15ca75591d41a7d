package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.bench.ExportBenchmark;
import app.nenpyo.render.Palette;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPainter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole project of 100,000 events, and pictures wider than the 16,384 px a JavaFX snapshot allows. */
class LargeExportTest {
    @TempDir
    Path temp;

    @Test
    void hundredThousandEventsAt40000PixelsWideFitInMemoryAndNothingIsCitedUnseen() throws Exception {
        EventCatalog catalog = ExportBenchmark.events(100_000, 7);
        ReportFonts fonts = new ReportFonts();
        ExportedReport report = ReportBuilder.build(ReportInput.of(catalog, LaneGrouping.NONE, ReportLanguage.JA),
                ReportRequest.of("全体", ExportScope.wholeProject(), 20_000), fonts);
        assertEquals(100_000, report.inScope());
        ReportPainter painter = new ReportPainter(report.page(), fonts, Palette.standard());
        Path png = temp.resolve("wide.png");
        try (OutputStream out = Files.newOutputStream(png)) {
            new PngWriter(2).write(painter, out, ExportMonitor.NONE);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(40_000, reader.getWidth(0), "20,000 px at 2×: far beyond 16,384");
            assertEquals((int) Math.ceil(painter.geometry().height() * 2), reader.getHeight(0));
        }
        assertTrue(report.page().notes().stream().anyMatch(n -> n.contains("個別に番号を付けていません")),
                "folded events are said to be unnumbered: " + report.page().notes());
    }

    @Test
    void citationsStopAtTheCapAndSaySo() {
        EventCatalog catalog = ExportBenchmark.events(100_000, 7);
        ExportedReport report = ReportBuilder.build(ReportInput.of(catalog, LaneGrouping.ACTOR, ReportLanguage.JA),
                ReportRequest.of("一月", ExportScope.days(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31)), 20_000)
                        .withMaxCitations(120), new ReportFonts());
        assertEquals(120, report.cited().size());
        assertEquals(120, report.page().footnotes().size());
        List<String> notes = report.page().notes();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("出典は最初の 120 件まで")), notes.toString());
    }
}
