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
 * Whether the analyst put an event on the timeline or set it aside, and the labels the analyst
 * wrote (migration 12), applied to every event as it is written, so the timeline, the exports
 * and {@code events} all agree. A decision is kept under every source id of the event, so it
 * stays with each report the analyst judged whatever merges or splits later; if an event's
 * sources carry different decisions (events judged apart, merged later), the latest decides.
 *
 * <pre>{@code
 * EventOverrides.set(c, sourceIds, true, now);                               // set aside
 * EventOverrides.setLabel(c, sourceIds, "米露が戦略的安定対話を開始", now);
 * EventOverrides.read(c).applyTo(event);   // event.withBackground(true).withLabel("米露が戦略的安定対話を開始")
 * }</pre>
 */
final class EventOverrides {

    /** A decision of the analyst's, and when it was stored (a later one wins). */
    private interface Decision {
        long setAt();
    }

    private record Override(boolean background, long setAt) implements Decision {
    }

    /** A label the analyst wrote, or null: the extracted one again, as decided then. */
    private record Relabel(String label, long setAt) implements Decision {
    }

    private final Map<String, Override> bySource;
    private final Map<String, Relabel> labelBySource;

    private EventOverrides(Map<String, Override> bySource, Map<String, Relabel> labelBySource) {
        this.bySource = bySource;
        this.labelBySource = labelBySource;
    }

    static EventOverrides read(Connection c) throws SQLException {
        Map<String, Override> bySource = new HashMap<>();
        Map<String, Relabel> labelBySource = new HashMap<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT source_id, background, set_at FROM event_overrides")) {
                while (rs.next()) {
                    bySource.put(rs.getString(1), new Override(rs.getInt(2) != 0, rs.getLong(3)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT source_id, label, set_at FROM event_labels")) {
                while (rs.next()) {
                    labelBySource.put(rs.getString(1), new Relabel(rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return new EventOverrides(bySource, labelBySource);
    }

    /** Stores a decision, later than every one stored before even if the clock stepped back. */
    static void set(Connection c, Collection<String> sourceIds, boolean background, Instant at) throws SQLException {
        store(c, "INSERT OR REPLACE INTO event_overrides (source_id, background, set_at) VALUES (?, ?, ?)", sourceIds,
                background ? 1 : 0, after(c, at));
    }

    /**
     * Stores the analyst's label for the event of these sources; a blank one gives the extractor's
     * back, kept as a decision of its own (label NULL) so that it stays the latest word even where
     * a report labelled before rejoins the event.
     */
    static void setLabel(Connection c, Collection<String> sourceIds, String label, Instant at) throws SQLException {
        store(c, "INSERT OR REPLACE INTO event_labels (source_id, label, set_at) VALUES (?, ?, ?)", sourceIds,
                label.isBlank() ? null : label.strip(), after(c, at));
    }

    /** One row per source id: the id, the decision, when. */
    private static void store(Connection c, String insert, Collection<String> sourceIds, Object decision, long when)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (String sourceId : sourceIds) {
                ps.setString(1, sourceId);
                ps.setObject(2, decision);
                ps.setLong(3, when);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A time after every decision stored, so that "the latest" is the order they were made in. */
    private static long after(Connection c, Instant at) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT max(coalesce((SELECT max(set_at) FROM event_overrides), 0), coalesce((SELECT max(set_at) FROM event_labels), 0))")) {
            return Math.max(at.toEpochMilli(), (rs.next() ? rs.getLong(1) : 0) + 1);
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

    /** Whether the analyst decided this event's background flag: some source of it carries a decision. */
    boolean decides(Event e) {
        return !bySource.isEmpty() && e.sources().stream().anyMatch(s -> bySource.containsKey(s.sourceId()));
    }

    /** Whether the event's label is the analyst's: the latest label decision on its sources wrote one. */
    boolean relabels(Event e) {
        Relabel latest = latest(labelBySource, e);
        return latest != null && latest.label() != null;
    }

    /** The latest decision any source of the event carries, or null. */
    private static <D extends Decision> D latest(Map<String, D> bySourceId, Event e) {
        D latest = null;
        for (EventSource s : e.sources()) {
            D d = bySourceId.get(s.sourceId());
            if (d != null && (latest == null || d.setAt() > latest.setAt())) {
                latest = d;
            }
        }
        return latest;
    }

    /** The event as the analyst decided (its background flag, its label), or as it is where no source of it carries a decision. */
    Event applyTo(Event e) {
        if (bySource.isEmpty() && labelBySource.isEmpty()) {
            return e;
        }
        Override latest = latest(bySource, e);
        Event decided = latest == null || latest.background() == e.background() ? e : e.withBackground(latest.background());
        Relabel label = latest(labelBySource, decided);
        // no label decision, or the latest gave the extracted label back: the event as merged
        return label == null || label.label() == null || label.label().equals(decided.label()) ? decided : decided.withLabel(label.label());
    }
}
