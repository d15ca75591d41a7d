package app.nenpyo.store;

import app.nenpyo.domain.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Reports the analyst took out of the event they were merged into (migration 13, decision 0018):
 * such a report is never merged with another, so it is an event of its own, whatever the others
 * of its day do. Applied by the merge itself ({@code events.EventMerger}); setting or clearing
 * one keeps the event's day waiting for a merge, as the other corrections do (decision 0016).
 *
 * <pre>{@code
 * KeptApart.set(c, event, source.sourceId(), true, now);   // that report alone from the next merge on
 * KeptApart.read(c)                                         // {its source id}
 * }</pre>
 */
final class KeptApart {

    private KeptApart() {
    }

    /**
     * Keeps a report of the event apart from every other (decision 0018), or merges it as the
     * machine would again, and keeps the event's day waiting for a merge.
     */
    static void set(Connection c, Event event, String sourceId, boolean apart, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(apart
                ? "INSERT OR REPLACE INTO event_kept_apart (source_id, set_at) VALUES (?, ?)"
                : "DELETE FROM event_kept_apart WHERE source_id = ?")) {
            ps.setString(1, sourceId);
            if (apart) {
                ps.setLong(2, at.toEpochMilli());
            }
            ps.executeUpdate();
        }
        EventOverrides.awaitDay(c, Math.toIntExact(event.time().start().toEpochDay()));
    }

    /** The source ids of every report kept apart. */
    static Set<String> read(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source_id FROM event_kept_apart")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

}
