package app.nenpyo.timeline;

import app.nenpyo.domain.Granularity;
import java.time.LocalDate;
import java.util.List;

/** Test item builders. */
final class Items {

    private Items() {
    }

    static long day(LocalDate d) {
        return d.atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
    }

    static TimelineItem onDay(long id, LocalDate d, String label, String... lanes) {
        return new TimelineItem(id, day(d), day(d.plusDays(1)), Granularity.DAY, false, false, label, "news", 1,
                List.of(lanes));
    }

    static TimelineItem at(long id, long instant, String label, String... lanes) {
        return new TimelineItem(id, instant, instant, Granularity.DAY, false, false, label, "news", 1, List.of(lanes));
    }

    static TimelineItem span(long id, LocalDate from, LocalDate toInclusive, String label, String... lanes) {
        return new TimelineItem(id, day(from), day(toInclusive.plusDays(1)), Granularity.RANGE, false, false, label,
                "news", 1, List.of(lanes));
    }
}
