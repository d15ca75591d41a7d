package app.nenpyo.timeline;

import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One event as the timeline sees it: an interval {@code [start, end)} in epoch milliseconds (equal
 * ends for an instant such as 10日15時), the granularity the writer used, whether either end is
 * uncertain, a label, a category (a style key for colour), how many sources report it, and the
 * lanes it belongs to (actors, places, …: the caller decides; an event with two keys is shown in
 * both lanes).
 *
 * <pre>{@code
 * TimelineItem.of(26, TimeValue.parse("2022-01-10"), TimeScale.TOKYO,
 *         "ジュネーブで米ロ協議", "diplomacy", 3, List.of("ロシア", "アメリカ"), false);
 * }</pre>
 */
public record TimelineItem(long id, long start, long end, Granularity granularity, boolean fuzzyStart,
                           boolean fuzzyEnd, String label, String category, int sourceCount, List<String> laneKeys) {

    public TimelineItem {
        Objects.requireNonNull(granularity, "granularity");
        if (end < start) {
            throw new IllegalArgumentException("end before start in item " + id);
        }
        label = label == null ? "" : label;
        category = category == null ? "" : category;
        laneKeys = laneKeys == null ? List.of() : List.copyOf(laneKeys);
        sourceCount = Math.max(0, sourceCount);
    }

    /**
     * Converts a resolved {@link TimeValue} in {@code zone}: whole days become
     * {@code [first day 00:00, day after the last 00:00)}; a single day with a time of day becomes an
     * instant; an open value ({@code 10日から}) gets a fuzzy end on its open side; {@code uncertain}
     * (a low-confidence resolution) makes both ends fuzzy.
     */
    public static TimelineItem of(long id, TimeValue when, ZoneId zone, String label, String category,
                                  int sourceCount, List<String> laneKeys, boolean uncertain) {
        LocalTime startTime = when.startTime() == null ? LocalTime.MIDNIGHT : when.startTime();
        long s = LocalClock.epochMillis(when.start(), startTime, zone);
        long e;
        if (when.endTime() != null) {
            e = LocalClock.epochMillis(when.end(), when.endTime(), zone);
        } else if (when.startTime() != null && when.start().equals(when.end())) {
            e = s;
        } else {
            e = LocalClock.epochMillis(when.end().plusDays(1), LocalTime.MIDNIGHT, zone);
        }
        boolean fuzzyStart = uncertain || when.openness() == TimeValue.Openness.OPEN_START;
        boolean fuzzyEnd = uncertain || when.openness() == TimeValue.Openness.OPEN_END;
        return new TimelineItem(id, s, Math.max(s, e), when.granularity(), fuzzyStart, fuzzyEnd, label, category,
                sourceCount, laneKeys);
    }

    /**
     * Whether the item is drawn as a point: an instant, or a single day (a day is a point at every
     * zoom but the hour views, where a bar a day long would say more than the source did).
     */
    public boolean isPoint() {
        return end == start || (granularity == Granularity.DAY && end - start <= TimeScale.DAY + TimeScale.HOUR);
    }

    /** Where a point sits: the instant itself, or the middle of its day. */
    public long anchor() {
        return start + (end - start) / 2;
    }
}
