package app.nenpyo.store;

import app.nenpyo.domain.EventSummary;
import app.nenpyo.store.EventSummaryPages.Page;
import app.nenpyo.store.EventSummaryPages.StoredPage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The summary pages of a replacement of every event, written as they fill up, window after
 * window, instead of all at the end: what is held is one page being filled. A page whose bytes
 * are those already stored under its number (with a span) is left as it is, so a rebuild that
 * changes nothing writes no page, and a changed one rewrites only the pages that changed; their
 * stamps change, and a window's page cache reads them again ({@link SummaryPageCache}).
 *
 * <p>The pages were kept in memory until the last window before: about 80 bytes an event, 49 MB
 * for 626,000 events.
 */
final class StreamedPages {

    private final Connection c;
    private final boolean spans;
    /** The numbers of the pages (or spans) stored before that are not yet known to be kept. */
    private final TreeSet<Long> stale = new TreeSet<>();
    private final List<EventSummary> filling = new ArrayList<>();
    private long key;

    StreamedPages(Connection c) throws SQLException {
        this.c = c;
        this.spans = EventSummaryPages.hasSpans(c);
        // a span left without its page (a damaged file) is replaced too, not run into
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(spans
                ? "SELECT page FROM event_summary_pages UNION SELECT page FROM event_summary_page_spans"
                : "SELECT page FROM event_summary_pages")) {
            while (rs.next()) {
                stale.add(rs.getLong(1));
            }
        }
    }

    /** Adds the next summary in {@link EventSummaryPages#ORDER}; a full page is stored. */
    void add(EventSummary summary) throws SQLException {
        filling.add(summary);
        if (filling.size() == EventSummaryPages.PAGE_SIZE) {
            store();
        }
    }

    /** Stores the last page, if any, and deletes the pages stored before beyond the last one written. */
    void finish() throws SQLException {
        if (!filling.isEmpty()) {
            store();
        }
        EventSummaryPages.delete(c, List.copyOf(stale));
        stale.clear();
    }

    private void store() throws SQLException {
        Page page = EventSummaryPages.page(filling);
        filling.clear();
        key += EventSummaryPages.KEY_SPACING;
        if (stale.remove(key)) {
            if (storedAs(key, page.data())) {
                return;
            }
            EventSummaryPages.delete(c, List.of(key));
        }
        EventSummaryPages.insert(c, List.of(page), List.of(new StoredPage(key, page.span())), spans);
    }

    /** Whether the page stored under this number holds these bytes and has its span. */
    private boolean storedAs(long number, byte[] data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(spans
                ? "SELECT p.data, s.page IS NOT NULL FROM event_summary_pages p"
                        + " LEFT JOIN event_summary_page_spans s ON s.page = p.page WHERE p.page = ?"
                : "SELECT data, 1 FROM event_summary_pages WHERE page = ?")) {
            ps.setLong(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(2) == 1 && Arrays.equals(rs.getBytes(1), data);
            }
        }
    }
}
