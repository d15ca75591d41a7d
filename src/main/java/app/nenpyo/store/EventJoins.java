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
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Events the analyst joined (migration 14, decision 0019): every report of the events joined
 * carries the id of the join, and the merge makes the reports of one period with the same join
 * one event ({@code events.EventMerger}). Joining an event already joined to others takes their
 * join in, so what was joined stays joined.
 *
 * <pre>{@code
 * EventJoins.join(c, phoneCall, sameCallReportedAgain, now)  // their reports share a new join, "join-5f0c…"
 * EventJoins.read(c)                                        // {each of their source ids → "join-5f0c…"}
 * EventJoins.clear(c, List.of(source.sourceId()))          // that report left to the rules again
 * }</pre>
 */
final class EventJoins {

    private EventJoins() {
    }

    /**
     * Joins the reports of two events: a join either already has takes the other's in; else a new
     * one, with an id no join has had (an event id could name a join one of its reports left, and
     * take in the reports still under it).
     */
    static void join(Connection c, Event one, Event other, Instant at) throws SQLException {
        TreeSet<String> joins = new TreeSet<>();
        List<String> sourceIds = new ArrayList<>();
        for (Event e : List.of(one, other)) {
            for (EventSource s : e.sources()) {
                sourceIds.add(s.sourceId());
                joinOf(c, s.sourceId()).ifPresent(joins::add);
            }
        }
        String join = joins.isEmpty() ? "join-" + UUID.randomUUID() : joins.first();
        try (PreparedStatement ps = c.prepareStatement("UPDATE event_joins SET join_id = ? WHERE join_id = ?")) {
            for (String taken : joins.tailSet(join, false)) {
                ps.setString(1, join);
                ps.setString(2, taken);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO event_joins (source_id, join_id, set_at) VALUES (?, ?, ?)")) {
            for (String sourceId : sourceIds) {
                ps.setString(1, sourceId);
                ps.setString(2, join);
                ps.setLong(3, at.toEpochMilli());
                ps.executeUpdate();
            }
        }
    }

    private static Optional<String> joinOf(Connection c, String sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT join_id FROM event_joins WHERE source_id = ?")) {
            ps.setString(1, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Leaves these reports to the rules again; returns those that were joined. A join left with
     * one report joins nothing, and goes too: its event is not the analyst's join any more.
     */
    static List<String> clear(Connection c, Collection<String> sourceIds) throws SQLException {
        List<String> cleared = SourceRows.delete(c, "event_joins", sourceIds);
        if (!cleared.isEmpty()) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM event_joins WHERE join_id IN"
                        + " (SELECT join_id FROM event_joins GROUP BY join_id HAVING count(*) < 2)");
            }
        }
        return cleared;
    }

    /** The join of every joined report, by source id. */
    static Map<String, String> read(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source_id, join_id FROM event_joins")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
