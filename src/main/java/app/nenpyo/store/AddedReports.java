package app.nenpyo.store;

import app.nenpyo.domain.AddedReport;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clauses the analyst added as reports (migration 15, decision 0020). Applied where a
 * document is read ({@code events.EventExtractor#withAdded}), like a date (decision 0017): adding
 * or removing one marks the document's saved reports outdated and the events stale, so the next
 * merge reads the document again and makes the days of its reports before and after.
 *
 * <pre>{@code
 * AddedReports.add(c, new AddedReport(id, 12, clause, TimeValue.parse("2022-01-10"), ""), now);
 * AddedReports.read(c)                 // [that report], by document and clause
 * AddedReports.remove(c, event)        // the clauses the event's added reports came from are plain text again
 * }</pre>
 */
final class AddedReports {

    /** The decisions kept under a source id, which go with the clause when the analyst removes it. */
    private static final List<String> DECISIONS = List.of("event_dates", "event_kept_apart", "event_joins",
            "event_overrides", "event_labels");

    private AddedReports() {
    }

    /**
     * Adds the clause as a report, or gives one added before this date and label (and forgets a
     * date or label the analyst gave its event under it since, as the later decision).
     *
     * @return false when it was added already with this date and label (nothing is written)
     */
    static boolean add(Connection c, AddedReport report, Instant at) throws SQLException {
        try (PreparedStatement before = c.prepareStatement("SELECT value, label FROM added_reports WHERE source_id = ?")) {
            before.setString(1, report.sourceId());
            try (ResultSet rs = before.executeQuery()) {
                if (rs.next()) {
                    boolean sameDate = rs.getString(1).equals(report.time().format());
                    boolean sameLabel = rs.getString(2).equals(report.label());
                    if (sameDate && sameLabel) {
                        return false;
                    }
                    // added again otherwise: the latest decision decides, over a date or label given the event since
                    if (!sameDate) {
                        SourceRows.delete(c, "event_dates", List.of(report.sourceId()));
                    }
                    if (!sameLabel) {
                        SourceRows.delete(c, "event_labels", List.of(report.sourceId()));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR REPLACE INTO added_reports (source_id, document, clause_start, clause_end, value, label, set_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, report.sourceId());
            ps.setLong(2, report.documentId());
            ps.setInt(3, report.clause().start());
            ps.setInt(4, report.clause().end());
            ps.setString(5, report.time().format());
            ps.setString(6, report.label());
            ps.setLong(7, at.toEpochMilli());
            ps.executeUpdate();
        }
        ReportTable.markOutdated(c, List.of(report.documentId()));
        return true;
    }

    /**
     * Removes the reports of the event the analyst added, with the decisions kept under them,
     * and marks their documents' saved reports outdated.
     *
     * @return false when the analyst added none of its reports (nothing is written)
     */
    static boolean remove(Connection c, Event event) throws SQLException {
        Set<Long> documents = new LinkedHashSet<>();
        List<String> removed = new ArrayList<>();
        try (PreparedStatement find = c.prepareStatement("SELECT document FROM added_reports WHERE source_id = ?")) {
            for (EventSource s : event.sources()) {
                find.setString(1, s.sourceId());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        documents.add(rs.getLong(1));
                        removed.add(s.sourceId());
                    }
                }
            }
        }
        SourceRows.delete(c, "added_reports", removed);
        if (removed.isEmpty()) {
            return false;
        }
        for (String table : DECISIONS) {
            SourceRows.delete(c, table, removed);
        }
        ReportTable.markOutdated(c, documents);
        return true;
    }

    /** Every clause added, by document and place in it: the order documents read them in. */
    static List<AddedReport> read(Connection c) throws SQLException {
        List<AddedReport> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT source_id, document, clause_start, clause_end, value, label FROM added_reports
                ORDER BY document, clause_start, clause_end, source_id""")) {
            while (rs.next()) {
                out.add(new AddedReport(rs.getString(1), rs.getLong(2), new TextSpan(rs.getInt(3), rs.getInt(4)),
                        TimeValue.parse(rs.getString(5)), rs.getString(6)));
            }
        }
        return out;
    }
}
