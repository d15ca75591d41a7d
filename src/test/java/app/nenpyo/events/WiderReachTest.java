package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The days a changed day reaches through the periods of wider reports (decision 0033). */
class WiderReachTest {

    /** A month (100..130), a week across its start (95..101), the next month (131..160) and a week across its end (157..163). */
    private static final WiderReach TWO_MONTHS = WiderReach.of(new int[] {131, 160, 100, 130, 157, 163, 95, 101});

    private static int[] days(int first, int last) {
        return IntStream.rangeClosed(first, last).toArray();
    }

    @Test
    void aChangedDayBringsThePeriodsHoldingItAndADayInNoneItselfAlone() {
        WiderReach month = WiderReach.of(new int[] {100, 130});

        assertEquals(MergeScope.of(days(100, 130)), month.scopeOf(new int[] {117}), "a day inside");
        assertEquals(MergeScope.of(days(100, 130)), month.scopeOf(new int[] {100}), "the period's first day: the wider report itself changed");
        assertEquals(MergeScope.of(days(100, 130)), month.scopeOf(new int[] {130}), "its last day");
        assertEquals(MergeScope.of(new int[] {99, 131}), month.scopeOf(new int[] {131, 99}), "the days just outside, alone");
        assertEquals(MergeScope.of(new int[0]), month.scopeOf(new int[0]));
        assertEquals(MergeScope.of(new int[] {5, 7}), WiderReach.of(new int[0]).scopeOf(new int[] {7, 5, 7}), "no wider report anywhere");
    }

    @Test
    void theDaysMadeAgainAreReadWithThePeriodsOfTheWiderReportsThatMayJoinTheirEventsAndNoMore() {
        MergeScope inTheMonth = TWO_MONTHS.scopeOf(new int[] {120});
        assertArrayEquals(days(100, 130), inTheMonth.days(), "the month may leave its event for one of the 120th: all its days");
        assertArrayEquals(days(95, 130), inTheMonth.readDays(),
                "the week holding the month's first day may join an event of it: its days are read, not made again");

        MergeScope inTheWeek = TWO_MONTHS.scopeOf(new int[] {98});
        assertArrayEquals(days(95, 101), inTheWeek.days(), "the week alone holds the 98th");
        assertArrayEquals(days(95, 130), inTheWeek.readDays(), "the month holds the week's last days");

        MergeScope nextMonth = TWO_MONTHS.scopeOf(new int[] {140});
        assertArrayEquals(days(131, 160), nextMonth.days());
        assertArrayEquals(days(131, 163), nextMonth.readDays(), "not the month before, which holds none of its days");
    }

    @Test
    void aSpreadAddsTheDaysOfEveryPeriodHoldingOneOfTheDaysOnce() {
        assertArrayEquals(days(95, 130), TWO_MONTHS.spread(days(100, 101)));
        assertArrayEquals(IntStream.concat(IntStream.of(90), IntStream.rangeClosed(131, 163)).toArray(),
                TWO_MONTHS.spread(new int[] {90, 160}));
    }

    @Test
    void periodsComeInPairsThatDoNotEndBeforeTheyStart() {
        assertThrows(IllegalArgumentException.class, () -> WiderReach.of(new int[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> WiderReach.of(new int[] {10, 9}));
    }
}
