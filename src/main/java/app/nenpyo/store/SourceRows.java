package app.nenpyo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Rows of the analyst's corrections kept one per report, keyed by {@code source_id}. */
final class SourceRows {

    private SourceRows() {
    }

    /**
     * Deletes the rows of these reports from {@code table} (one of this package's own names,
     * never the user's); returns the source ids that had one.
     */
    static List<String> delete(Connection c, String table, Collection<String> sourceIds) throws SQLException {
        List<String> deleted = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE source_id = ?")) {
            for (String sourceId : sourceIds) {
                ps.setString(1, sourceId);
                if (ps.executeUpdate() > 0) {
                    deleted.add(sourceId);
                }
            }
        }
        return deleted;
    }
}
