package app.nenpyo.store;

import app.nenpyo.domain.EventSummary;
import java.lang.ref.SoftReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summaries of each page as last read, by page number and stamp: reading every summary again
 * after an import decodes only the pages it wrote, the others being as they were (a stamp changes
 * whenever its page is written, and a page number used again gets another). A million summaries
 * take half a second or more to decode; the timeline reads them all after each import.
 *
 * <p>The summaries are held softly: they are those the timeline holds anyway, and the collector
 * may drop them when nothing else does. Pages without a stamp (written before migration 9) are
 * decoded every time. Not thread-safe: the project reads under one lock.
 */
final class SummaryPageCache {

    private record Held(long stamp, SoftReference<List<EventSummary>> summaries) {
    }

    private record Row(long page, long stamp, boolean stamped) {
    }

    private Map<Long, Held> pages = new HashMap<>();

    /** Every summary in {@link EventSummaryPages#ORDER}, as {@link EventSummaryPages#read} gives them. */
    List<EventSummary> read(Connection c) throws SQLException {
        if (!EventSummaryPages.hasStamps(c)) {
            pages = new HashMap<>();
            return EventSummaryPages.read(c);
        }
        List<Row> rows = new ArrayList<>();
        List<List<EventSummary>> read = EventSummaryPages.readPages(c, """
                SELECT p.page, s.stamp, p.data
                FROM event_summary_pages p LEFT JOIN event_summary_page_spans s ON s.page = p.page ORDER BY p.page""", rs -> {
            Row row = new Row(rs.getLong(1), rs.getLong(2), rs.getObject(2) != null);
            rows.add(row);
            Held held = pages.get(row.page());
            List<EventSummary> known = row.stamped() && held != null && held.stamp() == row.stamp() ? held.summaries().get() : null;
            // a page known as stored is not even read: its bytes are fetched only when asked for
            return known != null ? () -> known : EventSummaryPages.decoding(rs.getBytes(3), EventSummaryPages::decode);
        });
        Map<Long, Held> now = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.stamped()) {
                now.put(row.page(), new Held(row.stamp(), new SoftReference<>(read.get(i))));
            }
        }
        pages = now;
        return EventSummaryPages.flattened(read);
    }
}
