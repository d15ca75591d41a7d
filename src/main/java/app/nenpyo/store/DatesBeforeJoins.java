package app.nenpyo.store;

import app.nenpyo.domain.EventSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The dates the analyst had given the reports of an event joined in, which the join replaced with
 * the date of the event it joined (migration 17, decision 0019), kept aside until the join is
 * undone, when they are given back as they were (value and instant). Only the analyst's own date
 * is kept: one an earlier join gave is not, and the date kept from before that join stays kept.
 *
 * <pre>{@code
 * DatesBeforeJoins.keepAside(c, dinnerReport)  // before the join dates it: its 2022-01-08 of the analyst's kept
 * DatesBeforeJoins.giveBack(c, dinnerReport)   // the join's date gone: 2022-01-08 again, as given then
 * }</pre>
 */
final class DatesBeforeJoins {

    private DatesBeforeJoins() {
    }

    /**
     * Keeps aside the date the analyst gave this report, before a join gives it another; call it
     * before the join's rows are written, so that a date an earlier join gave is told apart (it has
     * the instant of the report's join row). A report with no date has nothing kept (a row left by
     * a report no longer dated so is dropped).
     */
    static void keepAside(Connection c, EventSource report) throws SQLException {
        try (PreparedStatement given = c.prepareStatement("SELECT d.set_at = j.set_at FROM event_dates d"
                + " LEFT JOIN event_joins j ON j.source_id = d.source_id WHERE d.source_id = ?")) {
            given.setString(1, report.sourceId());
            try (ResultSet rs = given.executeQuery()) {
                if (!rs.next()) {
                    forget(c, report);
                    return;
                }
                if (rs.getBoolean(1)) {
                    // dated by an earlier join: the analyst's own date, if any, is kept from before it
                    return;
                }
            }
        }
        try (PreparedStatement keep = c.prepareStatement("INSERT OR REPLACE INTO event_dates_before_joins (source_id, value, set_at)"
                + " SELECT source_id, value, set_at FROM event_dates WHERE source_id = ?")) {
            keep.setString(1, report.sourceId());
            keep.executeUpdate();
        }
    }

    /** Gives the report the date kept aside for it, once the join's date is gone, and forgets it; whether there was one. */
    static boolean giveBack(Connection c, EventSource report) throws SQLException {
        int given;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_dates (source_id, value, set_at)"
                + " SELECT source_id, value, set_at FROM event_dates_before_joins WHERE source_id = ?")) {
            ps.setString(1, report.sourceId());
            given = ps.executeUpdate();
        }
        forget(c, report);
        return given > 0;
    }

    /** Forgets the date kept aside for the report: the join it was kept for is undone, or a later date decides. */
    static void forget(Connection c, EventSource report) throws SQLException {
        SourceRows.delete(c, "event_dates_before_joins", List.of(report.sourceId()));
    }
}
