package app.nenpyo.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TickPlanTest {

    private static final TextMeasure MEASURE = new MonospaceTextMeasure(7);
    private static final long T1900 = LocalDate.of(1900, 1, 1).toEpochDay() * TimeScale.DAY;

    private static List<String> labels(List<TickPlan.Tick> ticks) {
        return ticks.stream().map(TickPlan.Tick::label).collect(Collectors.toList());
    }

    /** Ticks strictly in order, and each label ends before the next tick (less the gap). */
    private static void assertNoOverlap(List<TickPlan.Tick> ticks, AxisOptions axis, TextRole role) {
        for (int i = 0; i + 1 < ticks.size(); i++) {
            TickPlan.Tick a = ticks.get(i);
            TickPlan.Tick b = ticks.get(i + 1);
            assertTrue(a.x() < b.x(), "ticks out of order: " + a + " " + b);
            double end = a.labelX() + MEASURE.width(a.label(), role);
            assertTrue(a.label().isEmpty() || end <= b.x() - axis.labelGap() + 1e-6 && end <= b.labelX() + 1e-6,
                    () -> "label " + a + " runs into " + b);
        }
    }

    @Property(tries = 250)
    void ticksNeverOverlapAtAnyZoom(@ForAll @LongRange(min = 0, max = 4_000_000_000_000L) long offset,
                                    @ForAll @DoubleRange(min = 0, max = 1) double zoom,
                                    @ForAll @DoubleRange(min = 60, max = 4000) double width,
                                    @ForAll boolean english, @ForAll boolean era) {
        // Spans from an hour to 200 years, spread evenly on a log scale.
        long span = Math.round(TimeScale.MIN_SPAN * Math.pow((double) TimeScale.MAX_SPAN / TimeScale.MIN_SPAN, zoom));
        TimeScale s = new TimeScale(T1900 + offset, T1900 + offset + span, width, TimeScale.TOKYO);
        AxisOptions axis = AxisOptions.defaults().withEraRow(era)
                .withLanguage(english ? LabelLanguage.ENGLISH : LabelLanguage.JAPANESE);
        TickPlan p = TickPlan.plan(s, axis, MEASURE);
        assertFalse(p.minor().isEmpty());
        assertNoOverlap(p.minor(), axis, TextRole.TICK_MINOR);
        assertNoOverlap(p.major(), axis, TextRole.TICK_MAJOR);
        assertNoOverlap(p.era(), axis, TextRole.ERA);
        for (TickPlan.Tick major : p.major()) {
            String label = major.label();
            String kept = label.endsWith(TextMeasure.ELLIPSIS) ? label.substring(0, label.length() - 1) : label;
            assertTrue(label.isEmpty() || !label.endsWith(TextMeasure.ELLIPSIS) || TickPlan.namesAPeriod(kept),
                    "a cut context label still names its period: " + label);
        }
        // The unit depends on the zoom only: panning never changes it.
        assertEquals(p.unit(), TickPlan.plan(s.pan(width * 0.37), axis, MEASURE).unit());
    }

    @Test
    void daysInJapanese() {
        TimeScale s = TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 31 * 80);
        TickPlan p = TickPlan.plan(s, AxisOptions.defaults(), MEASURE);
        assertEquals(TickUnit.DAY, p.unit());
        assertEquals("1日(土)", p.minor().get(0).label());
        assertTrue(labels(p.minor()).contains("10日(月)"));
        assertEquals(List.of("2022年1月"), labels(p.major()));
        assertEquals(80 * 9, p.minor().get(9).x(), 1e-6);
    }

    @Test
    void monthsYearsAndHoursInJapanese() {
        TickPlan months = TickPlan.plan(TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1), 1200),
                AxisOptions.defaults(), MEASURE);
        assertEquals(TickUnit.MONTH, months.unit());
        assertEquals("1月", months.minor().get(0).label());
        assertEquals("2022年", months.major().get(0).label());

        TickPlan years = TickPlan.plan(TimeScale.of(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 1, 1), 700),
                AxisOptions.defaults(), MEASURE);
        assertEquals(TickUnit.YEAR, years.unit());
        assertTrue(labels(years.minor()).contains("2022年"));
        assertTrue(labels(years.major()).contains("2020年代"));

        TickPlan hours = TickPlan.plan(TimeScale.of(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 11), 2400),
                AxisOptions.defaults(), MEASURE);
        assertEquals(TickUnit.HOUR, hours.unit());
        assertEquals("15時", hours.minor().get(15).label());
        assertEquals("2022年1月10日(月)", hours.major().get(0).label());
        TickPlan days = TickPlan.plan(TimeScale.of(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 17), 1400),
                AxisOptions.defaults(), MEASURE);
        assertEquals("1月11日(火)", days.major().get(1).label(), "only the pinned first day label has the year");
    }

    @Test
    void englishLabels() {
        AxisOptions en = AxisOptions.defaults().withLanguage(LabelLanguage.ENGLISH);
        TickPlan days = TickPlan.plan(TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 31 * 80), en, MEASURE);
        assertEquals("Mon 10", days.minor().get(9).label());
        assertEquals("Jan 2022", days.major().get(0).label());
        TickPlan months = TickPlan.plan(TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1), 1200), en, MEASURE);
        assertEquals("Jan", months.minor().get(0).label());
        assertEquals("2022", months.major().get(0).label());
        TickPlan hours = TickPlan.plan(TimeScale.of(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 11), 2400), en, MEASURE);
        assertEquals("15:00", hours.minor().get(15).label());
    }

    @Test
    void narrowDaysFallBackToWeeksAndMonths() {
        TickPlan p = TickPlan.plan(TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 31 * 40),
                AxisOptions.defaults(), MEASURE);
        assertEquals(TickUnit.WEEK, p.unit());
        assertEquals(Items.day(LocalDate.of(2021, 12, 27)), p.minor().get(0).time(), "the week of Monday 27 December");
        assertEquals("", p.minor().get(0).label(), "its label would start left of the view, cut");
        assertEquals("3日", p.minor().get(1).label());
        TickPlan decades = TickPlan.plan(TimeScale.of(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1), 800),
                AxisOptions.defaults(), MEASURE);
        assertTrue(decades.unit().compareTo(TickUnit.YEAR) > 0, decades.unit().toString());
    }

    @Test
    void eraLabelsUseTheRealBoundaries() {
        assertEquals("平成31年", JapaneseEra.label(LocalDate.of(2019, 4, 30), LabelLanguage.JAPANESE));
        assertEquals("令和元年", JapaneseEra.label(LocalDate.of(2019, 5, 1), LabelLanguage.JAPANESE));
        assertEquals("令和2年", JapaneseEra.label(LocalDate.of(2020, 1, 1), LabelLanguage.JAPANESE));
        assertEquals("令和4年", JapaneseEra.label(LocalDate.of(2022, 3, 1), LabelLanguage.JAPANESE));
        assertEquals("昭和64年", JapaneseEra.label(LocalDate.of(1989, 1, 7), LabelLanguage.JAPANESE));
        assertEquals("平成元年", JapaneseEra.label(LocalDate.of(1989, 1, 8), LabelLanguage.JAPANESE));
        assertEquals("昭和元年", JapaneseEra.label(LocalDate.of(1926, 12, 25), LabelLanguage.JAPANESE));
        assertEquals("大正15年", JapaneseEra.label(LocalDate.of(1926, 12, 24), LabelLanguage.JAPANESE));
        assertEquals("Reiwa 1", JapaneseEra.label(LocalDate.of(2019, 5, 1), LabelLanguage.ENGLISH));
        assertEquals("", JapaneseEra.label(LocalDate.of(1800, 1, 1), LabelLanguage.JAPANESE));
    }

    @Test
    void eraRowSplitsTheYearOfAChangeOfEra() {
        TimeScale s = TimeScale.of(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 1, 1), 1200);
        TickPlan p = TickPlan.plan(s, AxisOptions.defaults().withEraRow(true), MEASURE);
        assertEquals(List.of("平成30年", "平成31年", "令和元年", "令和2年", "令和3年"), labels(p.era()));
        long reiwa = LocalDate.of(2019, 5, 1).atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        assertEquals(s.x(reiwa), p.era().get(2).x(), 1e-9);
        TickPlan wide = TickPlan.plan(TimeScale.of(LocalDate.of(1900, 1, 1), LocalDate.of(2030, 1, 1), 1000),
                AxisOptions.defaults().withEraRow(true), MEASURE);
        assertTrue(labels(wide.era()).containsAll(List.of("明治", "大正", "昭和", "平成", "令和")), labels(wide.era()).toString());
    }

    @Test
    void weekendsAreShadedAsOneBandAndMonthsAlternate() {
        TimeScale s = TimeScale.of(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 17), 14 * 100);
        TickPlan p = TickPlan.plan(s, AxisOptions.defaults(), MEASURE);
        // Saturday 8 and Sunday 9 January, then 15 and 16.
        assertEquals(List.of(new TickPlan.Band(500, 700, TickPlan.BandKind.WEEKEND),
                new TickPlan.Band(1200, 1400, TickPlan.BandKind.WEEKEND)), p.bands());
        TickPlan months = TickPlan.plan(TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1), 1200),
                AxisOptions.defaults(), MEASURE);
        assertEquals(6, months.bands().size());
        assertTrue(months.bands().stream().allMatch(b -> b.kind() == TickPlan.BandKind.ALTERNATE));
    }

    @Test
    void todayLineOnlyWhenVisible() {
        TimeScale s = TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 11), 1000);
        TickPlan p = TickPlan.plan(s, AxisOptions.defaults().withToday(LocalDate.of(2022, 1, 5)), MEASURE);
        assertEquals(450, p.todayX().orElseThrow(), 1e-6);
        assertTrue(TickPlan.plan(s, AxisOptions.defaults().withToday(LocalDate.of(2023, 1, 5)), MEASURE).todayX().isEmpty());
        assertTrue(TickPlan.plan(s, AxisOptions.defaults(), MEASURE).todayX().isEmpty());
    }
}
