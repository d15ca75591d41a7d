package app.nenpyo.timeline;

import static app.nenpyo.timeline.Items.day;
import static app.nenpyo.timeline.Items.onDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Granularity;
import app.nenpyo.timeline.DisplayList.ClusterHit;
import app.nenpyo.timeline.DisplayList.ClusterMark;
import app.nenpyo.timeline.DisplayList.DensityBar;
import app.nenpyo.timeline.DisplayList.HitBox;
import app.nenpyo.timeline.DisplayList.ItemHit;
import app.nenpyo.timeline.DisplayList.Marker;
import app.nenpyo.timeline.DisplayList.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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

class TimelineLayoutTest {

    private static final TextMeasure MEASURE = new MonospaceTextMeasure(7);
    private static final LocalDate JAN1 = LocalDate.of(2022, 1, 1);
    private static final String[] WORDS = {"会談", "ジュネーブ", "G7", "声明", "制裁", "talks", "NATO", "外相", "首脳会議", "ミサイル発射"};

    /** Random items over 2022, with days, instants, weeks, months and long spans, in up to 4 lanes. */
    static List<TimelineItem> randomItems(long seed, int n) {
        Random r = new Random(seed);
        List<TimelineItem> items = new ArrayList<>();
        String[] lanes = {"ロシア", "中国", "アメリカ", "カザフスタン"};
        for (int i = 0; i < n; i++) {
            long start = day(JAN1) + (long) (r.nextDouble() * 365 * TimeScale.DAY);
            long length;
            Granularity g;
            switch (r.nextInt(5)) {
                case 0: length = 0; g = Granularity.DAY; break;
                case 1: length = 7 * TimeScale.DAY; g = Granularity.WEEK; break;
                case 2: length = 30 * TimeScale.DAY; g = Granularity.MONTH; break;
                case 3: length = (long) (r.nextDouble() * 200 * TimeScale.DAY); g = Granularity.RANGE; break;
                default: length = TimeScale.DAY; g = Granularity.DAY;
            }
            StringBuilder label = new StringBuilder();
            for (int w = r.nextInt(4); w >= 0; w--) {
                label.append(WORDS[r.nextInt(WORDS.length)]);
            }
            List<String> keys = new ArrayList<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                keys.add(lanes[r.nextInt(lanes.length)]);
            }
            items.add(new TimelineItem(i, start, start + length, g, r.nextInt(7) == 0, r.nextInt(7) == 0,
                    label.toString(), "c" + r.nextInt(3), r.nextInt(4), keys));
        }
        return items;
    }

    private static double textStart(Text t) {
        double w = MEASURE.width(t.text(), t.role());
        return t.anchor() == DisplayList.Anchor.START ? t.x() : t.anchor() == DisplayList.Anchor.MIDDLE ? t.x() - w / 2 : t.x() - w;
    }

    private static double textEnd(Text t) {
        return textStart(t) + MEASURE.width(t.text(), t.role());
    }

    @Property(tries = 120)
    void noTwoLabelsOverlapAtAnyScale(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                      @ForAll @IntRange(min = 1, max = 400) int n,
                                      @ForAll @DoubleRange(min = 0, max = 1) double zoom,
                                      @ForAll @DoubleRange(min = 0, max = 1) double where,
                                      @ForAll boolean lanes, @ForAll @IntRange(min = 1, max = 6) int rows,
                                      @ForAll boolean dense) {
        // From two years across the view down to two hours.
        long span = Math.round(2 * 365 * TimeScale.DAY * Math.pow(1.0 / (365 * 12), zoom));
        long start = day(JAN1) - 100 * TimeScale.DAY + (long) (where * 500 * TimeScale.DAY);
        TimeScale scale = new TimeScale(start, start + span, 1200, TimeScale.TOKYO);
        LayoutOptions options = LayoutOptions.defaults().withMaxRowsPerLane(rows);
        if (dense) {
            // lanes of more than 20 items in view show density and their most reported items
            options = options.withDetailLimit(20);
        }
        DisplayList dl = TimelineLayout.layout(randomItems(seed, n), scale,
                lanes ? LaneSpec.byKeys(LaneSpec.Order.BY_COUNT) : LaneSpec.none(), options, MEASURE);
        Map<Double, List<Text>> byBaseline = dl.shapes().stream()
                .filter(s -> s instanceof Text).map(s -> (Text) s)
                .filter(t -> t.role() == TextRole.ITEM_LABEL || t.role() == TextRole.BADGE || t.role() == TextRole.CLUSTER_COUNT)
                .collect(Collectors.groupingBy(Text::baseline));
        for (List<Text> row : byBaseline.values()) {
            row.sort(Comparator.comparingDouble(TimelineLayoutTest::textStart));
            for (int i = 0; i + 1 < row.size(); i++) {
                Text a = row.get(i);
                Text b = row.get(i + 1);
                assertTrue(textEnd(a) <= textStart(b) + 1e-6, () -> a + " overlaps " + b);
            }
        }
        for (Marker mark : shapes(dl, Marker.class)) {
            if (mark.cx() >= 0 && mark.cx() < scale.width()) {
                DisplayList.Hit hit = dl.hitTest(mark.cx(), mark.cy()).orElseThrow();
                assertEquals(mark.itemId(), ((ItemHit) hit).itemId(), "hit test at the centre of a marker");
            }
        }
        Map<Double, List<HitBox>> boxesByRow = dl.hits().stream().collect(Collectors.groupingBy(HitBox::y0));
        for (List<HitBox> row : boxesByRow.values()) {
            row.sort(Comparator.comparingDouble(HitBox::x0));
            for (int i = 0; i + 1 < row.size(); i++) {
                HitBox a = row.get(i);
                HitBox b = row.get(i + 1);
                assertTrue(a.x1() <= b.x0() + 1e-6, () -> a + " overlaps " + b);
            }
        }
    }

    @Property(tries = 40)
    void sameItemsInAnyOrderGiveTheSameLayout(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                              @ForAll @IntRange(min = 1, max = 300) int n,
                                              @ForAll @IntRange(min = 10, max = 3000) int detailLimit) {
        List<TimelineItem> items = randomItems(seed, n);
        List<TimelineItem> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        TimeScale scale = TimeScale.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 1), 1000);
        LaneSpec lanes = LaneSpec.byKeys(LaneSpec.Order.BY_COUNT);
        LayoutOptions options = LayoutOptions.defaults().withDetailLimit(detailLimit);
        assertEquals(TimelineLayout.layout(items, scale, lanes, options, MEASURE),
                TimelineLayout.layout(shuffled, scale, lanes, options, MEASURE));
    }

    @Test
    void hitTestFindsTheItemUnderThePoint() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 40);
        List<TimelineItem> items = List.of(onDay(26, LocalDate.of(2022, 1, 10), "ジュネーブで米ロ協議"),
                onDay(27, LocalDate.of(2022, 1, 20), "NATO"));
        DisplayList dl = TimelineLayout.layout(items, scale, LaneSpec.none(), LayoutOptions.defaults(), MEASURE);
        Marker m = dl.shapes().stream().filter(s -> s instanceof Marker).map(s -> (Marker) s)
                .filter(k -> k.itemId() == 26).findFirst().orElseThrow();
        assertEquals(9.5 * 40, m.cx(), 1e-6);
        assertEquals(new ItemHit(26, ""), TimelineLayout.hitTest(dl, m.cx(), m.cy()).orElseThrow());
        assertEquals(new ItemHit(26, ""), TimelineLayout.hitTest(dl, m.cx() + 60, m.cy()).orElseThrow(), "on its label");
        assertTrue(TimelineLayout.hitTest(dl, 700, m.cy()).isEmpty(), "empty space");
        assertTrue(TimelineLayout.hitTest(dl, m.cx(), 5).isEmpty(), "the axis");
        assertTrue(TimelineLayout.hitTest(dl, m.cx(), m.cy() + 100).isEmpty(), "below the rows");
    }

    /** Nothing beside it: a label that fits is never elided (its room was once its own width less a rounding error). */
    @Property(tries = 400)
    void aLabelAloneInItsRowThatFitsIsShownWhole(@ForAll @IntRange(min = 300, max = 3000) int width,
                                                  @ForAll @IntRange(min = 0, max = 15) int day,
                                                  @ForAll @IntRange(min = 1, max = 12) int words) {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), width);
        String label = String.join("", java.util.Collections.nCopies(words, "協議"));
        DisplayList dl = TimelineLayout.layout(List.of(onDay(1, JAN1.plusDays(day), label)), scale, LaneSpec.none(),
                LayoutOptions.defaults(), MEASURE);
        Text shown = dl.shapes().stream().filter(x -> x instanceof Text t && t.role() == TextRole.ITEM_LABEL).map(x -> (Text) x)
                .findFirst().orElseThrow();
        if (textStart(shown) + MEASURE.width(label, TextRole.ITEM_LABEL) <= width) {
            assertEquals(label, shown.text());
        }
    }

    /**
     * A window showed トカエフ大統領が演説で… cut to ト… to make room for the next event, while another
     * row's label, begun days before, had words to spare: the row whose label keeps the most is cut.
     */
    @Test
    void anEventWithNoRowFreeCutsTheLabelThatKeepsTheMostOfItself() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 40);
        String words = String.join("", Collections.nCopies(12, "協議"));
        List<TimelineItem> items = List.of(onDay(1, JAN1, words), onDay(2, JAN1.plusDays(2), words + words),
                onDay(3, JAN1.plusDays(12), words), onDay(4, JAN1.plusDays(14), "声明"));
        TimelineIndex index = TimelineIndex.of(items);
        IntList ranks = new IntList(4);
        for (int i = 0; i < index.size(); i++) {
            ranks.add(i);
        }
        Map<Long, RowLayout.Entry> placed = RowLayout.layout(index, ranks, 2, scale, LayoutOptions.defaults(), MEASURE).stream()
                .collect(Collectors.toMap(e -> e.item.id(), e -> e));
        assertEquals(0, placed.get(3L).row, "the third goes after the first, whose label it clears");
        assertEquals(1, placed.get(4L).row, "the fourth cuts the long label begun on the 3rd, not the one begun on the 13th");
        assertEquals(placed.get(3L).fullEnd, placed.get(3L).labelLimit, "which stays whole");
        assertTrue(placed.get(2L).labelLimit < placed.get(2L).fullEnd, "the long one is cut");
        assertTrue(placed.get(2L).labelLimit - placed.get(2L).labelStart > 10 * 14, "and keeps words");
    }

    @Test
    void aLabelRunningPastTheRightEdgeIsElidedThereNotCut() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 40);
        String longLabel = "分析者が書いた長い見出しは書き出した画像の右端で切れずに省略記号で終わる";
        DisplayList dl = TimelineLayout.layout(List.of(onDay(3, LocalDate.of(2022, 1, 28), longLabel)), scale, LaneSpec.none(),
                LayoutOptions.defaults(), MEASURE);
        Text label = dl.shapes().stream().filter(x -> x instanceof Text t && t.role() == TextRole.ITEM_LABEL).map(x -> (Text) x)
                .findFirst().orElseThrow();
        assertTrue(label.text().endsWith(TextMeasure.ELLIPSIS), label.text());
        assertTrue(textEnd(label) <= scale.width(), textEnd(label) + " past " + scale.width());
    }

    @Test
    void anExportsCitationNumberIsNeverCutOnlyTheLabelAfterIt() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 40);
        String cited = CitationMark.prefixed(27, "分析者が書いた長い見出しは書き出した画像の右端で切れずに省略記号で終わる");
        for (LocalDate day : List.of(LocalDate.of(2022, 1, 20), LocalDate.of(2022, 1, 30), LocalDate.of(2022, 1, 31))) {
            DisplayList dl = TimelineLayout.layout(List.of(onDay(3, day, cited)), scale, LaneSpec.none(), LayoutOptions.defaults(),
                    MEASURE);
            Text label = dl.shapes().stream().filter(x -> x instanceof Text t && t.role() == TextRole.ITEM_LABEL).map(x -> (Text) x)
                    .findFirst().orElseThrow(() -> new AssertionError("the number is drawn however little room there is: " + day));
            assertTrue(label.text().startsWith("[27]"), day + ": " + label.text());
            assertTrue(label.text().equals("[27]") || label.text().startsWith("[27] 分析者") && label.text().endsWith(TextMeasure.ELLIPSIS),
                    day + ": " + label.text());
        }
        DisplayList atTheEdge = TimelineLayout.layout(List.of(onDay(3, LocalDate.of(2022, 1, 31), cited)),
                TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 40 - 36), LaneSpec.none(), LayoutOptions.defaults(), MEASURE);
        Text number = atTheEdge.shapes().stream().filter(x -> x instanceof Text t && t.role() == TextRole.ITEM_LABEL).map(x -> (Text) x)
                .findFirst().orElseThrow();
        assertEquals("[27]", number.text());
        assertTrue(textEnd(number) <= atTheEdge.width() + 1e-6, "whole inside the picture: " + textEnd(number) + " of " + atTheEdge.width());
        assertEquals(0, CitationMark.length("[速報] 協議"), "a bracket that is no number is the label's own");
        assertEquals(5, CitationMark.length("[27] 協議"));
    }

    @Test
    void anItemWithTwoLaneKeysAppearsInBothLanesLinked() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 1240);
        List<TimelineItem> items = List.of(onDay(1, LocalDate.of(2022, 1, 10), "米ロ協議", "ロシア", "アメリカ"),
                onDay(2, LocalDate.of(2022, 1, 12), "NATO", "アメリカ"));
        DisplayList dl = TimelineLayout.layout(items, scale, LaneSpec.byKeys(LaneSpec.Order.BY_COUNT),
                LayoutOptions.defaults().withSelected(1L), MEASURE);
        List<ItemHit> hits = dl.hits().stream().map(HitBox::hit).filter(h -> h instanceof ItemHit).map(h -> (ItemHit) h)
                .filter(h -> h.itemId() == 1).collect(Collectors.toList());
        assertEquals(List.of(new ItemHit(1, "アメリカ"), new ItemHit(1, "ロシア")), hits);
        List<Marker> marks = dl.shapes().stream().filter(s -> s instanceof Marker).map(s -> (Marker) s)
                .filter(m -> m.itemId() == 1).collect(Collectors.toList());
        assertEquals(2, marks.size());
        assertTrue(marks.stream().allMatch(m -> m.linked() && m.selected()));
        assertEquals(1, dl.shapes().stream().filter(s -> s instanceof DisplayList.Line
                && ((DisplayList.Line) s).kind() == DisplayList.LineKind.LINK).count());
    }

    /** 48 items an hour apart over two days: one crowd at a year's zoom, all apart at two days'. */
    @Test
    void clustersAppearWhenZoomedOutAndSplitWhenZoomedIn() {
        List<TimelineItem> items = new ArrayList<>();
        for (int h = 0; h < 48; h++) {
            items.add(Items.at(h, day(LocalDate.of(2022, 6, 1)) + h * TimeScale.HOUR, "E" + h));
        }
        TimeScale year = TimeScale.of(JAN1, LocalDate.of(2023, 1, 1), 1200);
        DisplayList out = TimelineLayout.layout(items, year, LaneSpec.none(), LayoutOptions.defaults(), MEASURE);
        List<ClusterMark> clusters = shapes(out, ClusterMark.class);
        assertFalse(clusters.isEmpty());
        int shown = shapes(out, Marker.class).size() + clusters.stream().mapToInt(ClusterMark::count).sum();
        assertEquals(48, shown, "every item is shown, alone or in a cluster");

        ClusterHit hit = (ClusterHit) out.hits().stream().map(HitBox::hit).filter(h -> h instanceof ClusterHit)
                .findFirst().orElseThrow();
        assertEquals(hit.count(), hit.itemIds().size());
        assertTrue(hit.from() >= day(LocalDate.of(2022, 6, 1)) && hit.to() <= day(LocalDate.of(2022, 6, 3)));

        // Zoomed to the two days (60 px an hour) the crowd opens: every item alone.
        DisplayList in = TimelineLayout.layout(items, TimeScale.of(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 3), 48 * 60),
                LaneSpec.none(), LayoutOptions.defaults(), MEASURE);
        assertTrue(shapes(in, ClusterMark.class).isEmpty());
        assertEquals(48, shapes(in, Marker.class).size());
    }

    @Test
    void aCrowdedLabelIsElidedBeforeItemsFoldIntoClusters() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 40);
        List<TimelineItem> items = List.of(onDay(1, LocalDate.of(2022, 1, 3), "とても長いラベルの出来事が続いている"),
                onDay(2, LocalDate.of(2022, 1, 6), "次"));
        DisplayList dl = TimelineLayout.layout(items, scale, LaneSpec.none(),
                LayoutOptions.defaults().withMaxRowsPerLane(1), MEASURE);
        List<String> labels = shapes(dl, Text.class).stream().filter(t -> t.role() == TextRole.ITEM_LABEL)
                .map(Text::text).collect(Collectors.toList());
        assertEquals(2, labels.size());
        assertTrue(labels.get(0).endsWith("…"), labels.get(0));
        assertEquals("次", labels.get(1));
    }

    @Test
    void itemsKeepTheirRowsWhenPanning() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 40);
        List<TimelineItem> items = List.of(onDay(1, LocalDate.of(2022, 1, 10), "会談が開かれた"),
                onDay(2, LocalDate.of(2022, 1, 11), "声明"), onDay(3, LocalDate.of(2022, 1, 12), "制裁"),
                onDay(4, LocalDate.of(2022, 1, 25), "ミサイル発射"));
        Map<Long, Double> before = rows(TimelineLayout.layout(items, scale, LaneSpec.none(), LayoutOptions.defaults(), MEASURE));
        Map<Long, Double> after = rows(TimelineLayout.layout(items, scale.pan(120), LaneSpec.none(), LayoutOptions.defaults(), MEASURE));
        assertEquals(before, after);
        assertEquals(3, before.values().stream().distinct().count());
    }

    @Test
    void barsForSpansWithFuzzyEndsAndSourceBadges() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 31 * 40);
        TimelineItem week = new TimelineItem(5, day(LocalDate.of(2022, 1, 10)), day(LocalDate.of(2022, 1, 17)),
                Granularity.WEEK, false, true, "協議週間", "diplomacy", 3, List.of());
        DisplayList dl = TimelineLayout.layout(List.of(week), scale, LaneSpec.none(), LayoutOptions.defaults(), MEASURE);
        DisplayList.Bar bar = shapes(dl, DisplayList.Bar.class).get(0);
        assertEquals(9 * 40, bar.x0(), 1e-6);
        assertEquals(16 * 40, bar.x1(), 1e-6);
        assertTrue(bar.fuzzyEnd() && !bar.fuzzyStart());
        assertEquals("diplomacy", bar.style());
        assertEquals(3, shapes(dl, DisplayList.Badge.class).get(0).count());
    }

    @Test
    void zoomedOutLanesShowDensityInsteadOfItems() {
        List<TimelineItem> items = randomItems(7, 5000);
        TimeScale year = TimeScale.of(JAN1, LocalDate.of(2023, 1, 1), 1200);
        DisplayList dl = TimelineLayout.layout(items, year, LaneSpec.none(), LayoutOptions.defaults().withDetailLimit(1000), MEASURE);
        List<DensityBar> bars = shapes(dl, DensityBar.class);
        assertFalse(bars.isEmpty());
        long inView = items.stream().filter(i -> year.contains(i.start())).count();
        assertEquals(inView, bars.stream().mapToInt(DensityBar::count).sum());
        assertTrue(dl.hitTest(bars.get(0).x0() + 0.5, bars.get(0).y1() - 0.5).orElseThrow() instanceof ClusterHit);
    }

    @Test
    void aDenseLaneShowsItsMostReportedItemsWholeUnderItsDensity() {
        List<TimelineItem> items = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 3000; i++) {
            LocalDate day = JAN1.plusDays(random.nextInt(90));
            items.add(new TimelineItem(i, day(day), day(day) + TimeScale.DAY, Granularity.DAY, false, false,
                    "一件の報道" + i, "c0", 1, List.of()));
        }
        String[] reported = {"ジュネーブで米ロ協議", "カザフで抗議拡大", "NATO外相会合", "北朝鮮がミサイル発射"};
        for (int k = 0; k < reported.length; k++) {
            LocalDate day = JAN1.plusDays(5 + 20 * k);
            items.add(new TimelineItem(10_000 + k, day(day), day(day) + TimeScale.DAY, Granularity.DAY, false, false,
                    reported[k], "c1", 5 + k, List.of()));
        }
        TimeScale quarter = TimeScale.of(JAN1, JAN1.plusDays(90), 1200);
        LayoutOptions options = LayoutOptions.defaults().withViewport(0, 300);
        DisplayList dl = TimelineLayout.layout(items, quarter, LaneSpec.none(), options, MEASURE);

        double densityBottom = shapes(dl, DensityBar.class).stream().mapToDouble(DensityBar::y1).max().orElseThrow();
        List<String> labels = shapes(dl, Text.class).stream().filter(t -> t.role() == TextRole.ITEM_LABEL)
                .map(Text::text).toList();
        for (String label : reported) {
            assertTrue(labels.contains(label), () -> label + " is reported most, so it is shown whole: " + labels);
        }
        assertTrue(labels.size() > reported.length, "single reports fill the rows left: " + labels.size());
        for (Text t : shapes(dl, Text.class)) {
            if (t.role() == TextRole.ITEM_LABEL && t.text().endsWith(TextMeasure.ELLIPSIS)) {
                assertTrue(textEnd(t) > quarter.width() - 10, () -> "only the picture's edge cuts a label: " + t);
            }
        }
        List<Marker> markers = shapes(dl, Marker.class);
        assertTrue(markers.size() >= labels.size(), "a mark for every label (at the right edge, a mark with no room for its label)");
        for (Marker marker : markers) {
            assertTrue(marker.cy() > densityBottom, "events under the density bars");
            assertEquals(marker.itemId(), ((ItemHit) dl.hitTest(marker.cx(), marker.cy()).orElseThrow()).itemId());
        }
        assertTrue(dl.height() <= 40 + 300 + 1e-6);
    }

    @Test
    void withoutItsMostReportedADenseLaneIsItsDensityAlone() {
        List<TimelineItem> items = randomItems(7, 5000);
        TimeScale year = TimeScale.of(JAN1, LocalDate.of(2023, 1, 1), 1200);
        LayoutOptions options = LayoutOptions.defaults().withDetailLimit(1000);
        DisplayList with = TimelineLayout.layout(items, year, LaneSpec.none(), options, MEASURE);
        DisplayList without = TimelineLayout.layout(items, year, LaneSpec.none(), options.withMostReported(false), MEASURE);
        assertFalse(shapes(with, Marker.class).isEmpty());
        assertTrue(shapes(without, Marker.class).isEmpty());
        assertEquals(shapes(with, DensityBar.class), shapes(without, DensityBar.class));
    }

    @Test
    void aDenseLaneKeepsToItsRowsWithItsMostReportedItems() {
        List<TimelineItem> items = randomItems(11, 3000);
        TimeScale year = TimeScale.of(JAN1, LocalDate.of(2023, 1, 1), 1200);
        // three rows a lane: two of density, one of items
        LayoutOptions options = LayoutOptions.defaults().withDetailLimit(100).withMaxRowsPerLane(3);
        DisplayList dl = TimelineLayout.layout(items, year, LaneSpec.byKeys(LaneSpec.Order.BY_COUNT), options, MEASURE);
        List<DisplayList.LaneHeader> headers = shapes(dl, DisplayList.LaneHeader.class);
        assertEquals(5, headers.size(), "four lanes and the unassigned");
        for (int h = 0; h < headers.size(); h++) {
            double top = headers.get(h).y1();
            double bottom = h + 1 < headers.size() ? headers.get(h + 1).y0() : dl.height();
            List<Double> rowsOfItems = shapes(dl, Marker.class).stream().map(Marker::cy)
                    .filter(y -> y > top && y < bottom).distinct().toList();
            assertEquals(1, rowsOfItems.size(), "one row of items in lane " + headers.get(h).key());
            assertTrue(shapes(dl, DensityBar.class).stream().anyMatch(b -> b.y0() >= top && b.y1() <= bottom));
        }
    }

    @Test
    void lanesBelowTheViewportAreLeftOut() {
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            items.add(onDay(i, LocalDate.of(2022, 1, 10), "x", "lane" + i));
        }
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 1240);
        DisplayList dl = TimelineLayout.layout(items, scale, LaneSpec.byKeys(LaneSpec.Order.BY_NAME),
                LayoutOptions.defaults().withViewport(0, 200), MEASURE);
        assertTrue(dl.moreBelow());
        assertTrue(shapes(dl, DisplayList.LaneHeader.class).size() < 10);
        assertEquals(40 + 200, dl.height(), 1e-6);
    }

    @Test
    void paintOrderPutsTheAxisOverTheLanesAndTodayOnTop() {
        TimeScale scale = TimeScale.of(JAN1, LocalDate.of(2022, 2, 1), 1240);
        LayoutOptions options = LayoutOptions.defaults()
                .withAxis(AxisOptions.defaults().withEraRow(true).withToday(LocalDate.of(2022, 1, 12)));
        DisplayList dl = TimelineLayout.layout(randomItems(1, 200), scale, LaneSpec.byKeys(LaneSpec.Order.BY_COUNT),
                options, MEASURE);
        List<DisplayList.Shape> shapes = dl.shapes();
        int panel = shapes.indexOf(shapes(dl, DisplayList.Panel.class).get(0));
        int lastMark = 0;
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i) instanceof Marker || shapes.get(i) instanceof DisplayList.Bar || shapes.get(i) instanceof ClusterMark) {
                lastMark = i;
            }
        }
        assertTrue(lastMark < panel);
        DisplayList.Line today = (DisplayList.Line) shapes.get(shapes.size() - 1);
        assertEquals(DisplayList.LineKind.TODAY, today.kind());
        assertEquals(11.5 * 40, today.x0(), 1e-6);
        assertEquals(60, dl.axisHeight(), 1e-9, "era, major and minor rows");
        assertTrue(shapes(dl, Text.class).stream().anyMatch(t -> t.role() == TextRole.ERA && t.text().equals("令和4年")));
        assertTrue(shapes(dl, Text.class).stream().anyMatch(t -> t.role() == TextRole.LANE_HEADER));
    }

    @Test
    void fixedLaneHeightsDoNotDependOnTheView() {
        List<TimelineItem> items = randomItems(11, 300);
        LaneSpec lanes = LaneSpec.byKeys(LaneSpec.Order.BY_COUNT);
        LayoutOptions fixed = LayoutOptions.defaults().withFixedLaneHeights(true);
        TimeScale a = TimeScale.of(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 3, 1), 1000);
        List<Double> before = shapes(TimelineLayout.layout(items, a, lanes, fixed, MEASURE), DisplayList.LaneHeader.class)
                .stream().map(DisplayList.LaneHeader::y0).collect(Collectors.toList());
        List<Double> after = shapes(TimelineLayout.layout(items, a.pan(3000), lanes, fixed, MEASURE), DisplayList.LaneHeader.class)
                .stream().map(DisplayList.LaneHeader::y0).collect(Collectors.toList());
        assertEquals(before, after);
        assertEquals(40 + 5 * (20 + 6 * 20 + 4), after.get(after.size() - 1) + 20 + 6 * 20 + 4, 1e-6);
    }

    private static Map<Long, Double> rows(DisplayList dl) {
        return shapes(dl, Marker.class).stream().collect(Collectors.toMap(Marker::itemId, Marker::cy));
    }

    static <T> List<T> shapes(DisplayList dl, Class<T> type) {
        return dl.shapes().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }
}
