package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.render.Palette;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPainter;
import app.nenpyo.render.ReportPage;
import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.TextRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo project exported as a report: what the analyst pastes into a report must be right and readable. */
class ImageExportTest {
    @TempDir
    static Path folder;
    static EventCatalog catalog;
    static ExportedReport report;
    static ReportPainter painter;

    @BeforeAll
    static void export() throws Exception {
        catalog = DemoCatalog.load(folder);
        ReportFonts fonts = new ReportFonts();
        report = ReportBuilder.build(ReportInput.of(catalog, LaneGrouping.NONE, ReportLanguage.JA),
                ReportRequest.of("カザフスタン情勢と米ロ協議", ExportScope.wholeProject(), 1600).madeOn(LocalDate.of(2026, 11, 25)),
                fonts);
        painter = new ReportPainter(report.page(), fonts, Palette.standard());
        if (System.getProperty("nenpyo.export.look") != null) {
            Path dir = Path.of(System.getProperty("nenpyo.export.look"));
            for (ImageFormat f : ImageFormat.values()) {
                try (OutputStream out = Files.newOutputStream(dir.resolve("demo." + f.name().toLowerCase()))) {
                    f.writer(1).write(painter, out, ExportMonitor.NONE);
                }
            }
        }
    }

    private static byte[] bytes(ImageFormat format, double scale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer(scale).write(painter, out, ExportMonitor.NONE);
        return out.toByteArray();
    }

    @Test
    void pngHasTheRequestedWidthTimesTheScaleAndIsNotBlank() throws Exception {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes(ImageFormat.PNG, 2)));
        assertEquals(3200, png.getWidth());
        assertEquals((int) Math.ceil(painter.geometry().height() * 2), png.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 3) {
            for (int x = 0; x < png.getWidth(); x += 3) {
                colours.add(png.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a timeline has text, marks and shades, not " + colours.size() + " colours");
        assertTrue(colours.contains(Palette.standard().category("statement").getRGB())
                        || colours.contains(Palette.standard().category("meeting").getRGB()),
                "event marks are painted in their category's colour");
    }

    @Test
    void everyShownEventIsNumberedAndItsFootnoteCitesItsSources() {
        assertFalse(report.cited().isEmpty());
        List<ReportPage.Footnote> footnotes = report.page().footnotes();
        assertEquals(report.cited().size(), footnotes.size());
        Set<String> labels = new HashSet<>();
        report.page().timeline().shapes().stream().filter(s -> s instanceof app.nenpyo.timeline.DisplayList.Text)
                .map(s -> ((app.nenpyo.timeline.DisplayList.Text) s).text()).forEach(labels::add);
        Pattern number = Pattern.compile("^\\[(\\d+)] ");
        Set<Integer> onPicture = new HashSet<>();
        for (String label : labels) {
            Matcher m = number.matcher(label);
            if (m.find()) {
                onPicture.add(Integer.parseInt(m.group(1)));
            }
        }
        for (int i = 0; i < footnotes.size(); i++) {
            ReportPage.Footnote f = footnotes.get(i);
            Event e = report.cited().get(i);
            assertEquals(i + 1, f.number(), "numbers run 1, 2, 3 … in footnote order");
            assertTrue(onPicture.contains(f.number()), "[" + f.number() + "] is on the picture");
            String document = Footnotes.shortTitle(catalog.documentTitle(e.sources().get(0)));
            assertTrue(f.text().startsWith("『" + document + "』2022年1月11日(火) ¶" + e.sources().get(0).paragraph()),
                    f.text());
            assertTrue(f.text().endsWith(e.label()), f.text());
        }
        assertEquals(footnotes.size(), onPicture.size(), "no number on the picture without its footnote");
        for (int i = 1; i < report.cited().size(); i++) {
            assertFalse(report.cited().get(i).time().start().isBefore(report.cited().get(i - 1).time().start()),
                    "numbered in time order");
        }
    }

    @Test
    void subtitleSaysWhatWasExported() {
        String subtitle = report.page().subtitle();
        assertTrue(subtitle.startsWith("期間: 20"), subtitle);
        assertTrue(subtitle.contains("出来事 " + report.inScope() + " 件"), subtitle);
        assertTrue(subtitle.contains("作成 2026年11月25日(水)"), subtitle);
        assertFalse(report.page().legend().isEmpty());
    }

    @Test
    void aWholeProjectWithNoEventInTheLanesKeptIsNothingToExportNotAPictureOfAnotherTime() {
        ReportFonts fonts = new ReportFonts();
        ReportInput input = ReportInput.of(catalog, LaneGrouping.ACTOR, ReportLanguage.JA);
        NothingToExport none = assertThrows(NothingToExport.class, () -> ReportBuilder.build(input,
                ReportRequest.of("年表", ExportScope.wholeProject().withLanes(Set.of("存在しないレーン")), 1600), fonts));
        assertEquals("nothing to export: no event of the timeline is in the lanes kept", none.getMessage());

        ExportedReport empty = ReportBuilder.build(input, ReportRequest.of("年表",
                ExportScope.days(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31)), 1600), fonts);
        assertTrue(empty.page().subtitle().startsWith("期間: 2030年1月1日(火)"), empty.page().subtitle());
        assertTrue(empty.page().notes().contains("この期間・レーンに年表の出来事はありません。"), empty.page().notes().toString());
    }

    @Test
    void aPdfWiderThanReadersTakeInPointsKeepsItsSizeInALargerUnit() throws Exception {
        ReportFonts fonts = new ReportFonts();
        ExportedReport wide = ReportBuilder.build(ReportInput.of(catalog, LaneGrouping.NONE, ReportLanguage.JA),
                ReportRequest.of("年表", ExportScope.wholeProject(), 30_000), fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(new ReportPainter(wide.page(), fonts, Palette.standard()), out, ExportMonitor.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDPage page = pdf.getPage(0);
            assertEquals(2, page.getUserUnit(), "22,500 pt wide: two points a unit");
            assertEquals(11_250, page.getMediaBox().getWidth(), 0.5);
            assertTrue(pdf.getVersion() >= 1.6f, "UserUnit is PDF 1.6");
        }
        assertEquals(1, PdfWriter.userUnit(1600, 19_200), "14,400 pt exactly is within");
        assertEquals(3, PdfWriter.userUnit(1600, 40_000), "30,000 pt: three points a unit");
    }

    @Test
    void anEnglishReportHasAnEnglishAxis() {
        ExportedReport english = ReportBuilder.build(ReportInput.of(catalog, LaneGrouping.NONE, ReportLanguage.EN),
                ReportRequest.of("Timeline", ExportScope.days(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)), 1600),
                new ReportFonts());
        List<String> major = majorTicks(english);
        assertTrue(major.contains("Jan 2022"), major.toString());
        List<String> japanese = majorTicks(report);
        assertTrue(japanese.stream().anyMatch(t -> t.contains("年")), japanese.toString());
    }

    /** The axis's context row: 2022年1月 or Jan 2022. */
    private static List<String> majorTicks(ExportedReport exported) {
        return exported.page().timeline().shapes().stream()
                .filter(s -> s instanceof DisplayList.Text t && t.role() == TextRole.TICK_MAJOR)
                .map(s -> ((DisplayList.Text) s).text()).toList();
    }
}
