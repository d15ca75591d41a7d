package app.nenpyo.store;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorAlias;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.SourceParagraph;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.LongFunction;

/**
 * Writes and reads the events of a project. Events are derived data: the whole set is replaced
 * in one transaction whenever the documents or their dates change (writing only what changed), so
 * readers never see half of an update. A source names its document by content hash in memory and by row id on disk.
 */
final class EventTables {

    private EventTables() {
    }

    /** Documents or their dates changed in this transaction: the stored events are out of date. */
    static void markStale(Connection c) throws SQLException {
        setStale(c, true);
    }

    static boolean isStale(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT stale FROM derived_state WHERE name = 'events'")) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    private static void setStale(Connection c, boolean stale) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE derived_state SET stale = " + (stale ? 1 : 0) + " WHERE name = 'events'");
        }
    }

    /**
     * Makes the stored events exactly {@code events}, writing only the difference: an event whose
     * id and content ({@link EventFingerprint}) are already stored is left alone, the others are
     * deleted and inserted, actors are added or updated as they changed and dropped when no event
     * names them any more. A rebuild that changes nothing writes nothing but the stale flag.
     */
    static void replaceAll(Connection c, List<Event> events) throws SQLException {
        Replacement replacement = new Replacement(c);
        replacement.add(events);
        replacement.finish();
    }

    /**
     * {@link #replaceAll} for events that come a window of time at a time, in time order (each
     * window's events start no earlier than the previous window's): each window is written as it
     * comes, so the events of the whole project are never in memory at once. With nothing kept,
     * what is held until {@link #finish} is the actors and a bit per stored event
     * ({@link StoredEvents}), and the summary pages are written as they fill up
     * ({@link StreamedPages}); with some events kept, the ids of the new events and their summaries.
     */
    static final class Replacement {
        private final Connection c;
        private final Kept kept;
        /** With nothing kept: every stored event, looked up a window at a time; null when some events are kept. */
        private final StoredEvents whole;
        /** With nothing kept: the pages, written as they fill up; null when some events are kept. */
        private final StreamedPages streamed;
        /** With events kept: the fingerprints of the stored events of the replaced days, by id. */
        private final Map<String, String> stored;
        private final Map<String, Long> documentIds;
        /** With events kept: the ids given. */
        private final Set<String> wanted = new HashSet<>();
        private final Map<String, Actor> actors = new LinkedHashMap<>();
        private final List<EventSummaryPages.Page> pages = new ArrayList<>();
        /** The pages to rewrite in part when some events are kept; null when every page is read and written. */
        private final PageSplice splice;
        private final List<EventSummary> partPage = new ArrayList<>();
        /** With events kept: the summaries of the new events, in order, merged with the kept ones at the end. */
        private final List<EventSummary> fresh = new ArrayList<>();
        private EventSummary lastSummary;
        private boolean changed;
        /** The number the next event inserted gets: events are numbered in the order they are written. */
        private long nextNumber;
        private final EventOverrides overrides;

        Replacement(Connection c) throws SQLException {
            this(c, Kept.NONE);
        }

        /** Replaces only the events starting on the days {@code kept} does not keep. */
        Replacement(Connection c, Kept kept) throws SQLException {
            this.c = c;
            this.kept = kept;
            if (kept != Kept.NONE && !EventSummaryPages.written(c)) {
                throw new WholeMergeNeeded("the stored events have no summary pages to keep them from", null);
            }
            setStale(c, false);
            try {
                splice = kept == Kept.NONE ? null : PageSplice.of(c, kept).orElse(null);
            } catch (EventSummaryPages.UnreadablePages e) {
                throw new WholeMergeNeeded("the kept events' summary pages are unreadable (" + e.getMessage() + ")", e);
            }
            if (kept == Kept.NONE) {
                whole = StoredEvents.read(c);
                streamed = new StreamedPages(c);
                stored = Map.of();
            } else {
                whole = null;
                streamed = null;
                Optional<Map<String, String>> looked = splice != null ? splice.replacedFingerprints() : Optional.empty();
                stored = looked.isPresent() ? looked.get() : fingerprints(c, kept);
            }
            documentIds = documentIdsByHash(c);
            nextNumber = nextEventNumber(c);
            overrides = EventOverrides.read(c);
        }

        void add(List<Event> merged) throws SQLException {
            // the analyst's decisions first: what is fingerprinted and written is the event as decided
            List<Event> events = merged.stream().map(overrides::applyTo).toList();
            String[] fingerprints = events.parallelStream().map(EventFingerprint::of).toArray(String[]::new);
            List<Fingerprinted> toInsert = new ArrayList<>();
            List<String> replaced = new ArrayList<>();
            List<Long> replacedNumbers = new ArrayList<>();
            Set<String> window = new HashSet<>();
            Map<String, StoredEvents.Row> before = whole == null ? Map.of()
                    : whole.given(c, events.stream().map(Event::id).toList());
            for (int i = 0; i < fingerprints.length; i++) {
                Event e = events.get(i);
                if (kept.keeps(e.time().start())) {
                    throw new IllegalArgumentException("event " + e.id() + " starts on a day whose events are kept");
                }
                if (!(whole == null ? wanted : window).add(e.id())) {
                    throw new IllegalArgumentException("event " + e.id() + " given twice");
                }
                e.actors().forEach(a -> actors.putIfAbsent(a.key(), a));
                StoredEvents.Row row = before.get(e.id());
                String fingerprint = whole == null ? stored.get(e.id()) : row == null ? null : row.fingerprint();
                if (!fingerprints[i].equals(fingerprint)) {
                    toInsert.add(new Fingerprinted(e, fingerprints[i]));
                    if (row != null) {
                        replacedNumbers.add(row.number());
                    } else if (fingerprint != null) {
                        replaced.add(e.id());
                    }
                }
            }
            // the summary pages are encoded on another core while SQLite stores the rows on this one
            CompletableFuture<List<EventSummary>> summaries = CompletableFuture.supplyAsync(() -> summaries(documentIds, events));
            delete(c, replaced);
            deleteNumbers(c, replacedNumbers);
            nextNumber = insert(c, toInsert, documentIds, nextNumber);
            changed |= !toInsert.isEmpty();
            page(joined(summaries));
        }

        private void page(List<EventSummary> ordered) throws SQLException {
            if (!ordered.isEmpty() && lastSummary != null && EventSummaryPages.ORDER.compare(ordered.get(0), lastSummary) < 0) {
                throw new IllegalArgumentException("events must come in time order, window after window: "
                        + ordered.get(0).id() + " comes after " + lastSummary.id());
            }
            for (EventSummary summary : ordered) {
                lastSummary = summary;
                if (streamed != null) {
                    streamed.add(summary);
                } else {
                    fresh.add(summary);
                }
            }
        }

        void finish() throws SQLException {
            if (whole != null) {
                whole.deleteGone(c);
                // every stored event is now one of those given: their actors are exactly the ones named
                writeActors(c, actors);
                streamed.finish();
                return;
            }
            List<String> gone = stored.keySet().stream().filter(id -> !wanted.contains(id)).toList();
            delete(c, gone);
            boolean rewrite = changed || !gone.isEmpty() || !EventSummaryPages.written(c);
            if (splice != null) {
                splice.keptActorKeys().forEach(key -> actors.computeIfAbsent(key, kept::actor));
                writeActors(c, actors);
                if (rewrite) {
                    try {
                        splice.write(fresh);
                    } catch (EventSummaryPages.UnreadablePages e) {
                        throw new WholeMergeNeeded("the kept events' summary pages are unreadable (" + e.getMessage() + ")", e);
                    }
                }
                return;
            }
            // the kept events' summaries, from the pages as they were, merged with the new ones
            keepSummaries(rewrite);
            // every stored event is now one of those given or kept: their actors are exactly the ones named
            writeActors(c, actors);
            if (rewrite) {
                pages.addAll(EventSummaryPages.pages(partPage));
                EventSummaryPages.writePages(c, pages);
            }
        }

        private void keepSummaries(boolean rewrite) throws SQLException {
            int[] next = {0};
            Consumer<List<EventSummary>> keep = page -> {
                for (EventSummary summary : page) {
                    if (!kept.keeps(summary.time().start())) {
                        continue;
                    }
                    for (String key : summary.actorKeys()) {
                        actors.computeIfAbsent(key, kept::actor);
                    }
                    if (rewrite) {
                        while (next[0] < fresh.size() && EventSummaryPages.ORDER.compare(fresh.get(next[0]), summary) < 0) {
                            paged(fresh.get(next[0]++));
                        }
                        paged(summary);
                    }
                }
            };
            try {
                EventSummaryPages.forEach(c, keep);
            } catch (EventSummaryPages.UnreadablePages e) {
                throw new WholeMergeNeeded("the kept events' summary pages are unreadable (" + e.getMessage() + ")", e);
            }
            while (rewrite && next[0] < fresh.size()) {
                paged(fresh.get(next[0]++));
            }
        }

        private void paged(EventSummary summary) {
            partPage.add(summary);
            if (partPage.size() == EventSummaryPages.PAGE_SIZE) {
                pages.addAll(EventSummaryPages.pages(partPage));
                partPage.clear();
            }
        }
    }

    /**
     * The events a replacement keeps: those starting on the days it does not replace, with the
     * actors they name as the merge now resolves them (their aliases may have grown).
     */
    record Kept(IntPredicate replacedDay, Function<String, Actor> actorOfKey) {

        /** Nothing kept: every event replaced. */
        static final Kept NONE = new Kept(day -> true, key -> null);

        boolean keeps(LocalDate start) {
            return !replaces(Math.toIntExact(start.toEpochDay()));
        }

        boolean replaces(int epochDay) {
            return replacedDay.test(epochDay);
        }

        Actor actor(String key) {
            Actor actor = actorOfKey.apply(key);
            if (actor == null) {
                throw new IllegalStateException("a kept event names actor " + key + ", which the merge does not know");
            }
            return actor;
        }
    }

    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Writes the summary pages again from the event rows (pages of another format, or damaged). */
    static void rewritePages(Connection c) throws SQLException {
        EventSummaryPages.write(c, summaries(documentIdsByHash(c), all(c)));
    }

    private static List<EventSummary> summaries(Map<String, Long> documentIds, List<Event> events) {
        List<EventSummary> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Set<String> expressions = new LinkedHashSet<>();
            List<SourceParagraph> sources = new ArrayList<>(e.sources().size());
            for (EventSource s : e.sources()) {
                expressions.add(s.expressionText());
                long document = s.documentId().isPresent() ? s.documentId().getAsLong() : documentIds.get(s.documentKey());
                sources.add(new SourceParagraph(document, s.paragraph()));
            }
            out.add(new EventSummary(e.id(), e.time(), e.label(), e.category(), e.actors().stream().map(Actor::key).toList(),
                    e.place(), List.copyOf(expressions), sources, e.background()));
        }
        out.sort(EventSummaryPages.ORDER);
        return out;
    }

    /**
     * The fingerprint of every stored event a replacement does not keep, by id. The ids and
     * fingerprints of kept events are not even read: a day merged into a project of 436,000 events
     * read them all (0.3–0.6 s; 0.2 s now).
     */
    private static Map<String, String> fingerprints(Connection c, Kept kept) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT start_date, id, fingerprint FROM events")) {
            while (rs.next()) {
                if (kept.replaces(epochDay(rs.getString(1)))) {
                    out.put(rs.getString(2), rs.getString(3));
                }
            }
        }
        return out;
    }

    /** The epoch day of a stored date ({@code 2022-01-10}), read without a formatter: a merge reads one per stored event. */
    static int epochDay(String isoDate) {
        if (isoDate.length() == 10 && isoDate.charAt(4) == '-' && isoDate.charAt(7) == '-' && asciiDigits(isoDate)) {
            return Math.toIntExact(LocalDate.of(Integer.parseInt(isoDate, 0, 4, 10), Integer.parseInt(isoDate, 5, 7, 10),
                    Integer.parseInt(isoDate, 8, 10, 10)).toEpochDay());
        }
        return Math.toIntExact(LocalDate.parse(isoDate).toEpochDay());
    }

    /** A stored date ({@code 2022-01-10}), read as {@link #epochDay} reads it. */
    static LocalDate day(String isoDate) {
        return LocalDate.ofEpochDay(epochDay(isoDate));
    }

    /** Whether the characters of a {@code 2022-01-10} date but its dashes are ASCII digits (no sign, no full-width digit). */
    private static boolean asciiDigits(String isoDate) {
        for (int i = 0; i < isoDate.length(); i++) {
            char ch = isoDate.charAt(i);
            if (i != 4 && i != 7 && (ch < '0' || ch > '9')) {
                return false;
            }
        }
        return true;
    }

    private static void delete(Connection c, List<String> ids) throws SQLException {
        deleteEvents(c, ids, NUMBER_OF_ID, "id");
    }

    /** Deletes the events of these numbers with their sources and actor links. */
    static void deleteNumbers(Connection c, List<Long> numbers) throws SQLException {
        deleteEvents(c, numbers, "?", "number");
    }

    /**
     * Deletes events with their sources and actor links (written without cascades), each named by
     * a key: {@code numberOfKey} gives its number from the statement's parameter, and
     * {@code keyColumn} is the column of {@code events} that holds the key.
     */
    private static void deleteEvents(Connection c, List<?> keys, String numberOfKey, String keyColumn) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement sources = c.prepareStatement("DELETE FROM event_sources WHERE event = " + numberOfKey);
             PreparedStatement links = c.prepareStatement("DELETE FROM event_actors WHERE event = " + numberOfKey);
             PreparedStatement events = c.prepareStatement("DELETE FROM events WHERE " + keyColumn + " = ?")) {
            for (Object key : keys) {
                for (PreparedStatement ps : List.of(sources, links, events)) {
                    ps.setObject(1, key);
                    ps.addBatch();
                }
            }
            sources.executeBatch();
            links.executeBatch();
            events.executeBatch();
        }
    }

    /** The number of the event with the id given as the statement's parameter. */
    private static final String NUMBER_OF_ID = "(SELECT number FROM events WHERE id = ?)";

    /** The number after the highest stored (numbers are never reused while the event holding one is stored). */
    private static long nextEventNumber(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(number), 0) + 1 FROM events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An event with its {@link EventFingerprint}, computed once. */
    private record Fingerprinted(Event event, String fingerprint) {
    }

    /**
     * Inserts the events numbered from {@code number} on, in their order, and returns the number
     * after the last: rows are appended where the last ones ended instead of spread over the tables.
     */
    private static long insert(Connection c, List<Fingerprinted> events, Map<String, Long> documentIds, long number)
            throws SQLException {
        long next = number;
        try (PreparedStatement event = c.prepareStatement("""
                INSERT INTO events (id, start_date, end_date, start_time, end_time, granularity, openness, label,
                                    place, category, background, merge_reasons, fingerprint, number)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement link = c.prepareStatement("INSERT INTO event_actors (event, position, actor) VALUES (?, ?, ?)");
             PreparedStatement source = c.prepareStatement("""
                     INSERT INTO event_sources (event, position, id, document, paragraph, sentence_start, sentence_end,
                                                clause_start, clause_end, expression_start, expression_end,
                                                expression_text, background)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int batched = 0;
            for (Fingerprinted f : events) {
                if (batched++ == EVENTS_PER_BATCH) {
                    executeBatches(event, link, source);
                    batched = 1;
                }
                bind(event, link, source, f, next++, documentIds);
            }
            executeBatches(event, link, source);
        }
        return next;
    }

    /** Adds one event, numbered {@code eventNumber}, with its actor links and sources to the statements' batches. */
    private static void bind(PreparedStatement event, PreparedStatement link, PreparedStatement source, Fingerprinted f,
                             long eventNumber, Map<String, Long> documentIds) throws SQLException {
        Event e = f.event();
        TimeValue t = e.time();
        event.setString(1, e.id());
        event.setString(2, t.start().toString());
        event.setString(3, t.end().toString());
        setTime(event, 4, t.startTime());
        setTime(event, 5, t.endTime());
        event.setString(6, t.granularity().name());
        event.setString(7, t.openness().name());
        event.setString(8, e.label());
        event.setString(9, e.place());
        event.setString(10, e.category().name());
        event.setInt(11, e.background() ? 1 : 0);
        event.setString(12, String.join("\n", e.mergeReasons()));
        event.setString(13, f.fingerprint());
        event.setLong(14, eventNumber);
        for (int i = 0; i < e.actors().size(); i++) {
            link.setLong(1, eventNumber);
            link.setInt(2, i);
            link.setString(3, e.actors().get(i).key());
            link.addBatch();
        }
        for (int i = 0; i < e.sources().size(); i++) {
            EventSource src = e.sources().get(i);
            Long document = src.documentId().isPresent() ? Long.valueOf(src.documentId().getAsLong())
                    : documentIds.get(src.documentKey());
            if (document == null) {
                throw new IllegalArgumentException("event " + e.id() + " cites a document that is not stored: " + src.documentKey());
            }
            source.setLong(1, eventNumber);
            source.setInt(2, i);
            source.setString(3, src.sourceId());
            source.setLong(4, document);
            source.setInt(5, src.paragraph());
            source.setInt(6, src.sentence().start());
            source.setInt(7, src.sentence().end());
            source.setInt(8, src.clause().start());
            source.setInt(9, src.clause().end());
            source.setInt(10, src.expression().start());
            source.setInt(11, src.expression().end());
            source.setString(12, src.expressionText());
            source.setString(13, src.background());
            source.addBatch();
        }
        event.addBatch();
    }

    /**
     * Events written per round of batches: the driver keeps every parameter of a batch until it
     * runs, and a hundred thousand events with their sources and actor links held about a hundred
     * megabytes that way.
     */
    private static final int EVENTS_PER_BATCH = 4096;

    private static void executeBatches(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    /**
     * Makes the stored actors exactly {@code wanted}: adds those not stored yet, rewrites those
     * whose name, title, country or aliases changed, deletes the others with their aliases
     * (written without foreign-key checks, ProjectDatabase#replaceEvents: nothing cascades).
     */
    private static void writeActors(Connection c, Map<String, Actor> wanted) throws SQLException {
        Map<String, Actor> stored = actors(c);
        try (PreparedStatement actor = c.prepareStatement("DELETE FROM actors WHERE key = ?");
             PreparedStatement aliases = c.prepareStatement("DELETE FROM actor_aliases WHERE actor = ?")) {
            for (String key : stored.keySet()) {
                if (!wanted.containsKey(key)) {
                    actor.setString(1, key);
                    actor.addBatch();
                    aliases.setString(1, key);
                    aliases.addBatch();
                }
            }
            actor.executeBatch();
            aliases.executeBatch();
        }
        try (PreparedStatement actor = c.prepareStatement("""
                INSERT INTO actors (key, name, kind, title, country) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET name = excluded.name, kind = excluded.kind, title = excluded.title,
                                                country = excluded.country""");
             PreparedStatement dropAliases = c.prepareStatement("DELETE FROM actor_aliases WHERE actor = ?");
             PreparedStatement alias = c.prepareStatement("INSERT INTO actor_aliases (actor, position, surface, reason) VALUES (?, ?, ?, ?)")) {
            for (Actor a : wanted.values()) {
                if (a.equals(stored.get(a.key()))) {
                    continue;
                }
                actor.setString(1, a.key());
                actor.setString(2, a.name());
                actor.setString(3, a.kind().name());
                actor.setString(4, a.title());
                actor.setString(5, a.country());
                actor.addBatch();
                dropAliases.setString(1, a.key());
                dropAliases.addBatch();
                for (int i = 0; i < a.aliases().size(); i++) {
                    alias.setString(1, a.key());
                    alias.setInt(2, i);
                    alias.setString(3, a.aliases().get(i).surface());
                    alias.setString(4, a.aliases().get(i).reason());
                    alias.addBatch();
                }
            }
            actor.executeBatch();
            dropAliases.executeBatch();
            alias.executeBatch();
        }
    }

    /** Every event, by start date then id, with its actors and its sources in their stored order. */
    static List<Event> all(Connection c) throws SQLException {
        // every row read in one pass per table: a quarter faster than by chunks, for callers that keep them all anyway
        Map<Long, String> hashes = new HashMap<>();
        documentIdsByHash(c).forEach((hash, id) -> hashes.put(id, hash));
        Map<String, Actor> actors = actors(c);
        Map<Long, List<Actor>> actorsOf;
        Map<Long, List<EventSource>> sourcesOf;
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT event, actor FROM event_actors ORDER BY event, position")) {
                actorsOf = actorsByEvent(rs, actors);
            }
            try (ResultSet rs = s.executeQuery("SELECT event, " + SOURCE_COLUMNS + " FROM event_sources ORDER BY event, position")) {
                sourcesOf = sourcesByEvent(rs, hashes);
            }
        }
        List<Event> events = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + EVENT_COLUMNS + ", number FROM events ORDER BY start_date, end_date, id")) {
            while (rs.next()) {
                long number = rs.getLong(13);
                events.add(event(rs, actorsOf.getOrDefault(number, List.of()), sourcesOf.getOrDefault(number, List.of())));
            }
        }
        return events;
    }

    /** Events read at once by {@link #forEach}: few enough to bind as parameters, enough to read quickly. */
    private static final int CHUNK = 500;

    /** The places of a chunk's keys in an IN clause: {@code (?, ?, …)}, {@value #CHUNK} of them. */
    private static final String CHUNK_PLACES = "(" + String.join(", ", Collections.nCopies(CHUNK, "?")) + ")";

    /** Binds the key at this index of the keys read to this parameter. */
    @FunctionalInterface
    private interface KeyBinder {
        void bind(int parameter, int index) throws SQLException;
    }

    /**
     * Binds the {@link #CHUNK_PLACES} of the chunk starting at key {@code from} of {@code size}:
     * one statement serves every chunk, so the last one repeats its first key in the places it does
     * not fill (the rows it reads twice are the same rows).
     */
    private static void bindChunk(int from, int size, KeyBinder key) throws SQLException {
        int to = Math.min(size, from + CHUNK);
        for (int k = 0; k < CHUNK; k++) {
            key.bind(k + 1, from + k < to ? from + k : from);
        }
    }

    /**
     * Every event as {@link #all} orders it, handed out one by one and read {@value #CHUNK} at a
     * time, so a printer of a million events holds a chunk, not the project: the events' numbers in
     * that order first (8 bytes an event), then each chunk's rows by number.
     */
    static void forEach(Connection c, Consumer<Event> out) throws SQLException {
        long[] numbers = new long[1024];
        int count = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT number FROM events ORDER BY start_date, end_date, id")) {
            while (rs.next()) {
                if (count == numbers.length) {
                    numbers = Arrays.copyOf(numbers, count * 2);
                }
                numbers[count++] = rs.getLong(1);
            }
        }
        forEachNumbered(c, Arrays.copyOf(numbers, count), out);
    }

    /**
     * Up to this many events are read one by one ({@link #one}): a chunk's reading starts with every
     * actor and document (tens of milliseconds in a project of ten thousand posts, as much as reading
     * fifty events alone).
     */
    private static final int ONE_BY_ONE = 50;

    /**
     * The events with these ids, in the order given, an id no longer stored skipped: a few one by
     * one, more as {@link #forEach} reads them ({@value #CHUNK} at a time). An export of a few events
     * of a large project reads those, not the project.
     */
    static void forEachOf(Connection c, List<String> ids, Consumer<Event> out) throws SQLException {
        if (ids.size() <= ONE_BY_ONE) {
            for (String id : ids) {
                one(c, id).ifPresent(out);
            }
            return;
        }
        Map<String, Long> numberOf = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, number FROM events WHERE id IN " + CHUNK_PLACES)) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                bindChunk(from, ids.size(), (parameter, index) -> ps.setString(parameter, ids.get(index)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        numberOf.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        forEachNumbered(c, ids.stream().map(numberOf::get).filter(Objects::nonNull).mapToLong(Long::longValue).toArray(), out);
    }

    /** The events of these numbers, in their order, read {@value #CHUNK} at a time. */
    private static void forEachNumbered(Connection c, long[] numbers, Consumer<Event> out) throws SQLException {
        if (numbers.length == 0) {
            return;
        }
        Map<Long, String> hashes = new HashMap<>();
        documentIdsByHash(c).forEach((hash, id) -> hashes.put(id, hash));
        Map<String, Actor> actors = actors(c);
        int count = numbers.length;
        try (PreparedStatement actorRows = c.prepareStatement(
                "SELECT event, actor FROM event_actors WHERE event IN " + CHUNK_PLACES + " ORDER BY event, position");
             PreparedStatement sourceRows = c.prepareStatement(
                     "SELECT event, " + SOURCE_COLUMNS + " FROM event_sources WHERE event IN " + CHUNK_PLACES + " ORDER BY event, position");
             PreparedStatement eventRows = c.prepareStatement(
                     "SELECT " + EVENT_COLUMNS + ", number FROM events WHERE number IN " + CHUNK_PLACES)) {
            for (int from = 0; from < count; from += CHUNK) {
                int to = Math.min(count, from + CHUNK);
                for (PreparedStatement ps : List.of(actorRows, sourceRows, eventRows)) {
                    bindChunk(from, count, (parameter, index) -> ps.setLong(parameter, numbers[index]));
                }
                Map<Long, List<Actor>> actorsOf;
                try (ResultSet rs = actorRows.executeQuery()) {
                    actorsOf = actorsByEvent(rs, actors);
                }
                Map<Long, List<EventSource>> sourcesOf;
                try (ResultSet rs = sourceRows.executeQuery()) {
                    sourcesOf = sourcesByEvent(rs, hashes);
                }
                Map<Long, Event> chunk = new HashMap<>();
                try (ResultSet rs = eventRows.executeQuery()) {
                    while (rs.next()) {
                        long number = rs.getLong(13);
                        chunk.put(number, event(rs, actorsOf.getOrDefault(number, List.of()), sourcesOf.getOrDefault(number, List.of())));
                    }
                }
                for (int i = from; i < to; i++) {
                    out.accept(chunk.get(numbers[i]));
                }
            }
        }
    }

    /** Rows of (event, actor key) in order, as each event's actors. */
    private static Map<Long, List<Actor>> actorsByEvent(ResultSet rs, Map<String, Actor> actors) throws SQLException {
        Map<Long, List<Actor>> out = new HashMap<>();
        while (rs.next()) {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(actors.get(rs.getString(2)));
        }
        return out;
    }

    /** Rows of (event, {@link #SOURCE_COLUMNS}) in order, as each event's sources. */
    private static Map<Long, List<EventSource>> sourcesByEvent(ResultSet rs, Map<Long, String> hashes) throws SQLException {
        Map<Long, List<EventSource>> out = new HashMap<>();
        while (rs.next()) {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(source(rs, 2, hashes::get));
        }
        return out;
    }

    /** One event by id, with its actors and sources, reading only its own rows (a selection in a large project). */
    static Optional<Event> one(Connection c, String id) throws SQLException {
        List<Actor> actors = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.key, a.name, a.kind, a.title, a.country FROM event_actors ea JOIN actors a ON a.key = ea.actor
                WHERE ea.event = """ + NUMBER_OF_ID + " ORDER BY ea.position");
             PreparedStatement aliases = c.prepareStatement(
                     "SELECT surface, reason FROM actor_aliases WHERE actor = ? ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<ActorAlias> seen = new ArrayList<>();
                    aliases.setString(1, rs.getString(1));
                    try (ResultSet as = aliases.executeQuery()) {
                        while (as.next()) {
                            seen.add(new ActorAlias(as.getString(1), as.getString(2)));
                        }
                    }
                    actors.add(new Actor(rs.getString(1), rs.getString(2), ActorKind.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getString(5), seen));
                }
            }
        }
        List<EventSource> sources = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SOURCE_COLUMNS
                + ", (SELECT content_hash FROM documents WHERE documents.id = document) FROM event_sources WHERE event = "
                + NUMBER_OF_ID + " ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String hash = rs.getString(12);
                    sources.add(source(rs, 1, document -> hash));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(event(rs, actors, sources)) : Optional.empty();
            }
        }
    }

    /** The id of the event holding a report of a document, found through the sources' document index. */
    static Optional<String> eventOfSource(Connection c, long documentId, String sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT e.id FROM event_sources s JOIN events e ON e.number = s.event WHERE s.document = ? AND s.id = ?")) {
            ps.setLong(1, documentId);
            ps.setString(2, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * The ids of the events with a source whose id is in the {@code source_id} column of one of
     * these tables, in the events' order. The sources have no index by id, so this reads them
     * all once, unless the tables are empty.
     */
    static List<String> holdingSources(Connection c, List<String> sourceIdTables) throws SQLException {
        String sourceIds = String.join(" UNION ", sourceIdTables.stream().map(t -> "SELECT source_id FROM " + t).toList());
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT EXISTS (" + sourceIds + ")")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return List.of();
                }
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT e.id FROM events e WHERE e.number IN"
                    + " (SELECT s.event FROM event_sources s WHERE s.id IN (" + sourceIds + ")) ORDER BY e.number")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    private static final String SOURCE_COLUMNS = """
            id, document, paragraph, sentence_start, sentence_end, clause_start, clause_end, expression_start,
            expression_end, expression_text, background""";

    private static final String EVENT_COLUMNS = """
            id, start_date, end_date, start_time, end_time, granularity, openness, label, place, category, background,
            merge_reasons""";

    /** A source from {@link #SOURCE_COLUMNS} starting at column {@code from}. */
    private static EventSource source(ResultSet rs, int from, LongFunction<String> hashOf) throws SQLException {
        long document = rs.getLong(from + 1);
        return new EventSource(hashOf.apply(document), OptionalLong.of(document), rs.getString(from), rs.getInt(from + 2),
                new TextSpan(rs.getInt(from + 3), rs.getInt(from + 4)), new TextSpan(rs.getInt(from + 5), rs.getInt(from + 6)),
                new TextSpan(rs.getInt(from + 7), rs.getInt(from + 8)), rs.getString(from + 9), rs.getString(from + 10));
    }

    /** An event from {@link #EVENT_COLUMNS}. */
    private static Event event(ResultSet rs, List<Actor> actors, List<EventSource> sources) throws SQLException {
        TimeValue time = new TimeValue(day(rs.getString(2)), day(rs.getString(3)),
                Granularity.valueOf(rs.getString(6)), time(rs.getString(4)), time(rs.getString(5)),
                TimeValue.Openness.valueOf(rs.getString(7)));
        String reasons = rs.getString(12);
        return new Event(rs.getString(1), time, rs.getString(8), actors, rs.getString(9),
                EventCategory.valueOf(rs.getString(10)), sources, reasons.isEmpty() ? List.of() : List.of(reasons.split("\n")),
                rs.getInt(11) != 0);
    }

    /** Every actor some event names, by key. */
    static List<Actor> actorList(Connection c) throws SQLException {
        return actors(c).values().stream().sorted(Comparator.comparing(Actor::key)).toList();
    }

    static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Map<String, Actor> actors(Connection c) throws SQLException {
        Map<String, List<ActorAlias>> aliases = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT actor, surface, reason FROM actor_aliases ORDER BY actor, position")) {
            while (rs.next()) {
                aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ActorAlias(rs.getString(2), rs.getString(3)));
            }
        }
        Map<String, Actor> actors = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT key, name, kind, title, country FROM actors")) {
            while (rs.next()) {
                String key = rs.getString(1);
                actors.put(key, new Actor(key, rs.getString(2), ActorKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), aliases.getOrDefault(key, List.of())));
            }
        }
        return actors;
    }

    /** Content hash → row id of every stored document. */
    static Map<String, Long> documentIdsByHash(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT content_hash, id FROM documents")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static void setTime(PreparedStatement statement, int index, LocalTime time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, time.toString());
        }
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }
}
