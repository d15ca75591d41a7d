package app.nenpyo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports the analyst took out of the event they were merged into (migration 13, decision 0018):
 * such a report is never merged with another, so it is an event of its own, whatever the others
 * of its day do. Applied by the merge itself ({@code events.EventMerger}); the store keeps the
 * event's day waiting for a merge in the same transaction, as for the other corrections
 * (decision 0016).
 *
 * <pre>{@code
 * KeptApart.set(c, source.sourceId(), now);        // that report alone from the next merge on
 * KeptApart.read(c)                                // {its source id}
 * KeptApart.clear(c, List.of(source.sourceId()))   // merged by the machine again
 * }</pre>
 */
final class KeptApart {

    private KeptApart() {
    }

    /** Keeps a report apart from every other from the next merge on. */
    static void set(Connection c, String sourceId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO event_kept_apart (source_id, set_at) VALUES (?, ?)")) {
            ps.setString(1, sourceId);
            ps.setLong(2, at.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Lets the machine merge these reports again; returns those that were kept apart. */
    static List<String> clear(Connection c, Collection<String> sourceIds) throws SQLException {
        return SourceRows.delete(c, "event_kept_apart", sourceIds);
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
