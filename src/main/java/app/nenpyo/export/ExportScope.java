package app.nenpyo.export;

import app.nenpyo.timeline.LaneSpec;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * The items of a timeline split by {@code spec} that the picture of this scope holds, in their
     * order: those in its lanes ({@link #lanesKept}) that touch its time. For the event lists, so
     * that they hold the events the picture would show, folded ones too, without reading them.
     */
    public List<TimelineItem> itemsIn(List<TimelineItem> items, LaneSpec spec) {
        List<TimelineItem> in = new ArrayList<>();
        for (TimelineItem item : items) {
            if (lanesKept(item, spec).isPresent() && range.touches(item.start(), item.end())) {
                in.add(item);
            }
        }
        return in;
    }

    /**
     * The lanes of {@code item}, in a timeline split by {@code spec}, that this scope keeps: all of
     * them without lanes or when none is chosen; else those chosen, or none (the lane of the
     * unassigned) for an item in no lane when that lane is chosen. Empty when the scope keeps the
     * item in no lane: the one place that says which events a lane choice keeps, for the picture
     * and the lists alike.
     */
    public Optional<List<String>> lanesKept(TimelineItem item, LaneSpec spec) {
        if (lanes.isEmpty() || !spec.grouped()) {
            return Optional.of(item.laneKeys());
        }
        if (item.laneKeys().isEmpty()) {
            return lanes.contains(spec.unassignedTitle()) ? Optional.of(List.of()) : Optional.empty();
        }
        List<String> kept = item.laneKeys().stream().filter(lanes::contains).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
    }
}
