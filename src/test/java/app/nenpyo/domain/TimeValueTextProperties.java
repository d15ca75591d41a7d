package app.nenpyo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The text form of time values is written by hand: it must be what {@code %04d}-style formatting gives, in ASCII. */
class TimeValueTextProperties {

    @Property(tries = 3000)
    void paddingIsThatOfZeroPaddedFormatting(@ForAll int value, @ForAll @IntRange(min = 1, max = 12) int width) {
        assertEquals(String.format(Locale.ROOT, "%0" + width + "d", value), TimeValue.padded(new StringBuilder(), value, width).toString());
    }

    @Property(tries = 3000)
    void aDayAndATimeAreWrittenAsIso(@ForAll @IntRange(min = -800_000, max = 3_000_000) int epochDay,
                                     @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int minute) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        LocalTime time = LocalTime.of(minute / 60, minute % 60);
        String dayText = String.format(Locale.ROOT, "%04d-%02d-%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        assertEquals(dayText, TimeValue.day(day).format());
        assertEquals(dayText + String.format(Locale.ROOT, "T%02d:%02d", time.getHour(), time.getMinute()),
                new TimeValue(day, day, Granularity.DAY, time, null, TimeValue.Openness.CLOSED).format());
    }

    /** Every year the text form allows (0001–9999) reads back as written, at every granularity it names. */
    @Property(tries = 2000)
    void theTextFormReadsBackAsTheValue(@ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month,
                                        @ForAll @IntRange(min = 1, max = 28) int day) {
        LocalDate date = LocalDate.of(year, month, day);
        for (TimeValue value : java.util.List.of(TimeValue.day(date), TimeValue.year(year), TimeValue.month(java.time.YearMonth.of(year, month)),
                TimeValue.dayAt(date, LocalTime.of(9, 5)))) {
            assertEquals(value, TimeValue.parse(value.format()), value.format());
        }
        if (year > 1 && year < 9999) {
            TimeValue week = TimeValue.isoWeekOf(date);
            assertEquals(week, TimeValue.parse(week.format()), week.format());
        }
    }

    @Test
    void textIsInAsciiDigitsWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        Locale beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale beforeDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA"));
            assertEquals("2022-01-10T10:05", new TimeValue(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10), Granularity.DAY,
                    LocalTime.of(10, 5), null, TimeValue.Openness.CLOSED).format());
            assertEquals("2022-W02", TimeValue.isoWeekOf(LocalDate.of(2022, 1, 10)).format());
            assertEquals("0987-03-01/0987-03-10", new TimeValue(LocalDate.of(987, 3, 1), LocalDate.of(987, 3, 10),
                    Granularity.RANGE, null, null, TimeValue.Openness.CLOSED).format());
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
            Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
        }
    }
}
