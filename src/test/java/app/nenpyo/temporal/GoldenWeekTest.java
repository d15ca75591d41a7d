package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.TimeValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 大型連休 is 29 April to 5 May with the weekends and days in lieu that join it, as writers of sets twelve and
 * seventeen counted 2023's (to Sunday 7 May): the calendar's facts for the years news is written in.
 */
class GoldenWeekTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2019, 2019-04-27/2019-05-06",
        "2020, 2020-04-29/2020-05-06",
        "2021, 2021-04-29/2021-05-05",
        "2022, 2022-04-29/2022-05-05",
        "2023, 2023-04-29/2023-05-07",
        "2024, 2024-04-27/2024-05-06",
        "2025, 2025-04-29/2025-05-06",
        "2026, 2026-04-29/2026-05-06",
    })
    void theWeekWithTheDaysOffJoiningIt(int year, String days) {
        assertEquals(days, GoldenWeek.of(year).format());
    }

    @Property
    void holdsTheHolidaysAndEndsBesideAWorkingDay(@ForAll @IntRange(min = 2007, max = 2099) int year) {
        TimeValue week = GoldenWeek.of(year);
        LocalDate before = week.start().minusDays(1);
        LocalDate after = week.end().plusDays(1);

        assertEquals(true, !week.start().isAfter(LocalDate.of(year, 4, 29)) && !week.end().isBefore(LocalDate.of(year, 5, 5)));
        assertEquals(true, weekday(before) && weekday(after), week::format);
        assertEquals(true, week.end().toEpochDay() - week.start().toEpochDay() <= 10, week::format);
    }

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
