package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.render.Palette;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPainter;
import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.DisplayList.Bar;
import app.nenpyo.timeline.DisplayList.Text;
import app.nenpyo.timeline.TextMeasure;
import app.nenpyo.timeline.TextRole;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo project's exported pictures, with the shipped font's widths: no label runs past the
 * picture, across a bar's end or into another label, and no axis label is cut at the left edge.
 * (At 700 px the demo's week-long [2] 抗議デモが暴徒化 ran past its bar; from 4 January the week of
 * 3 January showed as 日.)
 */
class ExportedLabelsTest {
    @TempDir
    static Path folder;
    static EventCatalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = DemoCatalog.load(folder);
    }

    private static ExportScope scope(String from, String to) {
        return from.isEmpty() ? ExportScope.wholeProject() : ExportScope.days(LocalDate.parse(from), LocalDate.parse(to));
    }

    @ParameterizedTest
    @CsvSource({
        "600, NONE, '', ''", "700, NONE, '', ''", "800, NONE, '', ''", "1600, NONE, '', ''", "700, ACTOR, '', ''",
        "900, NONE, 2022-01-04, 2022-02-28", "900, NONE, 2022-01-05, 2022-01-12", "640, ACTOR, 2022-01-04, 2022-01-20",
        "1200, NONE, 2021-12-29, 2022-01-10", "2400, NONE, 2022-01-09, 2022-01-11"})
    void labelsStayInsideThePictureAndClearOfBarEndsAndOfEachOther(int width, LaneGrouping lanes, String from, String to)
            throws Exception {
        ReportFonts fonts = new ReportFonts();
        ExportedReport report = ReportBuilder.build(ReportInput.of(catalog, lanes, ReportLanguage.JA),
                ReportRequest.of("年表", scope(from, to), width), fonts);
        DisplayList timeline = report.page().timeline();
        TextMeasure measure = fonts.measure();
        List<Text> labels = texts(timeline, TextRole.ITEM_LABEL);
        assertFalse(labels.isEmpty());
        for (Text t : labels) {
            assertTrue(start(t, measure) >= 0 && end(t, measure) <= timeline.width() + 1e-6,
                    () -> t + " runs past the picture's " + timeline.width() + " px");
        }
        for (DisplayList.Shape s : timeline.shapes()) {
            if (s instanceof Bar bar) {
                for (Text t : labels) {
                    boolean inRow = t.baseline() > bar.y0() && t.baseline() < bar.y1() + 6;
                    for (double edge : new double[] {bar.x0(), bar.x1()}) {
                        boolean across = start(t, measure) < edge - 1e-6 && end(t, measure) > edge + 1e-6;
                        assertFalse(inRow && across && edge > 0 && edge < timeline.width(),
                                () -> t + " runs across an end of " + bar);
                    }
                }
            }
        }
        List<Text> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingDouble(Text::baseline).thenComparingDouble(t -> start(t, measure)));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Text a = sorted.get(i);
            Text b = sorted.get(i + 1);
            assertTrue(a.baseline() != b.baseline() || end(a, measure) <= start(b, measure) + 1e-6, () -> a + " overlaps " + b);
        }
        for (Text t : texts(timeline, TextRole.TICK_MINOR, TextRole.TICK_MAJOR)) {
            assertTrue(start(t, measure) >= 0, () -> t + ": the axis label is cut at the picture's left edge");
            assertTrue(end(t, measure) <= timeline.width() + 1e-6, () -> t + ": the axis label is cut at the right edge");
        }
        String svg = svg(report, fonts);
        Matcher negative = Pattern.compile("<text x='-[0-9.]+'[^>]*>([^<]*)</text>").matcher(svg);
        assertFalse(negative.find(), () -> "the SVG draws " + negative.group(1) + " left of the timeline's edge, where it is cut");
    }

    private static String svg(ExportedReport report, ReportFonts fonts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageFormat.SVG.writer(1).write(new ReportPainter(report.page(), fonts, Palette.standard()), out, ExportMonitor.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Text> texts(DisplayList list, TextRole... roles) {
        List<TextRole> wanted = List.of(roles);
        return list.shapes().stream().filter(s -> s instanceof Text t && wanted.contains(t.role())).map(s -> (Text) s).toList();
    }

    private static double start(Text t, TextMeasure measure) {
        double w = measure.width(t.text(), t.role());
        return switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - w / 2;
            case END -> t.x() - w;
        };
    }

    private static double end(Text t, TextMeasure measure) {
        return start(t, measure) + measure.width(t.text(), t.role());
    }
}
