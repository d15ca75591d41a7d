package app.nenpyo.export;

import app.nenpyo.timeline.TimeScale;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What part of the project an export shows: a time range (the whole project, days from–to, or
 * the window's current view) and, when lanes are on, the lanes to keep (empty: all).
 *
 * <pre>{@code
 * ExportScope.wholeProject();
 * ExportScope.days(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)).withLanes(Set.of("ロシア", "アメリカ"));
 * ExportScope.view(timelineViewModel.scaleProperty().get());
 * }</pre>
 */
public record ExportScope(Range range, Set<String> lanes) {

    /** The time an export covers. */
    public sealed interface Range permits WholeProject, Days, View {

        /**
         * Whether an event of {@code [start, end)} in epoch milliseconds (an instant when they are
         * equal) is drawn in this range: whether any of it falls in it.
         */
        boolean touches(long start, long end);

        /** Whether a span of {@code [from, to)} meets {@code [start, end)}, an instant counting as its millisecond. */
        static boolean overlap(long start, long end, long from, long to) {
            return start < to && Math.max(end, start + 1) > from;
        }
    }

    /** From the first event to the last. */
    public record WholeProject() implements Range {
        @Override
        public boolean touches(long start, long end) {
            return true;
        }
    }

    /** The days {@code first} to {@code last}, both included, in Tokyo time. */
    public record Days(LocalDate first, LocalDate last) implements Range {
        public Days {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
            }
        }

        @Override
        public boolean touches(long start, long end) {
            return Range.overlap(start, end, first.atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli(),
                    last.plusDays(1).atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli());
        }
    }

    /** The interval a window shows, {@code [start, end)} in epoch milliseconds. */
    public record View(long start, long end) implements Range {
        public View {
            if (end <= start) {
                throw new IllegalArgumentException("empty view");
            }
        }

        @Override
        public boolean touches(long from, long to) {
            return Range.overlap(from, to, start, end);
        }
    }

    public ExportScope {
        Objects.requireNonNull(range, "range");
        lanes = Set.copyOf(lanes);
    }

    public static ExportScope wholeProject() {
        return new ExportScope(new WholeProject(), Set.of());
    }

    public static ExportScope days(LocalDate first, LocalDate last) {
        return new ExportScope(new Days(first, last), Set.of());
    }

    public static ExportScope view(TimeScale scale) {
        return new ExportScope(new View(scale.start(), scale.end()), Set.of());
    }

    public ExportScope withLanes(Set<String> keep) {
        return new ExportScope(range, keep);
    }
}
