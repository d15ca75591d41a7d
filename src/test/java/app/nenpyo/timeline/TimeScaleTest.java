package app.nenpyo.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    /** 1950 to 2050: far from the year 1 and 9999 bounds, so no operation is clamped by position. */
    private static final long T1950 = LocalDate.of(1950, 1, 1).toEpochDay() * TimeScale.DAY;

    private static TimeScale scale(long startOffset, long span, double width) {
        return new TimeScale(T1950 + startOffset, T1950 + startOffset + span, width, TimeScale.TOKYO);
    }

    @Property(tries = 300)
    void timeToXToTimeIsWithinAPixel(@ForAll @LongRange(min = 0, max = 3_000_000_000_000L) long offset,
                                     @ForAll @LongRange(min = TimeScale.MIN_SPAN, max = TimeScale.MAX_SPAN / 2) long span,
                                     @ForAll @DoubleRange(min = 50, max = 20_000) double width,
                                     @ForAll @DoubleRange(min = 0, max = 1) double where) {
        TimeScale s = scale(offset, span, width);
        long t = s.start() + (long) (where * (span - 1));
        long back = s.time(s.x(t));
        assertTrue(Math.abs(back - t) <= Math.ceil(s.millisPerPixel()), () -> t + " came back as " + back);
    }

    @Property(tries = 300)
    void zoomKeepsThePivot(@ForAll @LongRange(min = 0, max = 3_000_000_000_000L) long offset,
                           @ForAll @LongRange(min = TimeScale.MIN_SPAN, max = 50L * 365 * TimeScale.DAY) long span,
                           @ForAll @DoubleRange(min = 100, max = 5000) double width,
                           @ForAll @DoubleRange(min = 0, max = 1) double pivotAt,
                           @ForAll @DoubleRange(min = 0.05, max = 20) double factor) {
        TimeScale s = scale(offset, span, width);
        double pivotX = pivotAt * width;
        long under = s.time(pivotX);
        TimeScale z = s.zoom(pivotX, factor);
        assertEquals(pivotX, z.x(under), 0.05, "pixel of the instant under the pivot");
        assertTrue(z.span() >= TimeScale.MIN_SPAN && z.span() <= TimeScale.MAX_SPAN);
    }

    @Property(tries = 300)
    void panThenPanBackIsIdentity(@ForAll @LongRange(min = 0, max = 3_000_000_000_000L) long offset,
                                  @ForAll @LongRange(min = TimeScale.MIN_SPAN, max = 50L * 365 * TimeScale.DAY) long span,
                                  @ForAll @DoubleRange(min = 100, max = 5000) double width,
                                  @ForAll @DoubleRange(min = -3000, max = 3000) double dx) {
        TimeScale s = scale(offset, span, width);
        assertEquals(s, s.pan(dx).pan(-dx));
    }

    @Test
    void panMovesLaterByPixelsOfTime() {
        TimeScale s = TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 1240);
        TimeScale later = s.pan(40);
        assertEquals(s.start() + TimeScale.DAY, later.start());
        assertEquals(s.span(), later.span());
    }

    @Test
    void zoomIsLimitedToAnHourAndTwoHundredYears() {
        TimeScale s = TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 1000);
        assertEquals(TimeScale.MIN_SPAN, s.zoom(500, 1e6).span());
        assertEquals(TimeScale.MAX_SPAN, s.zoom(500, 1e-6).span());
        assertTrue(s.zoom(0, 1e-9).start() >= TimeScale.MIN_TIME);
    }

    @Test
    void fitPutsTheIntervalBetweenTheMargins() {
        TimeScale s = TimeScale.of(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1), 1000);
        long from = LocalDate.of(2022, 1, 1).toEpochDay() * TimeScale.DAY;
        long to = from + 10 * TimeScale.DAY;
        TimeScale f = s.fit(from, to, 20);
        assertEquals(20, f.x(from), 0.01);
        assertEquals(980, f.x(to), 0.01);
        TimeScale instant = s.fit(from, from, 20);
        assertEquals(TimeScale.MIN_SPAN, instant.span());
        assertEquals(500, instant.x(from), 0.5);
    }

    @Test
    void widerWindowShowsMoreTimeAtTheSameScale() {
        TimeScale s = TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 11), 1000);
        TimeScale w = s.withWidth(2000);
        assertEquals(s.start(), w.start());
        assertEquals(s.millisPerPixel(), w.millisPerPixel(), 1e-9);
    }

    @Test
    void rejectsEmptyIntervalsAndBadWidths() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(5, 5, 100, TimeScale.TOKYO));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 5, 0, TimeScale.TOKYO));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 5, Double.NaN, TimeScale.TOKYO));
    }

    @Test
    void dayStartsInTokyo() {
        TimeScale s = TimeScale.of(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 11), 24);
        // 2022-01-10T00:00+09:00 is 2022-01-09T15:00Z.
        assertEquals(LocalDate.of(2022, 1, 9).toEpochDay() * TimeScale.DAY + 15 * TimeScale.HOUR, s.start());
        assertEquals(1.0, s.x(s.start() + TimeScale.HOUR), 1e-9);
    }
}
