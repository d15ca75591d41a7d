package app.nenpyo.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved time: an interval of whole days, both ends inclusive, with the granularity the
 * writer used, an optional time of day on each end, and whether the interval is open.
 *
 * <p>The text form is DESIGN.md's grammar:
 * <pre>
 *   2022-01-10                 one day               (DAY)
 *   2022-01-10T10:00           a day and a time      (DAY with time)
 *   2022-01                    a month               (MONTH)
 *   2022                       a year                (YEAR)
 *   2022-W01                   an ISO week           (WEEK)
 *   2022-01-01/2022-01-10      any interval, both ends inclusive (上旬, 2〜10日, 年度, …)
 * </pre>
 *
 * <p>Open ranges (10日から, 10日以降, 10日まで) keep the period that was said ({@code start..end} is
 * 10日 itself) and carry {@link Openness}: 10日から is {@code 2022-01-10} marked OPEN_END. The
 * grammar has no sign for openness, so {@link #parse} never returns an open value: an open value
 * round-trips to the closed value of its known period.
 */
public record TimeValue(LocalDate start, LocalDate end, Granularity granularity,
                        LocalTime startTime, LocalTime endTime, Openness openness) {

    /** Whether an end of the interval is unknown. */
    public enum Openness {
        CLOSED,
        /** 10日から, 10日以降, 10日以来: starts with the known period, end unknown. */
        OPEN_END,
        /** 10日まで, 10日以前: ends with the known period, start unknown. */
        OPEN_START
    }

    public TimeValue {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
        openness = openness == null ? Openness.CLOSED : openness;
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
        startTime = truncate(startTime);
        endTime = truncate(endTime);
    }

    private static LocalTime truncate(LocalTime t) {
        return t == null ? null : LocalTime.of(t.getHour(), t.getMinute());
    }

    public static TimeValue day(LocalDate d) {
        return new TimeValue(d, d, Granularity.DAY, null, null, Openness.CLOSED);
    }

    public static TimeValue dayAt(LocalDate d, LocalTime time) {
        return new TimeValue(d, d, Granularity.DAY, time, null, Openness.CLOSED);
    }

    public static TimeValue month(YearMonth ym) {
        return new TimeValue(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, null, null, Openness.CLOSED);
    }

    public static TimeValue year(int year) {
        return new TimeValue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR, null, null,
                Openness.CLOSED);
    }

    /** The ISO week (Monday–Sunday) that contains {@code anyDay}. */
    public static TimeValue isoWeekOf(LocalDate anyDay) {
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        return new TimeValue(monday, monday.plusDays(6), Granularity.WEEK, null, null, Openness.CLOSED);
    }

    public static TimeValue interval(LocalDate start, LocalDate end, Granularity granularity) {
        return new TimeValue(start, end, granularity, null, null, Openness.CLOSED);
    }

    /** The same known period, marked open or closed; the known period is what {@link #format} prints. */
    public TimeValue withOpenness(Openness o) {
        return new TimeValue(start, end, granularity, startTime, endTime, o);
    }

    public boolean isOpen() {
        return openness != Openness.CLOSED;
    }

    public Optional<LocalTime> time() {
        return Optional.ofNullable(startTime);
    }

    /**
     * The DESIGN.md text form: {@code 2022-01-10}, {@code 2022-01-10T10:00}, {@code 2022-01},
     * {@code 2022}, {@code 2022-W01}, or {@code A/B}.
     */
    public String format() {
        TimeValue v = this;
        if (v.start.equals(v.end) && v.endTime == null) {
            return dayText(v.start, v.startTime);
        }
        if (v.startTime == null && v.endTime == null) {
            if (v.granularity == Granularity.MONTH && isWholeMonth(v.start, v.end)) {
                return YearMonth.from(v.start).toString();
            }
            if (v.granularity == Granularity.YEAR && isWholeYear(v.start, v.end)) {
                return padded(new StringBuilder(4), v.start.getYear(), 4).toString();
            }
            if (v.granularity == Granularity.WEEK && v.start.getDayOfWeek() == DayOfWeek.MONDAY
                    && v.end.equals(v.start.plusDays(6))) {
                int week = v.start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                int weekYear = v.start.get(IsoFields.WEEK_BASED_YEAR);
                StringBuilder text = new StringBuilder(8);
                padded(text, weekYear, 4).append("-W");
                return padded(text, week, 2).toString();
            }
        }
        return dayText(v.start, v.startTime) + "/" + dayText(v.end, v.endTime);
    }

    private static boolean isWholeMonth(LocalDate s, LocalDate e) {
        return s.getDayOfMonth() == 1 && e.equals(YearMonth.from(s).atEndOfMonth());
    }

    private static boolean isWholeYear(LocalDate s, LocalDate e) {
        return s.getDayOfYear() == 1 && e.getYear() == s.getYear() && e.getMonthValue() == 12 && e.getDayOfMonth() == 31;
    }

    /** {@code 2022-01-10} or {@code 2022-01-10T10:00}, in ASCII digits whatever the machine's locale. */
    private static String dayText(LocalDate d, LocalTime t) {
        StringBuilder text = new StringBuilder(16);
        padded(text, d.getYear(), 4).append('-');
        padded(text, d.getMonthValue(), 2).append('-');
        padded(text, d.getDayOfMonth(), 2);
        if (t != null) {
            padded(text.append('T'), t.getHour(), 2).append(':');
            padded(text, t.getMinute(), 2);
        }
        return text.toString();
    }

    /**
     * Appends the number with zeros before it up to {@code width} characters, a minus sign
     * counted, as {@code String.format(Locale.ROOT, "%0" + width + "d", value)} does: 7 → 0007,
     * -7 → -007, 12345 → 12345.
     */
    static StringBuilder padded(StringBuilder text, int value, int width) {
        String digits = Long.toString(Math.abs((long) value));
        int length = digits.length() + (value < 0 ? 1 : 0);
        if (value < 0) {
            text.append('-');
        }
        for (int i = length; i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    /**
     * Reads the text form back. {@code 2022-01} gives MONTH, {@code 2022} YEAR, {@code 2022-W01}
     * WEEK, a single day DAY, and {@code A/B} RANGE (the finer granularity such as 上旬 is not in
     * the text). Years are 0001–9999.
     *
     * @throws IllegalArgumentException when the text is not in the grammar
     */
    public static TimeValue parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            int slash = text.indexOf('/');
            if (slash >= 0) {
                Point a = point(text.substring(0, slash));
                Point b = point(text.substring(slash + 1));
                return new TimeValue(a.date, b.date, Granularity.RANGE, a.time, b.time, Openness.CLOSED);
            }
            if (text.matches("\\d{4}")) {
                return year(Integer.parseInt(text));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return month(YearMonth.parse(text));
            }
            if (text.matches("\\d{4}-W\\d{2}")) {
                int weekYear = Integer.parseInt(text.substring(0, 4));
                int week = Integer.parseInt(text.substring(6));
                LocalDate monday = LocalDate.of(weekYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
                        .with(DayOfWeek.MONDAY);
                if (week < 1 || week > monday.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    throw new IllegalArgumentException("no week " + week + " in " + weekYear + ": " + text);
                }
                return isoWeekOf(monday.plusWeeks(week - 1L));
            }
            Point p = point(text);
            return new TimeValue(p.date, p.date, Granularity.DAY, p.time, null, Openness.CLOSED);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a time value: " + text, e);
        }
    }

    private record Point(LocalDate date, LocalTime time) {
    }

    private static Point point(String s) {
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return new Point(LocalDate.parse(s), null);
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
            return new Point(LocalDate.parse(s.substring(0, 10)), LocalTime.parse(s.substring(11)));
        }
        throw new IllegalArgumentException("not a day: " + s);
    }
}
