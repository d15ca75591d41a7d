package app.nenpyo.store;

import app.nenpyo.codec.ByteReader;
import app.nenpyo.codec.ByteWriter;
import app.nenpyo.codec.MalformedBytesException;
import app.nenpyo.domain.ReportDays;
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
     * import's), with their days as far as the schema keeps them ({@code kept}, migrations 7 and 18).
     */
    static PreparedStatement prepareSave(Connection c, KeptDays kept) throws SQLException {
        return c.prepareStatement(switch (kept) {
            case START_DAYS_AND_WIDER_PERIODS -> "INSERT OR REPLACE INTO document_reports (document, anchor, format, reports, report_days,"
                    + " wider_periods) VALUES (?, ?, ?, ?, ?, ?)";
            case START_DAYS -> "INSERT OR REPLACE INTO document_reports (document, anchor, format, reports, report_days) VALUES (?, ?, ?, ?, ?)";
            case NONE -> "INSERT OR REPLACE INTO document_reports (document, anchor, format, reports) VALUES (?, ?, ?, ?)";
        });
    }

    /** @param kept as the statement was prepared ({@link #prepareSave}) */
    static void save(PreparedStatement save, long documentId, SavedReports reports, KeptDays kept) throws SQLException {
        save.setLong(1, documentId);
        save.setString(2, reports.anchor().toString());
        save.setInt(3, reports.format());
        save.setBytes(4, reports.bytes());
        if (kept.startDays()) {
            save.setBytes(5, reports.reportDays() == null ? null : encodeDays(reports.reportDays()));
        }
        if (kept.widerPeriods()) {
            save.setBytes(6, reports.widerPeriods() == null ? null : encodePeriods(reports.widerPeriods()));
        }
        save.executeUpdate();
    }

    /** @param merged whether the stored events were merged from these reports (a rebuild that read them) */
    static void saveAll(Connection c, Map<Long, SavedReports> reports, boolean merged, KeptDays kept) throws SQLException {
        if (reports.isEmpty()) {
            return;
        }
        try (PreparedStatement save = prepareSave(c, kept)) {
            for (Map.Entry<Long, SavedReports> e : reports.entrySet()) {
                save(save, e.getKey(), e.getValue(), kept);
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

    /**
     * Stores the report days of documents whose saved reports have none yet (saved before migration
     * 7), and their wider periods where those are missing (saved before migration 18), as far as the
     * schema keeps them: what is already stored stays as it is.
     */
    static void saveDays(Connection c, Map<Long, ReportDays> days, KeptDays kept) throws SQLException {
        if (days.isEmpty() || !kept.startDays()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(kept.widerPeriods()
                ? "UPDATE document_reports SET report_days = coalesce(report_days, ?1), wider_periods = coalesce(wider_periods, ?3)"
                        + " WHERE document = ?2"
                : "UPDATE document_reports SET report_days = ?1 WHERE document = ?2 AND report_days IS NULL")) {
            for (Map.Entry<Long, ReportDays> e : days.entrySet()) {
                ps.setBytes(1, encodeDays(e.getValue().startDays()));
                ps.setLong(2, e.getKey());
                if (kept.widerPeriods()) {
                    ps.setBytes(3, encodePeriods(e.getValue().widerPeriods()));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Periods as first and last epoch day in pairs, ordered by first day: their number, then each first day's gap and its length. */
    static byte[] encodePeriods(int[] pairs) {
        ByteWriter w = new ByteWriter(pairs.length + 2).varint(pairs.length / 2);
        for (int k = 0; k < pairs.length; k += 2) {
            w.signedVarint(k == 0 ? pairs[0] : pairs[k] - pairs[k - 2]).varint(pairs[k + 1] - pairs[k]);
        }
        return w.toByteArray();
    }

    /** The periods {@link #encodePeriods} wrote; null for null, or for bytes that do not read back (the reports are then read). */
    static int[] decodePeriods(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            ByteReader in = new ByteReader(bytes);
            int count = in.varint();
            if (count > bytes.length) {
                return null;
            }
            int[] pairs = new int[2 * count];
            for (int k = 0; k < pairs.length; k += 2) {
                int step = in.signedVarint();
                if (k > 0 && step < 0) {
                    return null;
                }
                pairs[k] = (k == 0 ? 0 : pairs[k - 2]) + step;
                pairs[k + 1] = pairs[k] + in.varint();
            }
            in.requireEnd();
            return pairs;
        } catch (MalformedBytesException e) {
            return null;
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
     * @param kept         what the schema keeps beside the reports (migrations 7 and 18)
     * @param withOutdated whether it keeps the outdated flag (migration 13)
     */
    static List<DatedDocumentReports> dated(Connection c, KeptDays kept, boolean withOutdated) throws SQLException {
        List<DatedDocumentReports> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, d.doc_date, r.anchor, r.format, r.merged, %s, %o, %w
                FROM documents d LEFT JOIN document_reports r ON r.document = d.id
                WHERE d.doc_date IS NOT NULL ORDER BY d.id""".replace("%s", kept.startDays() ? "r.report_days" : "NULL")
                .replace("%o", withOutdated ? "r.outdated" : "0").replace("%w", kept.widerPeriods() ? "r.wider_periods" : "NULL"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String anchor = rs.getString(3);
                out.add(new DatedDocumentReports(rs.getLong(1), EventTables.day(rs.getString(2)),
                        Optional.ofNullable(anchor).map(EventTables::day), rs.getInt(4), rs.getInt(5) == 1,
                        decodeDays(rs.getBytes(6)), decodePeriods(rs.getBytes(8)), rs.getInt(7) == 1));
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
