package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The days a changed day reaches through the periods of wider reports (decision 0033). */
class WiderReachTest {

    private static int[] days(int first, int last) {
        return IntStream.rangeClosed(first, last).toArray();
    }

    @Test
    void aChangedDayInsideAWiderPeriodBringsThePeriodAndOneOutsideEveryPeriodBringsItselfAlone() {
        WiderReach reach = WiderReach.of(new int[] {100, 130});

        assertArrayEquals(days(100, 130), reach.daysAgain(new int[] {117}), "a day inside");
        assertArrayEquals(days(100, 130), reach.daysAgain(new int[] {100}), "the period's own first day: the wider report changed");
        assertArrayEquals(days(100, 130), reach.daysAgain(new int[] {130}), "its last day");
        assertArrayEquals(new int[] {99, 131}, reach.daysAgain(new int[] {131, 99}), "the days just outside, alone");
        assertArrayEquals(new int[0], reach.daysAgain(new int[0]));
        assertArrayEquals(new int[] {5, 7}, WiderReach.of(new int[0]).daysAgain(new int[] {7, 5, 7}), "no wider report anywhere");
    }

    @Test
    void overlappingPeriodsReachEachOtherButPeriodsSideBySideDoNot() {
        // a month (100..130), its 上旬 (100..109) and a week across its start (95..101); the next month (131..160) beside them
        WiderReach reach = WiderReach.of(new int[] {131, 160, 95, 101, 100, 109, 100, 130});

        assertArrayEquals(days(95, 130), reach.daysAgain(new int[] {105}),
                "上旬's day brings the month, which brings the week: each may join or leave an event the other holds");
        assertArrayEquals(days(131, 160), reach.daysAgain(new int[] {150}), "the next month alone: it shares no day with them");
        assertArrayEquals(IntStream.concat(IntStream.of(90), IntStream.rangeClosed(131, 160)).toArray(),
                reach.daysAgain(new int[] {90, 140}));
    }

    @Test
    void periodsComeInPairsThatDoNotEndBeforeTheyStart() {
        assertThrows(IllegalArgumentException.class, () -> WiderReach.of(new int[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> WiderReach.of(new int[] {10, 9}));
    }
}
