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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Events the analyst joined (migration 14, decision 0019): every report of the events joined
 * carries the id of the join, and the merge makes the reports of one period with the same join
 * one event ({@code events.EventMerger}). Joining an event already joined to others takes their
 * join in, so what was joined stays joined. A report taken out of its event later
 * ({@link KeptApart}) keeps its row, which waits: taken out, it is out of the join; merged
 * again, it is back in; the later of the two decisions counts.
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
     * Joins the reports of two events: the joins they are in take each other in; when they are in
     * none, a new join, with an id no join has had (an event id could name a join one of its
     * reports left, and take in the reports still under it).
     *
     * @return the start days of the stored events holding reports of the joins taken in: there,
     *         their reports may be one event with others of the join now
     */
    static Set<Integer> join(Connection c, Event one, Event other, Instant at) throws SQLException {
        Map<String, String> current = read(c);
        TreeSet<String> joins = new TreeSet<>();
        List<String> sourceIds = new ArrayList<>();
        for (Event e : List.of(one, other)) {
            for (EventSource s : e.sources()) {
                sourceIds.add(s.sourceId());
                String join = current.get(s.sourceId());
                if (join != null) {
                    joins.add(join);
                }
            }
        }
        String join = joins.isEmpty() ? "join-" + UUID.randomUUID() : joins.first();
        Set<Integer> days = joins.size() < 2 ? Set.of() : daysOf(c, joins);
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
        return days;
    }

    /** The start days of the stored events holding reports of these joins (one pass over the event sources). */
    private static Set<Integer> daysOf(Connection c, Collection<String> joins) throws SQLException {
        Set<Integer> days = new TreeSet<>();
        String marks = String.join(", ", Collections.nCopies(joins.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT e.start_date FROM event_sources s"
                + " JOIN events e ON e.number = s.event"
                + " WHERE s.id IN (SELECT source_id FROM event_joins WHERE join_id IN (" + marks + "))")) {
            int i = 1;
            for (String join : joins) {
                ps.setString(i++, join);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(EventTables.epochDay(rs.getString(1)));
                }
            }
        }
        return days;
    }

    /** Whether any of these reports has a row here (one a join of one report, or taken out of its event, included). */
    static boolean anyJoined(Connection c, Collection<String> sourceIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM event_joins WHERE source_id = ?")) {
            for (String sourceId : sourceIds) {
                ps.setString(1, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Leaves these reports to the rules again; returns those that were joined. */
    static List<String> clear(Connection c, Collection<String> sourceIds) throws SQLException {
        return SourceRows.delete(c, "event_joins", sourceIds);
    }

    /**
     * The join of every joined report, by source id: a report taken out of its event after it was
     * joined is out of the join, and a join of one report joins nothing.
     */
    static Map<String, String> read(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        Map<String, Integer> members = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT j.source_id, j.join_id FROM event_joins j"
                + " LEFT JOIN event_kept_apart k ON k.source_id = j.source_id WHERE k.set_at IS NULL OR k.set_at < j.set_at")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
                members.merge(rs.getString(2), 1, Integer::sum);
            }
        }
        out.values().removeIf(join -> members.get(join) < 2);
        return out;
    }
}
