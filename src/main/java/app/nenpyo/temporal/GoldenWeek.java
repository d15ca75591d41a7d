package app.nenpyo.temporal;

import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The days of a year's 大型連休 (Golden Week): 昭和の日 (29 April) to こどもの日 (5 May), lengthened by the
 * weekends and substitute holidays that join them, as news and its readers count the days off.
 *
 * <pre>
 *   2023 → 2023-04-29/2023-05-07  (5 May a Friday: the weekend after it)
 *   2024 → 2024-04-27/2024-05-06  (29 April a Monday: the weekend before; 5 May a Sunday: 6 May in lieu)
 *   2022 → 2022-04-29/2022-05-05  (5 May a Thursday: 6 May a working day)
 *   2019 → 2019-04-27/2019-05-06  (the weekend before 29 April, 6 May in lieu)
 * </pre>
 *
 * <p>Known weakness: the days between 29 April and 3 May are counted in though they are working days in most
 * years, as writers count the week whole; a year's one-off holidays are not known.
 */
final class GoldenWeek {
    private GoldenWeek() {
    }

    static TimeValue of(int year) {
        LocalDate start = LocalDate.of(year, 4, 29);
        while (dayOff(start.minusDays(1), year)) {
            start = start.minusDays(1);
        }
        LocalDate end = LocalDate.of(year, 5, 5);
        while (dayOff(end.plusDays(1), year)) {
            end = end.plusDays(1);
        }
        return TimeValue.interval(start, end, Granularity.PART_OF_YEAR);
    }

    private static boolean dayOff(LocalDate day, int year) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY || inLieu(day, year);
    }

    /** 6 May in lieu of 3, 4 or 5 May fallen on a Sunday (the one before 29 April's lies inside the span). */
    private static boolean inLieu(LocalDate day, int year) {
        if (!day.equals(LocalDate.of(year, 5, 6))) {
            return false;
        }
        for (int d = 3; d <= 5; d++) {
            if (LocalDate.of(year, 5, d).getDayOfWeek() == DayOfWeek.SUNDAY) {
                return true;
            }
        }
        return false;
    }
}
