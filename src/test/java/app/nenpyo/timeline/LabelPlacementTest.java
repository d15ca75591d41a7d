package app.nenpyo.timeline;

import static app.nenpyo.timeline.Items.day;
import static app.nenpyo.timeline.Items.onDay;
import static app.nenpyo.timeline.Items.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.timeline.DisplayList.Bar;
import app.nenpyo.timeline.DisplayList.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Where labels go on a picture that ends at its edges (an export) and on the screen alike: a bar's
 * label sits inside its bar or after it, never across its end; no label runs past either edge; no
 * tick label is cut at the left edge.
 */
class LabelPlacementTest {

    private static final TextMeasure MEASURE = new MonospaceTextMeasure(7);
    private static final LocalDate JAN1 = LocalDate.of(2022, 1, 1);
    private static final double EPSILON = 1e-6;

    private static double start(Text t) {
        double w = MEASURE.width(t.text(), t.role());
        return switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - w / 2;
            case END -> t.x() - w;
        };
    }

    private static double end(Text t) {
        return start(t) + MEASURE.width(t.text(), t.role());
    }

    private static List<Text> texts(DisplayList dl, TextRole... roles) {
        List<TextRole> wanted = List.of(roles);
        return dl.shapes().stream().filter(s -> s instanceof Text t && wanted.contains(t.role())).map(s -> (Text) s).toList();
    }

    /** The random items of {@link TimelineLayoutTest}, some with an export's citation number before their label. */
    private static List<TimelineItem> cited(long seed, int n) {
        Random r = new Random(seed);
        List<TimelineItem> out = new ArrayList<>();
        for (TimelineItem i : TimelineLayoutTest.randomItems(seed, n)) {
            String label = r.nextBoolean() ? CitationMark.prefixed(1 + r.nextInt(300), i.label()) : i.label();
            out.add(new TimelineItem(i.id(), i.start(), i.end(), i.granularity(), i.fuzzyStart(), i.fuzzyEnd(), label,
                    i.category(), i.sourceCount(), i.laneKeys()));
        }
        return out;
    }

    private static TimeScale scale(double zoom, double where, int width) {
        // from two years across the picture down to two hours
        long span = Math.round(2 * 365 * TimeScale.DAY * Math.pow(1.0 / (365 * 12), zoom));
        long start = day(JAN1) - 100 * TimeScale.DAY + (long) (where * 500 * TimeScale.DAY);
        return new TimeScale(start, start + span, width, TimeScale.TOKYO);
    }

    @Property(tries = 300)
    void aLabelIsInsideItsBarOrClearOfEveryBarAndInsideThePicture(
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed, @ForAll @IntRange(min = 1, max = 200) int n,
            @ForAll @DoubleRange(min = 0, max = 1) double zoom, @ForAll @DoubleRange(min = 0, max = 1) double where,
            @ForAll @IntRange(min = 300, max = 2400) int width, @ForAll boolean lanes) {
        TimeScale scale = scale(zoom, where, width);
        DisplayList dl = TimelineLayout.layout(cited(seed, n), scale,
                lanes ? LaneSpec.byKeys(LaneSpec.Order.BY_COUNT) : LaneSpec.none(),
                LayoutOptions.defaults().withMaxRowsPerLane(10), MEASURE);
        LayoutOptions o = LayoutOptions.defaults();
        Map<Double, List<Text>> labelsByBaseline = texts(dl, TextRole.ITEM_LABEL).stream()
                .collect(Collectors.groupingBy(Text::baseline));
        for (Text t : texts(dl, TextRole.ITEM_LABEL)) {
            assertTrue(start(t) >= -EPSILON && end(t) <= width + EPSILON,
                    () -> t + " runs past the picture [0, " + width + "]: " + start(t) + "–" + end(t));
        }
        for (DisplayList.Shape s : dl.shapes()) {
            if (!(s instanceof Bar bar)) {
                continue;
            }
            double baseline = bar.y0() - 3 + o.baseline();
            for (Text t : labelsByBaseline.getOrDefault(baseline, List.of())) {
                for (double edge : new double[] {bar.x0(), bar.x1()}) {
                    if (edge > 0 && edge < width) {
                        assertFalse(start(t) < edge - EPSILON && end(t) > edge + EPSILON,
                                () -> t + " (" + start(t) + "–" + end(t) + ") runs across the end of " + bar);
                    }
                }
            }
        }
        for (List<Text> row : labelsByBaseline.values()) {
            List<Text> sorted = new ArrayList<>(row);
            sorted.sort(Comparator.comparingDouble(LabelPlacementTest::start));
            for (int i = 0; i + 1 < sorted.size(); i++) {
                Text a = sorted.get(i);
                Text b = sorted.get(i + 1);
                assertTrue(end(a) <= start(b) + EPSILON, () -> a + " overlaps " + b);
            }
        }
    }

    @Property(tries = 300)
    void everyTickLabelIsWholeInsideThePicture(@ForAll @DoubleRange(min = 0, max = 1) double zoom,
                                                @ForAll @DoubleRange(min = 0, max = 1) double where,
                                                @ForAll @IntRange(min = 200, max = 2400) int width, @ForAll boolean era) {
        TimeScale scale = scale(zoom, where, width);
        DisplayList dl = TimelineLayout.layout(List.of(), scale, LaneSpec.none(),
                LayoutOptions.defaults().withAxis(AxisOptions.defaults().withEraRow(era)), MEASURE);
        for (Text t : texts(dl, TextRole.TICK_MINOR, TextRole.TICK_MAJOR, TextRole.ERA)) {
            assertFalse(t.text().isEmpty() || t.text().equals(TextMeasure.ELLIPSIS), () -> "a tick label that says nothing: " + t);
            assertTrue(start(t) >= -EPSILON, () -> t + " is cut at the left edge");
            assertTrue(end(t) <= width + EPSILON, () -> t + " is cut at the right edge " + width);
        }
    }

    @Test
    void theFirstWeekLabelLeftOfThePictureIsLeftOutNotCut() {
        // 2022-01-03 is a Monday, the day before the picture starts: its week's tick is left of x = 0
        TimeScale scale = TimeScale.of(LocalDate.of(2022, 1, 4), LocalDate.of(2022, 3, 1), 860);
        DisplayList dl = TimelineLayout.layout(List.of(), scale, LaneSpec.none(), LayoutOptions.defaults(), MEASURE);
        List<Text> minor = texts(dl, TextRole.TICK_MINOR);
        assertEquals("10日", minor.get(0).text(), "3日 would be cut to 日 at the left edge: " + minor);
        assertTrue(start(minor.get(0)) > 0);
        assertEquals("2022年1月", texts(dl, TextRole.TICK_MAJOR).get(0).text(), "the month is pinned to the left edge");
    }

    @Test
    void aLabelLongerThanItsBarFollowsTheBar() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 20);
        TimelineItem week = span(1, LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 9), "[2] 抗議デモが暴徒化");
        DisplayList dl = TimelineLayout.layout(List.of(week), scale, LaneSpec.none(), LayoutOptions.defaults(), MEASURE);
        Bar bar = (Bar) dl.shapes().stream().filter(s -> s instanceof Bar).findFirst().orElseThrow();
        Text label = texts(dl, TextRole.ITEM_LABEL).get(0);
        assertEquals("[2] 抗議デモが暴徒化", label.text(), "whole, after the bar");
        assertTrue(start(label) >= bar.x1(), start(label) + " starts on the bar ending at " + bar.x1());
    }

    @Test
    void aLabelThatFitsItsBarStaysInside() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 40);
        TimelineItem week = span(1, LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 9), "[2] 抗議デモが暴徒化");
        DisplayList dl = TimelineLayout.layout(List.of(week), scale, LaneSpec.none(), LayoutOptions.defaults(), MEASURE);
        Bar bar = (Bar) dl.shapes().stream().filter(s -> s instanceof Bar).findFirst().orElseThrow();
        Text label = texts(dl, TextRole.ITEM_LABEL).get(0);
        assertEquals("[2] 抗議デモが暴徒化", label.text());
        assertTrue(start(label) > bar.x0() && end(label) < bar.x1(), label + " inside " + bar);
    }

    @Test
    void aBarRunningOffTheRightEdgeKeepsItsLabelInsideElided() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 20);
        TimelineItem longSpan = span(1, LocalDate.of(2022, 1, 28), LocalDate.of(2022, 3, 31), "[4] ウクライナ国境付近でロシア軍が演習を続ける");
        DisplayList dl = TimelineLayout.layout(List.of(longSpan), scale, LaneSpec.none(), LayoutOptions.defaults(), MEASURE);
        Text label = texts(dl, TextRole.ITEM_LABEL).get(0);
        assertTrue(label.text().startsWith("[4]"), label.text());
        assertTrue(end(label) <= scale.width(), end(label) + " past " + scale.width());
    }

    @Test
    void aNumberWithNoRoomAfterItsMarkNeverLandsOnTheLabelBeforeIt() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 20);
        // the first label ends just before the second mark; the second mark is at the right edge
        List<TimelineItem> items = List.of(onDay(1, LocalDate.of(2022, 1, 28), "協議会談"),
                onDay(2, LocalDate.of(2022, 1, 31), "[2] 会談"));
        DisplayList dl = TimelineLayout.layout(items, scale, LaneSpec.none(), LayoutOptions.defaults().withMaxRowsPerLane(1), MEASURE);
        List<Text> labels = new ArrayList<>(texts(dl, TextRole.ITEM_LABEL));
        labels.sort(Comparator.comparingDouble(LabelPlacementTest::start));
        for (int i = 0; i + 1 < labels.size(); i++) {
            assertTrue(end(labels.get(i)) <= start(labels.get(i + 1)), labels.get(i) + " overlaps " + labels.get(i + 1));
        }
    }
}
