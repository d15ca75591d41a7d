package app.nenpyo.store;

import app.nenpyo.domain.TextSpan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rows of the analyst's corrections kept one per report, keyed by {@code source_id}. */
final class SourceRows {

    /**
     * The other columns of each table of corrections a report carries to its new reading, by
     * schema version it came with. Added reports are keyed by the analyst's clause, which no
     * reading changes.
     */
    private static final Map<String, String> CARRIED_COLUMNS = carriedColumns();
    private static final Map<String, Integer> CARRIED_SINCE = Map.of("event_overrides", Migration12EventOverrides.VERSION,
            "event_labels", Migration12EventOverrides.VERSION, "event_dates", Migration13DatesAndSplits.VERSION,
            "event_kept_apart", Migration13DatesAndSplits.VERSION, "event_joins", Migration14EventJoins.VERSION,
            "event_dates_before_joins", Migration17DatesBeforeJoins.VERSION);

    private SourceRows() {
    }

    private static Map<String, String> carriedColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("event_overrides", "background, set_at");
        columns.put("event_labels", "label, set_at");
        columns.put("event_dates", "value, set_at");
        columns.put("event_kept_apart", "set_at");
        columns.put("event_joins", "join_id, set_at");
        columns.put("event_dates_before_joins", "value, set_at");
        return columns;
    }

    /** The tables of corrections kept under a report's source id in a file of this schema version. */
    static List<String> carriedTables(int schemaVersion) {
        return CARRIED_COLUMNS.keySet().stream().filter(t -> schemaVersion >= CARRIED_SINCE.get(t)).toList();
    }

    /**
     * The reports of these documents that have a row in any of {@code tables}, where the stored
     * events hold them: one pass over the events' sources.
     */
    static List<CorrectedReport> corrected(Connection c, List<String> tables, Set<Long> documentIds) throws SQLException {
        List<CorrectedReport> out = new ArrayList<>();
        if (tables.isEmpty() || documentIds.isEmpty()) {
            return out;
        }
        String sourceIds = String.join(" UNION ", tables.stream().map(t -> "SELECT source_id FROM " + t).toList());
        try (PreparedStatement any = c.prepareStatement("SELECT EXISTS (" + sourceIds + ")"); ResultSet rs = any.executeQuery()) {
            if (!rs.next() || rs.getInt(1) == 0) {
                // no correction at all: no pass over every event's sources
                return out;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT document, id, sentence_start, sentence_end, expression_start,"
                + " expression_end FROM event_sources WHERE id IN (" + sourceIds + ")");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (documentIds.contains(rs.getLong(1))) {
                    out.add(new CorrectedReport(rs.getLong(1), rs.getString(2), new TextSpan(rs.getInt(3), rs.getInt(4)),
                            new TextSpan(rs.getInt(5), rs.getInt(6))));
                }
            }
        }
        return out;
    }

    /**
     * Copies the rows of each old source id to its new one in every table where the new one has
     * none (the old rows stay: they are what the stored events were made with until the merge
     * writes). Returns the old source ids of which a row was copied.
     */
    static Set<String> carry(Connection c, List<String> tables, Map<String, String> newByOld) throws SQLException {
        Set<String> copied = new HashSet<>();
        for (String table : tables) {
            String columns = CARRIED_COLUMNS.get(table);
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO " + table + " (source_id, " + columns
                    + ") SELECT ?, " + columns + " FROM " + table + " WHERE source_id = ?")) {
                for (Map.Entry<String, String> e : newByOld.entrySet()) {
                    ps.setString(1, e.getValue());
                    ps.setString(2, e.getKey());
                    if (ps.executeUpdate() > 0) {
                        copied.add(e.getKey());
                    }
                }
            }
        }
        return copied;
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
