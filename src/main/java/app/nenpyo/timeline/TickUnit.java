package app.nenpyo.timeline;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The steps an axis can tick at, from fine to coarse. Each knows how to round a time down to its
 * boundary, the next boundary, the shortest length an interval of it can have (for collision
 * checks that do not depend on where the view is), and its parent, the coarser unit whose
 * boundaries are the major ticks.
 *
 * <p>Known weakness: in zones with daylight saving a 23- or 25-hour day makes hour ticks uneven; the
 * shortest lengths allow for one lost hour.
 */
public enum TickUnit {
    HOUR(Kind.HOUR, 1),
    HOURS_3(Kind.HOUR, 3),
    HOURS_6(Kind.HOUR, 6),
    HOURS_12(Kind.HOUR, 12),
    DAY(Kind.DAY, 1),
    WEEK(Kind.WEEK, 1),
    MONTH(Kind.MONTH, 1),
    QUARTER(Kind.MONTH, 3),
    HALF_YEAR(Kind.MONTH, 6),
    YEAR(Kind.YEAR, 1),
    YEARS_2(Kind.YEAR, 2),
    YEARS_5(Kind.YEAR, 5),
    YEARS_10(Kind.YEAR, 10),
    YEARS_20(Kind.YEAR, 20),
    YEARS_50(Kind.YEAR, 50),
    YEARS_100(Kind.YEAR, 100),
    YEARS_200(Kind.YEAR, 200),
    YEARS_500(Kind.YEAR, 500),
    YEARS_1000(Kind.YEAR, 1000);

    /** The calendar field a unit counts. */
    public enum Kind { HOUR, DAY, WEEK, MONTH, YEAR }

    private final Kind kind;
    private final int step;

    TickUnit(Kind kind, int step) {
        this.kind = kind;
        this.step = step;
    }

    public Kind kind() {
        return kind;
    }

    public int step() {
        return step;
    }

    /** The shortest interval between two boundaries, in milliseconds (a lost DST hour allowed for). */
    public long shortestMillis() {
        long h = TimeScale.HOUR;
        long d = TimeScale.DAY;
        switch (kind) {
            case HOUR:
                return step == 1 ? h : step * h - h;
            case DAY:
                return d - h;
            case WEEK:
                return 7 * d - h;
            case MONTH:
                return step == 1 ? 28 * d - h : step == 3 ? 89 * d - h : 181 * d - h;
            default:
                return step * 365L * d - h;
        }
    }

    /** The boundary at or before {@code t}. */
    public ZonedDateTime floor(ZonedDateTime t) {
        switch (kind) {
            case HOUR: {
                ZonedDateTime h = t.truncatedTo(ChronoUnit.HOURS);
                return h.withHour(h.getHour() - h.getHour() % step);
            }
            case DAY:
                return t.toLocalDate().atStartOfDay(t.getZone());
            case WEEK:
                return t.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(t.getZone());
            case MONTH: {
                int m = t.getMonthValue();
                return t.toLocalDate().withDayOfMonth(1).withMonth(m - (m - 1) % step).atStartOfDay(t.getZone());
            }
            default: {
                int y = t.getYear() - Math.floorMod(t.getYear(), step);
                return t.toLocalDate().withDayOfYear(1).withYear(Math.max(1, y)).atStartOfDay(t.getZone());
            }
        }
    }

    /** The boundary after the boundary {@code t}. */
    public ZonedDateTime next(ZonedDateTime t) {
        switch (kind) {
            case HOUR: {
                // Where a clock goes back, rounding down can land on t again: step on in plain hours then.
                ZonedDateTime n = floor(t.plusHours(step));
                return n.isAfter(t) ? n : t.plusHours(step);
            }
            case DAY:
                return t.toLocalDate().plusDays(1).atStartOfDay(t.getZone());
            case WEEK:
                return t.toLocalDate().plusWeeks(1).atStartOfDay(t.getZone());
            case MONTH:
                return t.toLocalDate().plusMonths(step).atStartOfDay(t.getZone());
            default:
                return floor(t.toLocalDate().plusYears(step).atStartOfDay(t.getZone()));
        }
    }

    /** The coarser unit whose boundaries make the major ticks; {@code null} for the coarsest. */
    public TickUnit parent() {
        switch (kind) {
            case HOUR:
                return DAY;
            case DAY:
            case WEEK:
                return MONTH;
            case MONTH:
                return YEAR;
            default:
                if (step < 10) {
                    return YEARS_10;
                }
                if (step < 100) {
                    return YEARS_100;
                }
                return step < 1000 ? YEARS_1000 : null;
        }
    }

    /**
     * A stable index of the interval starting at boundary {@code t}, for alternating shading that
     * does not flicker when panning (it depends on the calendar, not on what is visible).
     */
    long ordinal(ZonedDateTime t) {
        switch (kind) {
            case HOUR:
                return Math.floorDiv(t.toEpochSecond(), 3600L * step);
            case DAY:
                return t.toLocalDate().toEpochDay();
            case WEEK:
                return Math.floorDiv(t.toLocalDate().toEpochDay(), 7);
            case MONTH:
                return Math.floorDiv(t.getYear() * 12L + t.getMonthValue() - 1, step);
            default:
                return Math.floorDiv(t.getYear(), step);
        }
    }
}
