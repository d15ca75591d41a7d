package app.nenpyo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes {@code document_reports} (migration 4). */
final class ReportTable {

    private ReportTable() {
    }

    /** Saves reports as not merged into the events yet (the column's default since migration 6: an import's). */
    static PreparedStatement prepareSave(Connection c) throws SQLException {
        return c.prepareStatement("INSERT OR REPLACE INTO document_reports (document, anchor, format, reports) VALUES (?, ?, ?, ?)");
    }

    static void save(PreparedStatement save, long documentId, SavedReports reports) throws SQLException {
        save.setLong(1, documentId);
        save.setString(2, reports.anchor().toString());
        save.setInt(3, reports.format());
        save.setBytes(4, reports.bytes());
        save.executeUpdate();
    }

    /** @param merged whether the stored events were merged from these reports (a rebuild that read them) */
    static void saveAll(Connection c, Map<Long, SavedReports> reports, boolean merged) throws SQLException {
        try (PreparedStatement save = prepareSave(c)) {
            for (Map.Entry<Long, SavedReports> e : reports.entrySet()) {
                save(save, e.getKey(), e.getValue());
            }
        }
        if (merged) {
            markMerged(c, reports.keySet());
        }
    }

    /** Marks the saved reports of these documents as those the stored events were merged from. */
    static void markMerged(Connection c, Collection<Long> documentIds) throws SQLException {
        try (PreparedStatement mark = c.prepareStatement("UPDATE document_reports SET merged = 1 WHERE document = ? AND merged = 0")) {
            for (long id : documentIds) {
                mark.setLong(1, id);
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    /**
     * Whether some document's saved reports were written in another layout than {@code format}:
     * two searches of {@code document_reports_by_format} (below and above), not a read of every row.
     */
    static boolean anyOtherFormat(Connection c, int format) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM document_reports WHERE format < ?1 OR format > ?1)")) {
            ps.setInt(1, format);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    /** Whether some document whose reports were merged into the events has no date any more (its events must go). */
    static boolean mergedButUndated(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT EXISTS (SELECT 1 FROM document_reports r JOIN documents d ON d.id = r.document
                               WHERE r.merged = 1 AND d.doc_date IS NULL)""")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    static List<DatedDocumentReports> dated(Connection c) throws SQLException {
        List<DatedDocumentReports> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, d.doc_date, r.anchor, r.format, r.merged
                FROM documents d LEFT JOIN document_reports r ON r.document = d.id
                WHERE d.doc_date IS NOT NULL ORDER BY d.id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String anchor = rs.getString(3);
                out.add(new DatedDocumentReports(rs.getLong(1), LocalDate.parse(rs.getString(2)),
                        Optional.ofNullable(anchor).map(LocalDate::parse), rs.getInt(4), rs.getInt(5) == 1));
            }
        }
        return out;
    }

    /** The reports saved for these documents, by document id; a document without any is left out. */
    static Map<Long, SavedReports> saved(Connection c, Collection<Long> documentIds) throws SQLException {
        Map<Long, SavedReports> out = new HashMap<>();
        if (documentIds.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", Collections.nCopies(documentIds.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document, anchor, format, reports FROM document_reports WHERE document IN (" + marks + ")")) {
            int i = 1;
            for (long id : documentIds) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new SavedReports(LocalDate.parse(rs.getString(2)), rs.getInt(3), rs.getBytes(4)));
                }
            }
        }
        return out;
    }
}
