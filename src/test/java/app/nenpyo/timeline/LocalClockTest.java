package app.nenpyo.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LocalClockTest {

    @Property(tries = 3000)
    void givesWhatAZonedDateTimeGives(@ForAll @IntRange(min = -200_000, max = 200_000) int day,
                                      @ForAll @IntRange(min = 0, max = 86_399) int second, @ForAll("zones") ZoneId zone) {
        LocalDate date = LocalDate.ofEpochDay(day);
        LocalTime time = LocalTime.ofSecondOfDay(second);
        assertEquals(date.atTime(time).atZone(zone).toInstant().toEpochMilli(), LocalClock.epochMillis(date, time, zone),
                date + "T" + time + " " + zone);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.of("Asia/Tokyo"), ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata"),
                ZoneId.of("+09:00"), ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void tokyoMidnightIsThreePmTheDayBeforeInUtc() {
        assertEquals(1_641_740_400_000L, LocalClock.epochMillis(LocalDate.of(2022, 1, 10), LocalTime.MIDNIGHT, ZoneId.of("Asia/Tokyo")));
    }
}
