package app.nenpyo.store;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TimeValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dates an analyst gave events (migration 13, decision 0017), kept under every source id the
 * event has, like the other corrections (decision 0016). A date decides the day a report is
 * merged on, so it is not applied where events are written but to the reports as they are read
 * ({@code events.AnalystDates}): setting one marks the reports saved for the event's documents
 * outdated, and the next merge reads those documents again, merging the days of the reports as
 * they were saved and as they are now.
 *
 * <pre>{@code
 * EventDates.set(c, event, Optional.of(TimeValue.parse("2022-01-28")), now);  // its reports dated so
 * EventDates.read(c)                                // {source id of each of its reports → 2022-01-28}
 * EventDates.set(c, event, Optional.empty(), now);  // the dates its expressions resolved to, again
 * }</pre>
 */
final class EventDates {

    private EventDates() {
    }

    /** Every date the analyst gave, by source id. */
    static Map<String, TimeValue> read(Connection c) throws SQLException {
        Map<String, TimeValue> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source_id, value FROM event_dates")) {
            while (rs.next()) {
                out.put(rs.getString(1), TimeValue.parse(rs.getString(2)));
            }
        }
        return out;
    }

    /**
     * Gives the event's reports this date (empty: the dates their expressions resolved to again)
     * and marks the reports saved for its documents outdated.
     *
     * @return false when nothing changed: the extracted dates given back to an event the analyst never dated
     */
    static boolean set(Connection c, Event event, Optional<TimeValue> date, Instant at) throws SQLException {
        Set<Long> documents = new LinkedHashSet<>();
        int changed = 0;
        try (PreparedStatement keep = c.prepareStatement(
                "INSERT OR REPLACE INTO event_dates (source_id, value, set_at) VALUES (?, ?, ?)");
             PreparedStatement forget = c.prepareStatement("DELETE FROM event_dates WHERE source_id = ?")) {
            PreparedStatement each = date.isPresent() ? keep : forget;
            for (EventSource s : event.sources()) {
                s.documentId().ifPresent(documents::add);
                each.setString(1, s.sourceId());
                if (date.isPresent()) {
                    each.setString(2, date.get().format());
                    each.setLong(3, at.toEpochMilli());
                }
                changed += each.executeUpdate();
            }
        }
        if (changed == 0) {
            return false;
        }
        ReportTable.markOutdated(c, documents);
        return true;
    }

    /**
     * Forgets the dates a join gave this event's reports: those set in the join's own transaction
     * (the same instant as their report's join row). A date the analyst gave the event after the
     * join stays; one the analyst had given a report before the join dated it otherwise is given
     * back, as it was, when {@code keptAside} (the file keeps them, {@link DatesBeforeJoins}).
     * Marks the reports saved for their documents outdated.
     */
    static void forgetGivenByJoin(Connection c, Event event, boolean keptAside) throws SQLException {
        Set<Long> documents = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_dates WHERE source_id = ?"
                + " AND set_at = (SELECT set_at FROM event_joins WHERE source_id = ?)")) {
            for (EventSource s : event.sources()) {
                ps.setString(1, s.sourceId());
                ps.setString(2, s.sourceId());
                if (ps.executeUpdate() > 0) {
                    s.documentId().ifPresent(documents::add);
                    if (keptAside) {
                        DatesBeforeJoins.giveBack(c, s);
                    }
                } else if (keptAside) {
                    // the analyst dated the event after the join, or undated it: the later decision stands
                    DatesBeforeJoins.forget(c, s);
                }
            }
        }
        if (!documents.isEmpty()) {
            ReportTable.markOutdated(c, documents);
        }
    }

    /** Whether any report of the event carries a date of the analyst's, as stored now. */
    static boolean anyDated(Connection c, Event event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM event_dates WHERE source_id = ?")) {
            for (EventSource s : event.sources()) {
                ps.setString(1, s.sourceId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the analyst dated the event: a source of it carries a date. */
    static boolean dates(Map<String, TimeValue> bySourceId, Event e) {
        return !bySourceId.isEmpty() && e.sources().stream().anyMatch(s -> bySourceId.containsKey(s.sourceId()));
    }
}
