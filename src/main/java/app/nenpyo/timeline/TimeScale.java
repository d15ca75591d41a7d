package app.nenpyo.timeline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one place for time↔pixel maths: the visible interval {@code [start, end)} in epoch
 * milliseconds, mapped linearly onto {@code [0, width)} pixels, with the zone that calendar
 * questions (where does a day start?) are answered in. Immutable: every operation returns a new
 * scale.
 *
 * <pre>{@code
 * TimeScale s = TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 1240); // 40 px a day
 * s.x(s.start() + 86_400_000L);   // 40.0
 * s.zoom(620, 2);                 // half the span, the instant under x = 620 stays at x = 620
 * s.pan(40);                      // one day later
 * s.fit(from, to, 20);            // [from, to) fills the width less 20 px at each side
 * }</pre>
 *
 * <p>Limits: the span stays between {@link #MIN_SPAN} (one hour across the view) and
 * {@link #MAX_SPAN} (200 years), and the view stays inside years 1–9999. Operations clamp silently.
 *
 * <p>Known weaknesses: instants are rounded to whole milliseconds, so at extreme widths
 * (millions of pixels for one hour) a round trip is off by more than a pixel; pan back is the exact
 * inverse only while no limit is hit.
 */
public record TimeScale(long start, long end, double width, ZoneId zone) {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    public static final long HOUR = 3_600_000L;
    public static final long DAY = 24 * HOUR;
    /** One hour across the whole view: finer than any date expression in the news. */
    public static final long MIN_SPAN = HOUR;
    /** Two hundred Gregorian years across the whole view. */
    public static final long MAX_SPAN = 200L * 146_097L * DAY / 400L;
    /** 0001-01-01T00:00Z: nothing before year 1 is representable in our date grammar. */
    public static final long MIN_TIME = LocalDate.of(1, 1, 1).toEpochDay() * DAY;
    /** 9999-12-31T00:00Z. */
    public static final long MAX_TIME = LocalDate.of(9999, 12, 31).toEpochDay() * DAY;

    public TimeScale {
        Objects.requireNonNull(zone, "zone");
        if (end <= start) {
            throw new IllegalArgumentException("empty interval: " + start + " to " + end);
        }
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
    }

    /** Days {@code from} (inclusive) to {@code toExclusive} in Tokyo, across {@code width} pixels. */
    public static TimeScale of(LocalDate from, LocalDate toExclusive, double width) {
        return of(from, toExclusive, width, TOKYO);
    }

    public static TimeScale of(LocalDate from, LocalDate toExclusive, double width, ZoneId zone) {
        long s = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long e = toExclusive.atStartOfDay(zone).toInstant().toEpochMilli();
        return new TimeScale(s, e, width, zone);
    }

    public long span() {
        return end - start;
    }

    public double millisPerPixel() {
        return span() / width;
    }

    /** The pixel of an instant; may lie outside {@code [0, width)}. */
    public double x(long millis) {
        return (double) (millis - start) * width / (double) span();
    }

    /** The instant at a pixel, rounded to the millisecond. */
    public long time(double x) {
        return start + Math.round(x * (double) span() / width);
    }

    /** Whether an instant lies in the visible interval. */
    public boolean contains(long millis) {
        return millis >= start && millis < end;
    }

    /**
     * Zooms about {@code pivotX}: {@code factor} 2 shows half the time (zoom in), 0.5 twice the time.
     * The instant under the pivot stays under it, unless the view had to be clamped to years 1–9999.
     */
    public TimeScale zoom(double pivotX, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be positive: " + factor);
        }
        long pivot = time(pivotX);
        long newSpan = clampSpan(Math.round(span() / factor));
        long newStart = pivot - Math.round(pivotX / width * newSpan);
        return bounded(newStart, newSpan);
    }

    /**
     * Moves the view by {@code dx} pixels of time: positive shows later times (the content moves
     * left, as when dragging it to the left). {@code pan(dx).pan(-dx)} is the identity while no limit
     * is hit, because the rounding is symmetric.
     */
    public TimeScale pan(double dx) {
        double exact = dx * span() / width;
        long shift = (long) Math.signum(exact) * Math.round(Math.abs(exact));
        return bounded(start + shift, span());
    }

    /**
     * Shows {@code [from, to)} across the width less {@code marginPx} at each side, clamped to the
     * limits (a single instant or a too short interval is centred in a one-hour view).
     */
    public TimeScale fit(long from, long to, double marginPx) {
        if (to < from) {
            throw new IllegalArgumentException("to before from: " + from + " " + to);
        }
        double inner = Math.max(1, width - 2 * Math.max(0, marginPx));
        double perPixel = Math.max(1, to - from) / inner;
        long newSpan = clampSpan(Math.round(perPixel * width));
        long centre = from + (to - from) / 2;
        return bounded(centre - newSpan / 2, newSpan);
    }

    /** The same start and the same time per pixel at a new width: resizing reveals more time. */
    public TimeScale withWidth(double newWidth) {
        if (!(newWidth > 0)) {
            throw new IllegalArgumentException("width must be positive: " + newWidth);
        }
        long newSpan = clampSpan(Math.round(millisPerPixel() * newWidth));
        return bounded(start, newSpan).withPixels(newWidth);
    }

    /** This scale with its span and position brought inside the limits. */
    public TimeScale clamped() {
        return bounded(start, clampSpan(span()));
    }

    private TimeScale withPixels(double w) {
        return new TimeScale(start, end, w, zone);
    }

    private static long clampSpan(long span) {
        return Math.max(MIN_SPAN, Math.min(MAX_SPAN, span));
    }

    private TimeScale bounded(long newStart, long newSpan) {
        long s = Math.max(MIN_TIME, Math.min(MAX_TIME - newSpan, newStart));
        return new TimeScale(s, s + newSpan, width, zone);
    }
}
