package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.bench.ExportBenchmark;
import app.nenpyo.render.Palette;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPainter;
import app.nenpyo.timeline.DisplayList;
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
    void aWholeProjectTooDenseToDrawEventByEventCitesItsMostReportedWithoutBadges() {
        EventCatalog catalog = ExportBenchmark.events(100_000, 7);
        ExportedReport report = ReportBuilder.build(ReportInput.of(catalog, LaneGrouping.NONE, ReportLanguage.JA),
                ReportRequest.of("全体", ExportScope.wholeProject(), 1_600), new ReportFonts());
        List<DisplayList.Shape> shapes = report.page().timeline().shapes();
        assertTrue(shapes.stream().anyMatch(s -> s instanceof DisplayList.DensityBar), "the project is drawn as density");
        assertTrue(report.cited().size() >= 20, "and its most reported events over it, cited: " + report.cited().size());
        double projectMean = catalog.events().stream().mapToInt(e -> e.sources().size()).average().orElseThrow();
        double citedMean = report.cited().stream().mapToInt(e -> e.sources().size()).average().orElseThrow();
        assertTrue(citedMean > projectMean + 0.5, "cited " + citedMean + " sources on average, the project " + projectMean);
        assertTrue(shapes.stream().noneMatch(s -> s instanceof DisplayList.Badge), "footnotes list the sources: no badges");
        assertEquals(report.cited().size(), report.page().footnotes().size());
        long drawn = shapes.stream().mapToLong(s -> s instanceof DisplayList.Marker m ? m.itemId()
                : s instanceof DisplayList.Bar b ? b.itemId() : -1).filter(id -> id >= 0).distinct().count();
        assertEquals(drawn, report.cited().size(), "numbering them changed none of those that fit: every one shown is cited");
        assertTrue(report.page().notes().stream().noneMatch(n -> n.startsWith("出典は最初の")), report.page().notes().toString());
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
