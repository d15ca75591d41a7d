package app.nenpyo.store;

import app.nenpyo.codec.ByteReader;
import app.nenpyo.codec.ByteWriter;
import app.nenpyo.codec.InternTable;
import app.nenpyo.codec.MalformedBytesException;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventOutline;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.SourceParagraph;
import app.nenpyo.domain.TimeValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The timeline's summary of every event ({@link EventSummary}), kept in pages of
 * {@link #PAGE_SIZE} in time order, written whole with the events they summarise. Reading a
 * million events' rows through JDBC takes about ten seconds (a native call per column); reading
 * two hundred and fifty pages and decoding them in Java takes about half a second.
 *
 * <p>A page ({@code ByteWriter#framed}): the format number, then, not deflated (inflating was more
 * than half of the decoding time), a table of the page's distinct strings (actor keys, places,
 * category and granularity names, date expressions recur), then per event its id, label, place,
 * category, time, actor keys, expressions, source paragraphs and background flag, strings as table
 * indices and numbers as variable-length integers. Pages of another format are written again from
 * the event rows ({@link UnreadablePages}).
 *
 * <p>Beside each page, {@code event_summary_page_spans} says how many events it holds, the first
 * and last day they start on and the actors they name, so a merge of a few days rewrites only
 * the pages holding them ({@link PageSplice}). Pages are numbered {@link #KEY_SPACING} apart,
 * which leaves room for the pages such a merge puts between two it keeps.
 */
final class EventSummaryPages {

    /** The order of the pages and of the timeline: start, end, then id. */
    static final Comparator<EventSummary> ORDER = Comparator.comparing((EventSummary e) -> e.time().start())
            .thenComparing(e -> e.time().end()).thenComparing(EventSummary::id);

    static final int PAGE_SIZE = 4096;
    static final int FORMAT = 2;

    private static final java.security.SecureRandom STAMPS = new java.security.SecureRandom();

    /** The distance between the numbers of the pages of a whole write. */
    static final long KEY_SPACING = 1L << 32;

    /** A page ready to store: its bytes and what its span says of it. */
    record Page(byte[] data, PageSpan span) {
    }

    /**
     * What a page holds, known without decoding it.
     *
     * @param firstDay  the epoch day its first event starts on
     * @param lastDay   the epoch day its last event starts on
     * @param actorKeys every actor its events name, in key order
     */
    record PageSpan(int format, int events, int firstDay, int lastDay, List<String> actorKeys) {

        PageSpan {
            actorKeys = List.copyOf(actorKeys);
            if (events < 1 || lastDay < firstDay) {
                throw new IllegalArgumentException("a page of " + events + " events from day " + firstDay + " to " + lastDay);
            }
        }

        static PageSpan of(List<EventSummary> page) {
            Set<String> keys = new TreeSet<>();
            page.forEach(e -> keys.addAll(e.actorKeys()));
            return new PageSpan(FORMAT, page.size(), day(page.get(0)), day(page.get(page.size() - 1)), new ArrayList<>(keys));
        }

        byte[] encodedActorKeys() {
            ByteWriter out = new ByteWriter(16 * actorKeys.size() + 8).varint(actorKeys.size());
            actorKeys.forEach(out::string);
            return out.framed(ACTOR_KEYS_FORMAT);
        }

        static List<String> actorKeys(byte[] encoded) {
            ByteReader in = ByteReader.framed(encoded, ACTOR_KEYS_FORMAT);
            String[] keys = new String[in.varint()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = in.string();
            }
            in.requireEnd();
            return List.of(keys);
        }
    }

    private static final int ACTOR_KEYS_FORMAT = 1;

    /** A stored page's number and span. */
    record StoredPage(long key, PageSpan span) {
    }

    /** The epoch day an event starts on. */
    static int day(EventSummary e) {
        return Math.toIntExact(e.time().start().toEpochDay());
    }

    private EventSummaryPages() {
    }

    /** Replaces every page with these summaries, already in {@link #ORDER}. */
    static void write(Connection c, List<EventSummary> ordered) throws SQLException {
        writePages(c, pages(ordered));
    }

    /** The pages of summaries in {@link #ORDER}, encoded: no database needed, so it can run beside other writes. */
    static List<Page> pages(List<EventSummary> ordered) {
        return pages(ordered, PAGE_SIZE);
    }

    /** The same with pages of another size: tests make many pages of a few events. */
    static List<Page> pages(List<EventSummary> ordered, int pageSize) {
        List<Page> pages = new ArrayList<>(ordered.size() / pageSize + 1);
        for (int from = 0; from < ordered.size(); from += pageSize) {
            pages.add(page(ordered.subList(from, Math.min(ordered.size(), from + pageSize))));
        }
        return pages;
    }

    /** One page of summaries in {@link #ORDER}, at least one. */
    static Page page(List<EventSummary> ordered) {
        return new Page(encode(ordered), PageSpan.of(ordered));
    }

    /** Replaces the stored pages with these (from {@link #pages}), numbered {@link #KEY_SPACING} apart. */
    static void writePages(Connection c, Iterable<Page> pages) throws SQLException {
        boolean spans = hasSpans(c);
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM event_summary_pages");
            if (spans) {
                s.execute("DELETE FROM event_summary_page_spans");
            }
        }
        long key = 0;
        List<StoredPage> written = new ArrayList<>();
        for (Page page : pages) {
            key += KEY_SPACING;
            written.add(new StoredPage(key, page.span()));
        }
        insert(c, pages, written, spans);
    }

    /** Stores pages under the numbers given, with their spans when the schema keeps them. */
    static void insert(Connection c, Iterable<Page> pages, List<StoredPage> numbered, boolean spans) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO event_summary_pages (page, data) VALUES (?, ?)")) {
            int i = 0;
            for (Page page : pages) {
                insert.setLong(1, numbered.get(i++).key());
                insert.setBytes(2, page.data());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!spans) {
            return;
        }
        // pages written now have a stamp no page had before: a page number can be used again
        Long stamp = hasStamps(c) ? STAMPS.nextLong() : null;
        try (PreparedStatement insert = c.prepareStatement(stamp == null ? """
                INSERT INTO event_summary_page_spans (page, format, events, first_day, last_day, actor_keys)
                VALUES (?, ?, ?, ?, ?, ?)""" : """
                INSERT INTO event_summary_page_spans (page, format, events, first_day, last_day, actor_keys, stamp)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (StoredPage page : numbered) {
                PageSpan span = page.span();
                insert.setLong(1, page.key());
                insert.setInt(2, span.format());
                insert.setInt(3, span.events());
                insert.setInt(4, span.firstDay());
                insert.setInt(5, span.lastDay());
                insert.setBytes(6, span.encodedActorKeys());
                if (stamp != null) {
                    insert.setLong(7, stamp);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Deletes stored pages and their spans. */
    static void delete(Connection c, List<Long> keys) throws SQLException {
        try (PreparedStatement pages = c.prepareStatement("DELETE FROM event_summary_pages WHERE page = ?");
             PreparedStatement spans = c.prepareStatement("DELETE FROM event_summary_page_spans WHERE page = ?")) {
            for (long key : keys) {
                pages.setLong(1, key);
                pages.addBatch();
                spans.setLong(1, key);
                spans.addBatch();
            }
            pages.executeBatch();
            spans.executeBatch();
        }
    }

    /** Whether the schema describes pages beside them (migration 8). */
    static boolean hasSpans(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'event_summary_page_spans'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Whether the spans carry the stamp of their page's last write (migration 9). */
    static boolean hasStamps(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM pragma_table_info('event_summary_page_spans') WHERE name = 'stamp'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /**
     * Every page's number and span in page order, or empty when some page has none (written
     * before migration 8, or damaged) or the schema keeps none: then a merge reads every page.
     */
    static Optional<List<StoredPage>> spans(Connection c) throws SQLException {
        if (!hasSpans(c)) {
            return Optional.empty();
        }
        List<StoredPage> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT p.page, s.format, s.events, s.first_day, s.last_day, s.actor_keys
                FROM event_summary_pages p LEFT JOIN event_summary_page_spans s ON s.page = p.page ORDER BY p.page""")) {
            while (rs.next()) {
                byte[] keys = rs.getBytes(6);
                if (keys == null) {
                    return Optional.empty();
                }
                out.add(new StoredPage(rs.getLong(1), new PageSpan(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        PageSpan.actorKeys(keys))));
            }
        } catch (MalformedBytesException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(out);
    }

    /** One stored page's summaries. */
    static List<EventSummary> read(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM event_summary_pages WHERE page = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UnreadablePages("no summary page " + key, null);
                }
                return decode(rs.getBytes(1));
            }
        }
    }

    /** Whether pages were ever written (events stored before migration 4 have none). */
    static boolean written(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM event_summary_pages) OR NOT EXISTS (SELECT 1 FROM events)")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /**
     * Every summary in {@link #ORDER}. Pages are decoded on worker threads while the next ones are
     * still being read, so reading the file and decoding overlap (a million events: about a third
     * of a second to read, twice that to decode on one core).
     */
    static List<EventSummary> read(Connection c) throws SQLException {
        return flattened(readPages(c, ALL_PAGES, rs -> decoding(rs.getBytes(1), EventSummaryPages::decode)));
    }

    private static final String ALL_PAGES = "SELECT data FROM event_summary_pages ORDER BY page";

    /**
     * Every event's {@link EventOutline}, in {@link #ORDER} as {@link #read} gives the summaries:
     * the strings of a page are made only when an outline uses them (ids, expressions and source
     * paragraphs are passed over), so a million take about a third of the objects.
     */
    static List<EventOutline> readOutlines(Connection c) throws SQLException {
        return flattened(readPages(c, ALL_PAGES, rs -> decoding(rs.getBytes(1), EventSummaryPages::decodeOutlines)));
    }

    /** Every page's summaries in {@link #ORDER}, a page at a time, on this thread (a replacement keeping some events reads them so). */
    static void forEach(Connection c, Consumer<List<EventSummary>> pages) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT data FROM event_summary_pages ORDER BY page")) {
            while (rs.next()) {
                pages.accept(decode(rs.getBytes(1)));
            }
        }
    }

    /** What a page query gives for one row: the page's values, decoded on a worker or already known. */
    interface PageRow<T> {
        Callable<List<T>> of(ResultSet rs) throws SQLException;
    }

    static <T> Callable<List<T>> decoding(byte[] page, Function<byte[], List<T>> decoder) {
        return () -> decoder.apply(page);
    }

    static <T> List<T> flattened(List<List<T>> pages) {
        List<T> out = new ArrayList<>(pages.size() * PAGE_SIZE);
        pages.forEach(out::addAll);
        return out;
    }

    /** Each page's values, in the query's order, decoded on workers while the next rows are read. */
    static <T> List<List<T>> readPages(Connection c, String query, PageRow<T> row) throws SQLException {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService decoders = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "nenpyo-summary-pages");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<T>>> pages = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                    pages.add(decoders.submit(row.of(rs)));
                }
            }
            List<List<T>> out = new ArrayList<>(pages.size());
            for (Future<List<T>> page : pages) {
                out.add(page.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event summaries", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            decoders.shutdownNow();
        }
    }

    static byte[] encode(List<EventSummary> page) {
        InternTable<String> strings = new InternTable<>();
        ByteWriter rows = new ByteWriter(48 * page.size()).varint(page.size());
        for (EventSummary e : page) {
            TimeValue t = e.time();
            rows.varint(strings.indexOf(e.id())).varint(strings.indexOf(e.label()))
                    .varint(strings.indexOf(e.place())).varint(strings.indexOf(e.category().name()))
                    .signedVarint(Math.toIntExact(t.start().toEpochDay()))
                    .varint(Math.toIntExact(t.end().toEpochDay() - t.start().toEpochDay()))
                    .varint(strings.indexOf(t.granularity().name()))
                    .varint(t.startTime() == null ? 0 : 1 + t.startTime().toSecondOfDay() / 60)
                    .varint(t.endTime() == null ? 0 : 1 + t.endTime().toSecondOfDay() / 60)
                    .varint(strings.indexOf(t.openness().name()))
                    .varint(e.actorKeys().size());
            e.actorKeys().forEach(key -> rows.varint(strings.indexOf(key)));
            rows.varint(e.expressions().size());
            e.expressions().forEach(x -> rows.varint(strings.indexOf(x)));
            rows.varint(e.sources().size());
            e.sources().forEach(p -> rows.varint(Math.toIntExact(p.documentId())).varint(p.paragraph()));
            rows.bool(e.background());
        }
        ByteWriter all = new ByteWriter(rows.size() + 40 * strings.size()).varint(strings.size());
        strings.inOrder().forEach(all::string);
        byte[] body = rows.toByteArray();
        return all.write(body, 0, body.length).framed(FORMAT);
    }

    static List<EventSummary> decode(byte[] page) {
        try {
            ByteReader in = ByteReader.framed(page, FORMAT);
            String[] strings = new String[in.varint()];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = in.string();
            }
            Rows rows = new Rows(in, strings.length, i -> strings[i]);
            int count = in.varint();
            List<EventSummary> out = new ArrayList<>(Math.min(count, PAGE_SIZE));
            for (int i = 0; i < count; i++) {
                String id = rows.string();
                String label = rows.string();
                String place = rows.string();
                EventCategory category = rows.category();
                TimeValue time = rows.time();
                String[] keys = rows.strings();
                String[] expressions = rows.strings();
                SourceParagraph[] sources = new SourceParagraph[in.varint()];
                for (int p = 0; p < sources.length; p++) {
                    sources[p] = new SourceParagraph(in.varint(), in.varint());
                }
                out.add(new EventSummary(id, time, label, category, small(keys), place, small(expressions), small(sources),
                        in.bool()));
            }
            in.requireEnd();
            return out;
        } catch (MalformedBytesException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new UnreadablePages("an event summary page is unreadable (" + e.getMessage() + ")", e);
        }
    }

    static List<EventOutline> decodeOutlines(byte[] page) {
        try {
            ByteReader in = ByteReader.framed(page, FORMAT);
            int[] at = new int[in.varint()];
            for (int i = 0; i < at.length; i++) {
                at[i] = in.position();
                in.skipString();
            }
            String[] strings = new String[at.length];
            Rows rows = new Rows(in, at.length, i -> strings[i] != null ? strings[i] : (strings[i] = in.stringAt(at[i])));
            int count = in.varint();
            List<EventOutline> out = new ArrayList<>(Math.min(count, PAGE_SIZE));
            for (int i = 0; i < count; i++) {
                rows.skipString();
                String label = rows.string();
                String place = rows.string();
                EventCategory category = rows.category();
                TimeValue time = rows.time();
                String[] keys = rows.strings();
                for (int x = in.varint(); x > 0; x--) {
                    rows.skipString();
                }
                int sources = in.varint();
                for (int p = 0; p < sources; p++) {
                    in.varint();
                    in.varint();
                }
                out.add(new EventOutline(time, label, category, small(keys), place, sources, in.bool()));
            }
            in.requireEnd();
            return out;
        } catch (MalformedBytesException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new UnreadablePages("an event summary page is unreadable (" + e.getMessage() + ")", e);
        }
    }

    /** The fields of a page's rows that its table of strings and the row before help to read. */
    private static final class Rows {
        private final ByteReader in;
        private final int tableSize;
        private final IntFunction<String> table;
        private final EventCategory[] categories;
        private TimeValue last;
        private int lastStartDay;
        private int lastDays;
        private int lastGranularity = -1;
        private int lastStartMinute;
        private int lastEndMinute;
        private int lastOpenness = -1;

        Rows(ByteReader in, int tableSize, IntFunction<String> table) {
            this.in = in;
            this.tableSize = tableSize;
            this.table = table;
            this.categories = new EventCategory[tableSize];
        }

        String string() {
            return table.apply(in.index(tableSize));
        }

        void skipString() {
            in.index(tableSize);
        }

        /** A count, then that many strings. */
        String[] strings() {
            String[] values = new String[in.varint()];
            for (int i = 0; i < values.length; i++) {
                values[i] = string();
            }
            return values;
        }

        EventCategory category() {
            int name = in.index(tableSize);
            EventCategory category = categories[name];
            return category != null ? category : (categories[name] = EventCategory.valueOf(table.apply(name)));
        }

        /**
         * Events come in time order, so most have the time value of the one before: it is shared
         * instead of making three objects per event.
         */
        TimeValue time() {
            int startDay = in.signedVarint();
            int days = in.varint();
            int granularity = in.index(tableSize);
            int startMinute = in.varint();
            int endMinute = in.varint();
            int openness = in.index(tableSize);
            if (last == null || startDay != lastStartDay || days != lastDays || granularity != lastGranularity
                    || startMinute != lastStartMinute || endMinute != lastEndMinute || openness != lastOpenness) {
                LocalDate start = LocalDate.ofEpochDay(startDay);
                last = new TimeValue(start, start.plusDays(days), Granularity.valueOf(table.apply(granularity)),
                        minute(startMinute), minute(endMinute), TimeValue.Openness.valueOf(table.apply(openness)));
                lastStartDay = startDay;
                lastDays = days;
                lastGranularity = granularity;
                lastStartMinute = startMinute;
                lastEndMinute = endMinute;
                lastOpenness = openness;
            }
            return last;
        }
    }

    /** An immutable list without a copy of the array for the usual one or two elements. */
    private static <T> List<T> small(T[] values) {
        return switch (values.length) {
            case 0 -> List.of();
            case 1 -> List.of(values[0]);
            case 2 -> List.of(values[0], values[1]);
            default -> List.of(values);
        };
    }

    /** Pages written by another version or damaged: {@code ProjectDatabase} writes them again from the event rows. */
    static final class UnreadablePages extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadablePages(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static LocalTime minute(int stored) {
        return stored == 0 ? null : LocalTime.ofSecondOfDay((stored - 1) * 60L);
    }
}
