package app.nenpyo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events stored before a replacement of every event ({@link EventTables.Replacement} with
 * nothing kept), looked up a window at a time by id: the memory it needs follows a window, not the
 * project. What it remembers of the whole is one bit per stored event number (given again or
 * not), from the lowest stored, from which the events no window gave are found and deleted at the end.
 *
 * <p>It held every stored id and fingerprint, and every id given, in hash maps before: about
 * 230 MB for 626,000 events, so a rebuild of a 400 MB corpus did not fit in a 400 MB heap.
 *
 * <p>Numbers above {@link #lastNumber} are those the replacement itself inserts, so an id found
 * under one was given in an earlier window: given twice.
 */
final class StoredEvents {

    /** An event as stored: its number and {@link EventFingerprint}. */
    record Row(long number, String fingerprint) {
    }

    /** Ids looked up per query: few enough to bind as parameters. */
    private static final int LOOKUP = 500;

    /** Numbers of stored events deleted per round once every window is written. */
    private static final int SWEEP = 4096;

    private final long lastNumber;
    private final long count;
    private final GivenNumbers given;

    private StoredEvents(long firstNumber, long lastNumber, long count) {
        this.lastNumber = lastNumber;
        this.count = count;
        this.given = new GivenNumbers(firstNumber, lastNumber);
    }

    static StoredEvents read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(min(number), 1), coalesce(max(number), 0), count(*) FROM events")) {
            rs.next();
            return new StoredEvents(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /**
     * The stored numbers given again: a bit per number from the lowest stored, or, should the
     * numbers stored span more than an int counts (they only grow, by the events each merge
     * writes again), a set of them.
     */
    private static final class GivenNumbers {
        private final long first;
        private final BitSet bits;
        private final Set<Long> wide;
        private long size;

        GivenNumbers(long first, long last) {
            this.first = first;
            boolean narrow = last - first < Integer.MAX_VALUE;
            bits = narrow ? new BitSet() : null;
            wide = narrow ? null : new HashSet<>();
        }

        /** Marks a stored number; false if it was marked before. */
        boolean add(long number) {
            if (bits == null) {
                boolean added = wide.add(number);
                size += added ? 1 : 0;
                return added;
            }
            int bit = Math.toIntExact(number - first);
            if (bits.get(bit)) {
                return false;
            }
            bits.set(bit);
            size++;
            return true;
        }

        boolean contains(long number) {
            return bits == null ? wide.contains(number) : bits.get(Math.toIntExact(number - first));
        }

        long size() {
            return size;
        }
    }

    /**
     * The stored rows of these ids (those stored), each marked as given again.
     *
     * @throws IllegalArgumentException when an id was given before in this replacement
     */
    Map<String, Row> given(Connection c, List<String> ids) throws SQLException {
        Map<String, Row> found = new HashMap<>();
        if (count == 0) {
            // nothing stored: a project's first merge looks nothing up (an id given twice breaks the unique id)
            return found;
        }
        for (int from = 0; from < ids.size(); from += LOOKUP) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP));
            try (PreparedStatement ps = c.prepareStatement("SELECT number, id, fingerprint FROM events WHERE id IN ("
                    + "?,".repeat(chunk.size() - 1) + "?)")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(2), new Row(rs.getLong(1), rs.getString(3)));
                    }
                }
            }
        }
        for (Map.Entry<String, Row> e : found.entrySet()) {
            long number = e.getValue().number();
            if (number > lastNumber || !given.add(number)) {
                throw new IllegalArgumentException("event " + e.getKey() + " given twice");
            }
        }
        return found;
    }

    /** Whether every event stored before was given again. */
    boolean noneGone() {
        return given.size() == count;
    }

    /** Deletes the events stored before that no window gave, with their sources and actor links. */
    void deleteGone(Connection c) throws SQLException {
        if (noneGone()) {
            return;
        }
        if (given.size() == 0) {
            try (PreparedStatement sources = c.prepareStatement("DELETE FROM event_sources WHERE event <= ?");
                 PreparedStatement links = c.prepareStatement("DELETE FROM event_actors WHERE event <= ?");
                 PreparedStatement events = c.prepareStatement("DELETE FROM events WHERE number <= ?")) {
                for (PreparedStatement ps : List.of(sources, links, events)) {
                    ps.setLong(1, lastNumber);
                    ps.executeUpdate();
                }
            }
            return;
        }
        long after = 0;
        while (after < lastNumber) {
            List<Long> gone = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT number FROM events WHERE number > ? AND number <= ? ORDER BY number LIMIT " + SWEEP)) {
                ps.setLong(1, after);
                ps.setLong(2, lastNumber);
                try (ResultSet rs = ps.executeQuery()) {
                    // the end when no row is left
                    long last = lastNumber;
                    while (rs.next()) {
                        last = rs.getLong(1);
                        if (!given.contains(last)) {
                            gone.add(last);
                        }
                    }
                    after = last;
                }
            }
            EventTables.deleteNumbers(c, gone);
        }
    }
}
