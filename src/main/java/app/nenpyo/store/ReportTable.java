package app.nenpyo.store;

import app.nenpyo.codec.ByteReader;
import app.nenpyo.codec.ByteWriter;
import app.nenpyo.codec.MalformedBytesException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * Saves reports as not merged into the events yet (the column's default since migration 6: an
     * import's), with their days when the schema keeps them ({@code withDays}, migration 7).
     */
    static PreparedStatement prepareSave(Connection c, boolean withDays) throws SQLException {
        return c.prepareStatement(withDays
                ? "INSERT OR REPLACE INTO document_reports (document, anchor, format, reports, report_days) VALUES (?, ?, ?, ?, ?)"
                : "INSERT OR REPLACE INTO document_reports (document, anchor, format, reports) VALUES (?, ?, ?, ?)");
    }

    /** @param withDays as the statement was prepared ({@link #prepareSave}) */
    static void save(PreparedStatement save, long documentId, SavedReports reports, boolean withDays) throws SQLException {
        save.setLong(1, documentId);
        save.setString(2, reports.anchor().toString());
        save.setInt(3, reports.format());
        save.setBytes(4, reports.bytes());
        if (withDays) {
            save.setBytes(5, reports.reportDays() == null ? null : encodeDays(reports.reportDays()));
        }
        save.executeUpdate();
    }

    /** @param merged whether the stored events were merged from these reports (a rebuild that read them) */
    static void saveAll(Connection c, Map<Long, SavedReports> reports, boolean merged, boolean withDays) throws SQLException {
        if (reports.isEmpty()) {
            return;
        }
        try (PreparedStatement save = prepareSave(c, withDays)) {
            for (Map.Entry<Long, SavedReports> e : reports.entrySet()) {
                save(save, e.getKey(), e.getValue(), withDays);
            }
        }
        if (merged) {
            markMerged(c, reports.keySet());
        }
    }

    /** Marks the saved reports of these documents as those the stored events were merged from. */
    static void markMerged(Connection c, Collection<Long> documentIds) throws SQLException {
        updateEach(c, "UPDATE document_reports SET merged = 1 WHERE document = ? AND merged = 0", documentIds);
    }

    /** Runs an update whose one parameter is a document id, once for each of these documents, in one batch. */
    private static void updateEach(Connection c, String update, Collection<Long> documentIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(update)) {
            for (long id : documentIds) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
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

    /** Stores the report days of documents whose saved reports have none yet (saved before migration 7). */
    static void saveDays(Connection c, Map<Long, int[]> days) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE document_reports SET report_days = ? WHERE document = ? AND report_days IS NULL")) {
            for (Map.Entry<Long, int[]> e : days.entrySet()) {
                ps.setBytes(1, encodeDays(e.getValue()));
                ps.setLong(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Sorted epoch days: their number, then the first and each gap, as variable-length integers. */
    static byte[] encodeDays(int[] sortedDays) {
        ByteWriter w = new ByteWriter(sortedDays.length + 4).varint(sortedDays.length);
        for (int i = 0; i < sortedDays.length; i++) {
            w.signedVarint(i == 0 ? sortedDays[0] : sortedDays[i] - sortedDays[i - 1]);
        }
        return w.toByteArray();
    }

    /** The days {@link #encodeDays} wrote; null for null, or for bytes that do not read back (the days are then read from the reports). */
    static int[] decodeDays(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            ByteReader in = new ByteReader(bytes);
            int count = in.varint();
            if (count > bytes.length) {
                return null;
            }
            int[] days = new int[count];
            for (int i = 0; i < days.length; i++) {
                int step = in.signedVarint();
                if (i > 0 && step < 0) {
                    return null;
                }
                days[i] = (i == 0 ? 0 : days[i - 1]) + step;
            }
            in.requireEnd();
            return days;
        } catch (MalformedBytesException e) {
            return null;
        }
    }

    /** Marks the reports saved for these documents outdated: the next merge reads the documents again. */
    static void markOutdated(Connection c, Collection<Long> documentIds) throws SQLException {
        updateEach(c, "UPDATE document_reports SET outdated = 1 WHERE document = ?", documentIds);
    }

    /**
     * @param withDays     whether the schema keeps report days (migration 7)
     * @param withOutdated whether it keeps the outdated flag (migration 13)
     */
    static List<DatedDocumentReports> dated(Connection c, boolean withDays, boolean withOutdated) throws SQLException {
        List<DatedDocumentReports> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, d.doc_date, r.anchor, r.format, r.merged, %s, %o
                FROM documents d LEFT JOIN document_reports r ON r.document = d.id
                WHERE d.doc_date IS NOT NULL ORDER BY d.id""".replace("%s", withDays ? "r.report_days" : "NULL")
                .replace("%o", withOutdated ? "r.outdated" : "0"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String anchor = rs.getString(3);
                out.add(new DatedDocumentReports(rs.getLong(1), EventTables.day(rs.getString(2)),
                        Optional.ofNullable(anchor).map(EventTables::day), rs.getInt(4), rs.getInt(5) == 1,
                        decodeDays(rs.getBytes(6)), rs.getInt(7) == 1));
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
                    out.put(rs.getLong(1), new SavedReports(EventTables.day(rs.getString(2)), rs.getInt(3), rs.getBytes(4)));
                }
            }
        }
        return out;
    }
}
