package app.nenpyo.store;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the analyst put an event on the timeline or set it aside (migration 12), applied to
 * every event as it is written, so the timeline, the exports and {@code events} all agree. A
 * decision is kept under every source id of the event, so it stays with each report the analyst
 * judged whatever merges or splits later; if an event's sources carry different decisions (events
 * judged apart, merged later), the latest decides.
 *
 * <pre>{@code
 * EventOverrides.set(c, "ev-22059b5a03ee6056", true, now);   // set aside
 * EventOverrides.read(c).applyTo(event);                      // event.withBackground(true)
 * }</pre>
 */
final class EventOverrides {

    private record Override(boolean background, long setAt) {
    }

    private final Map<String, Override> bySource;

    private EventOverrides(Map<String, Override> bySource) {
        this.bySource = bySource;
    }

    static EventOverrides read(Connection c) throws SQLException {
        Map<String, Override> bySource = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT source_id, background, set_at FROM event_overrides")) {
            while (rs.next()) {
                bySource.put(rs.getString(1), new Override(rs.getInt(2) != 0, rs.getLong(3)));
            }
        }
        return new EventOverrides(bySource);
    }

    /** Stores a decision, later than every one stored before even if the clock stepped back. */
    static void set(Connection c, Collection<String> sourceIds, boolean background, Instant at) throws SQLException {
        long latest;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(set_at), 0) FROM event_overrides")) {
            latest = rs.next() ? rs.getLong(1) : 0;
        }
        long when = Math.max(at.toEpochMilli(), latest + 1);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO event_overrides (source_id, background, set_at) VALUES (?, ?, ?)")) {
            for (String sourceId : sourceIds) {
                ps.setString(1, sourceId);
                ps.setInt(2, background ? 1 : 0);
                ps.setLong(3, when);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Keeps an epoch day as waiting for a decision made on one of its events. */
    static void awaitDay(Connection c, int day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO event_override_days (day) VALUES (?)")) {
            ps.setInt(1, day);
            ps.executeUpdate();
        }
    }

    static int[] daysAwaited(Connection c) throws SQLException {
        List<Integer> days = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT day FROM event_override_days ORDER BY day")) {
            while (rs.next()) {
                days.add(rs.getInt(1));
            }
        }
        return days.stream().mapToInt(Integer::intValue).toArray();
    }

    /** These days' events were written with every decision stored: they wait no more. */
    static void reached(Connection c, int[] days) throws SQLException {
        if (days.length == 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_override_days WHERE day = ?")) {
            for (int day : days) {
                ps.setInt(1, day);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Whether the analyst decided on this event: some source of it carries a decision. */
    boolean decides(Event e) {
        return !bySource.isEmpty() && e.sources().stream().anyMatch(s -> bySource.containsKey(s.sourceId()));
    }

    /** The event as the analyst decided, or as it is when no source of it carries a decision. */
    Event applyTo(Event e) {
        if (bySource.isEmpty()) {
            return e;
        }
        Override latest = null;
        for (EventSource s : e.sources()) {
            Override o = bySource.get(s.sourceId());
            if (o != null && (latest == null || o.setAt() > latest.setAt())) {
                latest = o;
            }
        }
        return latest == null || latest.background() == e.background() ? e : e.withBackground(latest.background());
    }
}
