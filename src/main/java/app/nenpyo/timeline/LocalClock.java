package app.nenpyo.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Local date and time → epoch milliseconds in a zone, as {@code ldt.atZone(zone).toInstant()}
 * gives them, without building a {@code ZonedDateTime} for the common case: a zone that no longer
 * changes its offset (Asia/Tokyo since 1951) has one offset after its last transition, and a
 * million events are converted at load. Older dates and zones with daylight saving take the
 * general path, so the result is always the same.
 *
 * <p>{@code epochMillis(2022-01-10, 00:00, Asia/Tokyo)} → 1641740400000 (2022-01-09T15:00Z).
 */
final class LocalClock {

    /**
     * From this local second on (days since the epoch × 86,400 + second of the day: a whole second,
     * so comparing seconds is comparing date-times), the zone's offset is {@code offset}.
     */
    private record Settled(long fromLocalSecond, ZoneOffset offset) {
    }

    private static final Map<ZoneId, Settled> SETTLED = new ConcurrentHashMap<>();
    private static final Settled NEVER = new Settled(Long.MAX_VALUE, ZoneOffset.UTC);

    private LocalClock() {
    }

    static long epochMillis(LocalDate date, LocalTime time, ZoneId zone) {
        Settled settled = SETTLED.computeIfAbsent(zone, LocalClock::settle);
        long localSecond = date.toEpochDay() * 86_400L + time.toSecondOfDay();
        if (localSecond >= settled.fromLocalSecond()) {
            return (localSecond - settled.offset().getTotalSeconds()) * 1000L + time.getNano() / 1_000_000;
        }
        return LocalDateTime.of(date, time).atZone(zone).toInstant().toEpochMilli();
    }

    private static Settled settle(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return new Settled(Long.MIN_VALUE, rules.getOffset(java.time.Instant.EPOCH));
        }
        if (!rules.getTransitionRules().isEmpty()) {
            return NEVER;
        }
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (transitions.isEmpty()) {
            return NEVER;
        }
        ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
        // a day after the later of the two local times the last transition touches: no gap, no overlap
        LocalDateTime after = last.getDateTimeBefore().isAfter(last.getDateTimeAfter()) ? last.getDateTimeBefore()
                : last.getDateTimeAfter();
        LocalDateTime from = after.plusDays(1);
        return new Settled(from.toLocalDate().toEpochDay() * 86_400L + from.toLocalTime().toSecondOfDay()
                + (from.getNano() > 0 ? 1 : 0), last.getOffsetAfter());
    }
}
