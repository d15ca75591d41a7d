package app.nenpyo.temporal;

import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimeValueTest {

    @Test
    void formatsEachShapeOfTheGrammar() {
        assertEquals("2022-01-10", TimeValue.day(LocalDate.of(2022, 1, 10)).format());
        assertEquals("2022-01-10T10:00", TimeValue.dayAt(LocalDate.of(2022, 1, 10), LocalTime.of(10, 0)).format());
        assertEquals("2022-01", TimeValue.month(YearMonth.of(2022, 1)).format());
        assertEquals("2022", TimeValue.year(2022).format());
        assertEquals("2022-W01", TimeValue.isoWeekOf(LocalDate.of(2022, 1, 5)).format());
        assertEquals("2021-W52", TimeValue.isoWeekOf(LocalDate.of(2022, 1, 2)).format());
        assertEquals("2022-01-01/2022-01-10", TimeValue.interval(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 10),
                Granularity.PART_OF_MONTH).format());
    }

    @Test
    void anOpenValuePrintsItsKnownPeriod() {
        TimeValue from10 = TimeValue.day(LocalDate.of(2022, 1, 10)).withOpenness(TimeValue.Openness.OPEN_END);
        assertEquals("2022-01-10", from10.format());
        assertEquals(TimeValue.Openness.CLOSED, TimeValue.parse(from10.format()).openness());
    }

    @Test
    void parsesTheGrammarBack() {
        assertEquals(Granularity.WEEK, TimeValue.parse("2022-W01").granularity());
        assertEquals(LocalDate.of(2022, 1, 3), TimeValue.parse("2022-W01").start());
        assertEquals(LocalTime.of(10, 0), TimeValue.parse("2022-01-10T10:00").startTime());
        assertEquals(Granularity.RANGE, TimeValue.parse("2022-01-01/2022-01-10").granularity());
        assertThrows(IllegalArgumentException.class, () -> TimeValue.parse("2022-02-30"));
        assertThrows(IllegalArgumentException.class, () -> TimeValue.parse("2022-W60"));
        assertThrows(IllegalArgumentException.class, () -> TimeValue.parse("10日"));
        assertThrows(IllegalArgumentException.class, () -> TimeValue.parse("2022-01-10/2022-01-01"));
    }
}
