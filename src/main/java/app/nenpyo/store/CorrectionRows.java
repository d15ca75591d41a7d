package app.nenpyo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every row of the analyst's corrections, read whole and put back exactly (decision 0034): an
 * undo does not correct again (a new instant, a blank label kept as a decision, a join under a new
 * id) but gives the rows the values they had, and the merge makes what they make.
 *
 * <pre>{@code
 * List<CorrectionRow> before = CorrectionRows.read(c, tables);
 * ... a label written under the event's three reports ...
 * CorrectionRows.restore(c, tables, afterRows, before)  // the three label rows as they were, their days waiting
 * }</pre>
 */
final class CorrectionRows {

    /** The columns after {@code source_id} of each table, in the order a row's values hold them. */
    private static final Map<String, List<String>> COLUMNS = columns();
    private static final int CHUNK = 500;
    /**
     * The tables applied where a document is read (decisions 0017, 0020): their rows put back
     * outdate the reports saved for the document; the others are applied where the events of a
     * day are merged or written, and wait for their day only (a document read again costs several
     * times a day merged).
     */
    private static final Set<String> READ_WITH_THE_DOCUMENT = Set.of("event_dates", "added_reports");

    private CorrectionRows() {
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("event_overrides", List.of("background", "set_at"));
        columns.put("event_labels", List.of("label", "set_at"));
        columns.put("event_dates", List.of("value", "set_at"));
        columns.put("event_kept_apart", List.of("set_at"));
        columns.put("event_joins", List.of("join_id", "set_at"));
        columns.put("event_dates_before_joins", List.of("value", "set_at"));
        columns.put("added_reports", List.of("document", "clause_start", "clause_end", "value", "label", "set_at"));
        return Collections.unmodifiableMap(columns);
    }

    /** The tables of corrections a file of this schema version keeps. */
    static List<String> tables(int schemaVersion) {
        List<String> tables = new ArrayList<>(SourceRows.carriedTables(schemaVersion));
        if (schemaVersion >= Migration15AddedReports.VERSION) {
            tables.add("added_reports");
        }
        return tables;
    }

    /** Every row of these tables, by table then source id. */
    static List<CorrectionRow> read(Connection c, List<String> tables) throws SQLException {
        List<CorrectionRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                List<String> columns = COLUMNS.get(table);
                try (ResultSet rs = st.executeQuery("SELECT source_id, " + String.join(", ", columns) + " FROM " + table
                        + " ORDER BY source_id")) {
                    while (rs.next()) {
                        List<Object> values = new ArrayList<>(columns.size());
                        for (int i = 0; i < columns.size(); i++) {
                            values.add(rs.getObject(i + 2));
                        }
                        rows.add(new CorrectionRow(table, rs.getString(1), values));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Replaces the rows under the keys of {@code current} and {@code wanted} with {@code wanted},
     * and lets the merge make what they change: the start day of each stored event holding one of
     * their reports waits; where a date or an added clause changed, the reports saved for the
     * report's document (or the clause's) are outdated, as a date's correction does (decision
     * 0017); and the events are stale.
     *
     * @return whether any row differed
     */
    static boolean restore(Connection c, Collection<CorrectionRow> current, Collection<CorrectionRow> wanted) throws SQLException {
        Set<CorrectionRow.Key> keys = new LinkedHashSet<>();
        current.forEach(r -> keys.add(r.key()));
        wanted.forEach(r -> keys.add(r.key()));
        if (keys.isEmpty()) {
            return false;
        }
        for (CorrectionRow.Key key : keys) {
            requireKnown(key.table());
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + key.table() + " WHERE source_id = ?")) {
                ps.setString(1, key.sourceId());
                ps.executeUpdate();
            }
        }
        for (CorrectionRow row : wanted) {
            List<String> columns = COLUMNS.get(row.table());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + row.table() + " (source_id, " + String.join(", ", columns)
                    + ") VALUES (?" + ", ?".repeat(columns.size()) + ")")) {
                ps.setString(1, row.sourceId());
                for (int i = 0; i < columns.size(); i++) {
                    ps.setObject(i + 2, row.values().get(i));
                }
                ps.executeUpdate();
            }
        }
        Set<Long> documents = new TreeSet<>();
        for (CorrectionRow row : current) {
            addedClauseDocument(row).ifPresent(documents::add);
        }
        for (CorrectionRow row : wanted) {
            addedClauseDocument(row).ifPresent(documents::add);
        }
        Set<String> sourceIds = new LinkedHashSet<>();
        Set<String> dated = new LinkedHashSet<>();
        for (CorrectionRow.Key key : keys) {
            sourceIds.add(key.sourceId());
            if (READ_WITH_THE_DOCUMENT.contains(key.table())) {
                dated.add(key.sourceId());
            }
        }
        for (int day : holders(c, sourceIds, dated, documents)) {
            EventOverrides.awaitDay(c, day);
        }
        ReportTable.markOutdated(c, documents);
        EventTables.markStale(c);
        return true;
    }

    private static Optional<Long> addedClauseDocument(CorrectionRow row) {
        return row.table().equals("added_reports") ? Optional.of(((Number) row.values().get(0)).longValue())
                : Optional.empty();
    }

    /**
     * The start days of the stored events holding these reports, one pass over the event sources
     * a chunk of ids at a time; the documents of those among {@code readAgain} go into {@code documents}.
     */
    private static Set<Integer> holders(Connection c, Set<String> sourceIds, Set<String> readAgain, Set<Long> documents)
            throws SQLException {
        Set<Integer> days = new TreeSet<>();
        List<String> ids = new ArrayList<>(sourceIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT s.document, e.start_date, s.id FROM event_sources s"
                    + " JOIN events e ON e.number = s.event WHERE s.id IN (" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getObject(1) != null && readAgain.contains(rs.getString(3))) {
                            documents.add(rs.getLong(1));
                        }
                        days.add(EventTables.epochDay(rs.getString(2)));
                    }
                }
            }
        }
        return days;
    }

    /** Whether a stored event holds any of these reports. */
    static boolean anyHeld(Connection c, Collection<String> sourceIds) throws SQLException {
        List<String> ids = new ArrayList<>(sourceIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM event_sources WHERE id IN (" + marks(chunk.size()) + ") LIMIT 1")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code ?, ?, …}: one parameter for each of {@code count} values. */
    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void requireKnown(String table) {
        if (!COLUMNS.containsKey(table)) {
            throw new IllegalArgumentException("no table of corrections " + table);
        }
    }
}
