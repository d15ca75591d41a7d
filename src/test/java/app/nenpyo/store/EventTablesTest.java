package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorAlias;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventOutline;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.SourceParagraph;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventTablesTest {

    /** Stored dates are read back as the day they were written, years before 0 and after 9999 included. */
    @Property(tries = 2000)
    void aStoredDateIsReadBackAsItsEpochDay(@ForAll @IntRange(min = -800_000, max = 3_000_000) int epochDay) {
        assertEquals(epochDay, EventTables.epochDay(LocalDate.ofEpochDay(epochDay).toString()));
    }

    @Test
    void aStoredDateTheGeneralParserRefusesIsRefused() {
        for (String odd : List.of("+999-01-01", "２０２２-01-01", "2022-+1-01", "2022-01-1x", "2022-02-30")) {
            assertThrows(java.time.DateTimeException.class, () -> EventTables.epochDay(odd), odd);
        }
    }

    @TempDir
    Path temp;

    /** The date of the document every event here cites, taken from its file name. */
    private static final DocumentDate JAN_11 = new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.FILE_NAME, "2022-01-11");
    private static final String TEXT = "協議は10日午前10時にジュネーブで始まった。\n\n抗議活動は先週、各地に広がった。";

    private static Actor country(String name, ActorAlias... aliases) {
        return new Actor("country:" + name, name, ActorKind.COUNTRY, "", name, List.of(aliases));
    }

    /** Stores the document of {@link #TEXT} and gives a source in it: its first sentence, dated by 10日. */
    private static EventSource theDocumentsSource(ProjectDatabase db, DocumentDate date) {
        db.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT, date, List.of())));
        return new EventSource(db.documents().get(0).contentHash(), OptionalLong.empty(), "src-1", 1, new TextSpan(0, 24),
                new TextSpan(0, 23), new TextSpan(3, 11), "10日", "");
    }

    /** An event with one source, no place, no merge reasons, in the foreground. */
    private static Event event(String id, TimeValue time, String label, List<Actor> actors, EventCategory category,
                               EventSource source) {
        return new Event(id, time, label, actors, "", category, List.of(source), List.of(), false);
    }

    @Test
    void eventsComeBackExactlyAsStoredAndAReplaceLeavesNoTrace() {
        DocumentDate date = JAN_11;
        try (ProjectDatabase db = ProjectDatabase.open(temp.resolve("p.nenpyo"))) {
            db.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT, date, List.of())));
            String hash = db.documents().get(0).contentHash();
            long id = db.documents().get(0).id();
            Actor russia = country("ロシア", new ActorAlias("露", "gazetteer short form of ロシア"));
            Actor ryabkov = new Actor("person:リヤフコフ", "リャブコフ", ActorKind.PERSON, "外務次官", "ロシア",
                    List.of(new ActorAlias("リャプコフ", "katakana spelling variant")));
            Event talks = new Event("ev-1", new TimeValue(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10), Granularity.DAY,
                    LocalTime.of(10, 0), null, TimeValue.Openness.CLOSED), "米露協議がジュネーブで開始", List.of(ryabkov, russia),
                    "ジュネーブ", EventCategory.MEETING,
                    List.of(new EventSource(hash, OptionalLong.of(id), "src-1", 1, new TextSpan(0, 24), new TextSpan(0, 23), new TextSpan(3, 11), "10日午前10時", "")),
                    List.of("¶3 with ¶1: same day", "second reason"), false);
            Event protests = new Event("ev-2", TimeValue.isoWeekOf(LocalDate.of(2022, 1, 5)), "抗議活動が拡大", List.of(russia), "",
                    EventCategory.PROTEST,
                    List.of(new EventSource(hash, OptionalLong.of(id), "src-2", 2, new TextSpan(26, 42), new TextSpan(26, 42), new TextSpan(31, 33), "先週", "cited survey")),
                    List.of(), true);
            db.replaceEvents(List.of(talks, protests));
            assertEquals(List.of(protests, talks), db.events(), "ordered by start date");
            assertEquals(java.util.Optional.of(talks), db.event("ev-1"), "one event, its actors and sources in order");
            assertEquals(java.util.Optional.empty(), db.event("ev-none"));

            assertEquals(List.of(
                    new EventSummary("ev-2", protests.time(), "抗議活動が拡大", EventCategory.PROTEST, List.of("country:ロシア"), "",
                            List.of("先週"), List.of(new SourceParagraph(id, 2)), true),
                    new EventSummary("ev-1", talks.time(), "米露協議がジュネーブで開始", EventCategory.MEETING,
                            List.of("person:リヤフコフ", "country:ロシア"), "ジュネーブ", List.of("10日午前10時"),
                            List.of(new SourceParagraph(id, 1)), false)),
                    db.eventSummaries(), "the timeline's summaries, in time order");
            assertEquals(outlines(db.eventSummaries()), db.eventOutlines(), "outlines: the summaries, less");

            db.replaceEvents(List.of(talks));
            assertEquals(List.of(talks), db.events());
            assertEquals(1, db.eventCount());
            assertEquals(List.of("ev-1"), db.eventSummaries().stream().map(EventSummary::id).toList());
        }
    }

    @Test
    void aReplaceByDifferenceLeavesExactlyTheNewSetWithItsActors() {
        DocumentDate date = JAN_11;
        Path file = temp.resolve("p.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            db.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT, date, List.of())));
            String hash = db.documents().get(0).contentHash();
            long id = db.documents().get(0).id();
            Actor russia = country("ロシア");
            Actor russiaWithAlias = country("ロシア", new ActorAlias("露", "gazetteer short form of ロシア"));
            Actor usa = country("米国", new ActorAlias("米", "gazetteer short form of 米国"));
            EventSource first = new EventSource(hash, OptionalLong.of(id), "src-1", 1, new TextSpan(0, 24), new TextSpan(0, 23),
                    new TextSpan(3, 11), "10日午前10時", "");
            EventSource second = new EventSource(hash, OptionalLong.of(id), "src-2", 2, new TextSpan(26, 42), new TextSpan(26, 42),
                    new TextSpan(31, 33), "先週", "");
            Event talks = event("ev-1", TimeValue.day(LocalDate.of(2022, 1, 10)), "米露協議が開始", List.of(russia, usa), EventCategory.MEETING, first);
            Event protests = event("ev-2", TimeValue.isoWeekOf(LocalDate.of(2022, 1, 5)), "抗議活動が拡大", List.of(usa), EventCategory.PROTEST, second);
            db.replaceEvents(List.of(talks, protests));

            Event relabelled = new Event("ev-1", TimeValue.day(LocalDate.of(2022, 1, 10)), "米露協議がジュネーブで開始",
                    List.of(russiaWithAlias), "ジュネーブ", EventCategory.MEETING, List.of(first), List.of(), false);
            Event added = event("ev-3", TimeValue.day(LocalDate.of(2022, 1, 9)), "ロシアが表明", List.of(russiaWithAlias), EventCategory.STATEMENT, second);
            db.replaceEvents(List.of(relabelled, added));

            assertEquals(List.of(added, relabelled), db.events(), "changed, added and dropped events, and the new alias");
            assertEquals(1, Sql.scalar(file, "SELECT count(*) FROM actors"), "米国 is named by no event any more");
            assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM actor_aliases WHERE actor = 'country:米国'"),
                    "its aliases go with it (the event tables are written without cascades)");
            assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM pragma_foreign_key_check"), "no dangling reference");

            db.replaceEvents(List.of(relabelled, added));
            assertEquals(List.of(added, relabelled), db.events(), "a rebuild that changes nothing keeps everything");
        }
    }

    @Test
    void eventsWrittenWindowByWindowAreStoredAsIfWrittenAtOnceAndOutOfOrderWindowsAreRefused() {
        DocumentDate date = JAN_11;
        List<Event> first;
        List<Event> second;
        try (ProjectDatabase once = ProjectDatabase.open(temp.resolve("once.nenpyo"));
             ProjectDatabase windows = ProjectDatabase.open(temp.resolve("windows.nenpyo"))) {
            for (ProjectDatabase db : List.of(once, windows)) {
                db.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT, date, List.of())));
            }
            String hash = once.documents().get(0).contentHash();
            Actor russia = country("ロシア");
            Actor usa = country("米国");
            EventSource source = new EventSource(hash, OptionalLong.empty(), "src-1", 1, new TextSpan(0, 24), new TextSpan(0, 23),
                    new TextSpan(3, 11), "10日午前10時", "");
            Event a = event("ev-a", TimeValue.day(LocalDate.of(2022, 1, 8)), "ロシアが表明", List.of(russia), EventCategory.STATEMENT, source);
            Event b = event("ev-b", TimeValue.day(LocalDate.of(2022, 1, 9)), "米国が発表", List.of(usa), EventCategory.ANNOUNCEMENT, source);
            Event c = event("ev-c", TimeValue.day(LocalDate.of(2022, 1, 10)), "米露協議が開始", List.of(russia, usa), EventCategory.MEETING, source);
            Event cRelabelled = new Event("ev-c", TimeValue.day(LocalDate.of(2022, 1, 10)), "米露協議がジュネーブで開始",
                    List.of(russia), "ジュネーブ", EventCategory.MEETING, List.of(source), List.of(), false);

            once.replaceEvents(List.of(a, b, c));
            windows.replaceEvents(w -> {
                w.accept(List.of(a));
                w.accept(List.of(b, c));
            });
            first = windows.events();
            assertEquals(once.events(), first);
            assertEquals(once.eventSummaries(), windows.eventSummaries());
            assertEquals(once.actors(), windows.actors());

            once.replaceEvents(List.of(a, cRelabelled));
            windows.replaceEvents(w -> {
                w.accept(List.of(a));
                w.accept(List.of());
                w.accept(List.of(cRelabelled));
            });
            second = windows.events();
            assertEquals(once.events(), second, "b dropped, c changed");
            assertEquals(once.eventSummaries(), windows.eventSummaries());
            assertEquals(List.of(russia), windows.actors(), "米国 is named by no event any more");

            assertThrows(IllegalArgumentException.class, () -> windows.replaceEvents(w -> {
                w.accept(List.of(cRelabelled));
                w.accept(List.of(a));
            }));
            assertEquals(second, windows.events(), "a refused replacement changes nothing");
        }
        assertEquals(3, first.size());
    }

    /** Events of three and a half pages, four a day from 2020-01-01, each naming one of five countries. */
    private static List<Event> pagesOfEvents(EventSource source) {
        java.util.List<Event> many = new java.util.ArrayList<>();
        for (int i = 0; i < EventSummaryPages.PAGE_SIZE * 7 / 2; i++) {
            many.add(event(String.format("ev-%05d", i), TimeValue.day(LocalDate.of(2020, 1, 1).plusDays(i / 4)), "出来事" + i,
                    List.of(country("国" + i % 5)), EventCategory.OTHER, source));
        }
        return many;
    }

    /** Hands the events over in windows of {@code size}, cut only between days as a merge cuts them. */
    private static java.util.function.Consumer<java.util.function.Consumer<List<Event>>> inWindows(List<Event> events, int size) {
        return windows -> {
            int from = 0;
            while (from < events.size()) {
                int to = Math.min(events.size(), from + size);
                while (to < events.size() && events.get(to).time().start().equals(events.get(to - 1).time().start())) {
                    to++;
                }
                windows.accept(events.subList(from, to));
                from = to;
            }
        };
    }

    @Test
    void aWholeReplacementWindowByWindowWritesOnlyWhatChangedAndDeletesWhatNoWindowGave() {
        DocumentDate date = JAN_11;
        Path file = temp.resolve("windows.nenpyo");
        try (ProjectDatabase once = ProjectDatabase.open(temp.resolve("once.nenpyo"));
             ProjectDatabase windows = ProjectDatabase.open(file)) {
            EventSource source = theDocumentsSource(once, date);
            theDocumentsSource(windows, date);
            List<Event> many = pagesOfEvents(source);
            windows.replaceEvents(inWindows(many, 1000));
            once.replaceEvents(many);
            assertEquals(once.events(), windows.events());
            assertEquals(once.eventSummaries(), windows.eventSummaries());
            List<Long> stamps = Sql.longs(file, "SELECT stamp FROM event_summary_page_spans ORDER BY page");
            assertEquals(4, stamps.size());
            List<Long> numbers = Sql.longs(file, "SELECT number FROM events ORDER BY number");

            windows.replaceEvents(inWindows(many, 777));
            assertEquals(stamps, Sql.longs(file, "SELECT stamp FROM event_summary_page_spans ORDER BY page"),
                    "the same events in other windows: no page written");
            assertEquals(numbers, Sql.longs(file, "SELECT number FROM events ORDER BY number"), "nor any event");

            // the second page's events gone, one event of the first page changed, one added on the last day
            java.util.List<Event> changed = new java.util.ArrayList<>(many);
            changed.subList(EventSummaryPages.PAGE_SIZE, 2 * EventSummaryPages.PAGE_SIZE).clear();
            changed.set(3, event("ev-00003", changed.get(3).time(), "改めた", List.of(country("国9")), EventCategory.OTHER, source));
            changed.add(event("ev-added", changed.get(changed.size() - 1).time(), "追加", List.of(country("国0")), EventCategory.OTHER,
                    source));
            windows.replaceEvents(inWindows(changed, 1000));
            once.replaceEvents(changed);
            assertEquals(once.events(), windows.events());
            assertEquals(once.eventSummaries(), windows.eventSummaries());
            assertEquals(once.actors(), windows.actors(), "国9 added");
            assertEquals(many.size() - EventSummaryPages.PAGE_SIZE + 1, Sql.scalar(file, "SELECT count(*) FROM event_sources"),
                    "the sources of the events gone, deleted with them");
            assertEquals(changed.size(), Sql.scalar(file, "SELECT count(*) FROM event_actors"));
            assertEquals(3, Sql.scalar(file, "SELECT count(*) FROM event_summary_pages"), "the last page deleted");
            assertEquals(3, Sql.scalar(file, "SELECT count(*) FROM event_summary_page_spans"));
            assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM pragma_foreign_key_check"), "no dangling reference");

            List<Event> before = windows.events();
            Event first = changed.get(0);
            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> windows.replaceEvents(w -> {
                w.accept(List.of(first));
                w.accept(List.of(event(first.id(), TimeValue.day(LocalDate.of(2030, 1, 1)), "別の日", List.of(), EventCategory.OTHER,
                        source)));
            }));
            assertTrue(twice.getMessage().contains("given twice"), twice.getMessage());
            assertEquals(before, windows.events(), "a refused replacement changes nothing");
        }
    }

    @Test
    void eventNumbersBeyondAnIntAndAsWideAsTheyComeAreReplacedAsAnyOthers() {
        DocumentDate date = JAN_11;
        for (String shift : List.of("number > 0", "number % 2 = 0")) {
            Path file = temp.resolve("numbers-" + shift.length() + ".nenpyo");
            List<Event> many;
            EventSource source;
            try (ProjectDatabase db = ProjectDatabase.open(file)) {
                source = theDocumentsSource(db, date);
                many = pagesOfEvents(source).subList(0, 40);
                db.replaceEvents(many);
            }
            // numbers past an int: all of them, or every other one (a span of numbers wider than an int)
            String moved = "SELECT number FROM events WHERE " + shift;
            Sql.execute(file, "UPDATE event_sources SET event = event + 3000000000 WHERE event IN (" + moved + ")",
                    "UPDATE event_actors SET event = event + 3000000000 WHERE event IN (" + moved + ")",
                    "UPDATE events SET number = number + 3000000000 WHERE " + shift);
            try (ProjectDatabase db = ProjectDatabase.open(file)) {
                java.util.List<Event> changed = new java.util.ArrayList<>(many.subList(0, 30));
                changed.set(0, event(changed.get(0).id(), changed.get(0).time(), "改めた", List.of(), EventCategory.OTHER, source));
                db.replaceEvents(inWindows(changed, 7));
                assertEquals(changed.stream().map(e -> e.id() + " " + e.label()).toList(),
                        db.events().stream().map(e -> e.id() + " " + e.label()).toList(), shift);
                assertEquals(30, Sql.scalar(file, "SELECT count(*) FROM event_sources"), shift);
                db.replaceEvents(inWindows(changed, 5));
                assertEquals(30, db.eventCount(), shift);
            }
        }
    }

    @Test
    void aSpanLeftWithoutItsPageIsReplacedByTheNextWholeMerge() {
        DocumentDate date = JAN_11;
        Path file = temp.resolve("span.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            EventSource source = theDocumentsSource(db, date);
            List<Event> many = pagesOfEvents(source).subList(0, 10);
            db.replaceEvents(many);
            Sql.execute(file, "DELETE FROM event_summary_pages");
            db.replaceEvents(many.subList(0, 9));
            assertEquals(1, Sql.scalar(file, "SELECT count(*) FROM event_summary_pages"));
            assertEquals(1, Sql.scalar(file, "SELECT count(*) FROM event_summary_page_spans"));
            assertEquals(9, db.eventSummaries().size());
        }
    }

    @Test
    void anEventGivenInTwoWindowsOfAFirstMergeIsRefused() {
        DocumentDate date = JAN_11;
        try (ProjectDatabase db = ProjectDatabase.open(temp.resolve("p.nenpyo"))) {
            EventSource source = theDocumentsSource(db, date);
            Event a = event("ev-a", TimeValue.day(LocalDate.of(2022, 1, 8)), "表明", List.of(), EventCategory.STATEMENT, source);
            Event later = event("ev-a", TimeValue.day(LocalDate.of(2022, 1, 9)), "発表", List.of(), EventCategory.STATEMENT, source);
            assertThrows(RuntimeException.class, () -> db.replaceEvents(w -> {
                w.accept(List.of(a));
                w.accept(List.of(later));
            }));
            assertThrows(IllegalArgumentException.class, () -> db.replaceEvents(w -> w.accept(List.of(a, a))), "twice in a window");
            assertEquals(0, db.eventCount());
        }
    }

    @Test
    void replacingTheEventsOfSomeDaysKeepsTheOthersAndWritesTheirActorsAsTheyAreNow() {
        DocumentDate date = JAN_11;
        try (ProjectDatabase partial = ProjectDatabase.open(temp.resolve("partial.nenpyo"));
             ProjectDatabase whole = ProjectDatabase.open(temp.resolve("whole.nenpyo"))) {
            for (ProjectDatabase db : List.of(partial, whole)) {
                db.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT, date, List.of())));
            }
            String hash = partial.documents().get(0).contentHash();
            Actor russia = country("ロシア");
            Actor usa = country("米国");
            Actor usaNow = country("米国", new ActorAlias("アメリカ", "gazetteer name of 米国"));
            EventSource source = new EventSource(hash, OptionalLong.empty(), "src-1", 1, new TextSpan(0, 24), new TextSpan(0, 23),
                    new TextSpan(3, 11), "10日", "");
            Event a = event("ev-a", TimeValue.day(LocalDate.of(2022, 1, 8)), "ロシアが表明", List.of(russia), EventCategory.STATEMENT, source);
            Event b = event("ev-b", TimeValue.day(LocalDate.of(2022, 1, 9)), "米国が発表", List.of(usa), EventCategory.ANNOUNCEMENT, source);
            Event c = event("ev-c", TimeValue.isoWeekOf(LocalDate.of(2022, 1, 12)), "米露協議が開始", List.of(russia, usa), EventCategory.MEETING, source);
            Event b2 = event("ev-b2", TimeValue.day(LocalDate.of(2022, 1, 9)), "米国が制裁を発表", List.of(usaNow), EventCategory.ANNOUNCEMENT, source);
            Event cNow = new Event(c.id(), c.time(), c.label(), List.of(russia, usaNow), "", c.category(), c.sources(), List.of(), false);
            partial.replaceEvents(List.of(a, b, c));
            whole.replaceEvents(List.of(a, b2, cNow));
            int ninth = (int) LocalDate.of(2022, 1, 9).toEpochDay();
            Map<String, Actor> now = Map.of(russia.key(), russia, usa.key(), usaNow);

            partial.replaceEvents(day -> day == ninth, now::get, MergedState.NONE, windows -> windows.accept(List.of(b2)));

            assertEquals(whole.events(), partial.events(), "a and c kept, b replaced, and the alias of 米国 written for c too");
            assertEquals(whole.actors(), partial.actors());
            assertEquals(whole.eventSummaries(), partial.eventSummaries(), "the pages: kept and new summaries in time order");
            List<Event> before = partial.events();
            assertThrows(IllegalArgumentException.class, () -> partial.replaceEvents(day -> day == ninth, now::get, MergedState.NONE,
                    windows -> windows.accept(List.of(a))), "an event on a day whose events are kept is refused");
            assertEquals(before, partial.events(), "and nothing changes");
        }
    }

    @Test
    void summaryPagesOfAVersion7FileAreDescribedByTheFirstMergeThatWritesThemAndThenOnlyThoseChangedAreWritten() {
        DocumentDate date = JAN_11;
        Path file = temp.resolve("v7.nenpyo");
        EventSource source;
        java.util.List<Event> many = new java.util.ArrayList<>();
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            source = theDocumentsSource(db, date);
            for (int i = 0; i < EventSummaryPages.PAGE_SIZE * 3; i++) {
                many.add(event(String.format("ev-%05d", i), TimeValue.day(LocalDate.of(2020, 1, 1).plusDays(i / 4)), "出来事" + i,
                        List.of(country("国" + i % 5)), EventCategory.OTHER, source));
            }
            db.replaceEvents(many);
        }
        OlderLayouts.downgrade(file, 7);
        String spans = "SELECT count(*) FROM event_summary_page_spans";
        String pages = "SELECT group_concat(page) FROM (SELECT page FROM event_summary_pages ORDER BY page)";
        try (ProjectDatabase db = ProjectDatabase.open(file); ProjectDatabase whole = ProjectDatabase.open(temp.resolve("whole.nenpyo"))) {
            assertEquals(0, Sql.scalar(file, spans), "pages written before migration 8 have no span");
            int day = (int) LocalDate.of(2021, 1, 1).toEpochDay();
            Event added = event("ev-new", TimeValue.day(LocalDate.ofEpochDay(day)), "新しい出来事", List.of(country("国0")),
                    EventCategory.OTHER, source);
            java.util.function.Function<String, Actor> actorOfKey = key -> country(key.substring("country:".length()));
            List<Event> onThatDay = db.events().stream().filter(e -> e.time().start().toEpochDay() == day).toList();
            java.util.List<Event> replacing = new java.util.ArrayList<>(onThatDay);
            replacing.add(added);

            db.replaceEvents(d -> d == day, actorOfKey, MergedState.NONE, windows -> windows.accept(replacing));

            assertEquals(4, Sql.scalar(file, spans), "the merge read every page and wrote them all, 3 full and 1 event, with their spans");
            String numbers = Sql.text(file, pages);
            int dayAfter = day + 1000;
            Event later = event("ev-later", TimeValue.day(LocalDate.ofEpochDay(dayAfter)), "後の出来事", List.of(country("国9")),
                    EventCategory.OTHER, source);
            java.util.List<Event> replacingAfter = new java.util.ArrayList<>(db.events().stream()
                    .filter(e -> e.time().start().toEpochDay() == dayAfter).toList());
            replacingAfter.add(later);
            db.replaceEvents(d -> d == dayAfter, actorOfKey, MergedState.NONE, windows -> windows.accept(replacingAfter));

            String[] kept = numbers.split(",");
            String[] now = Sql.text(file, pages).split(",");
            assertEquals(kept[0], now[0], "the first page, holding neither day, is kept as it was");
            whole.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT, date, List.of())));
            many.addAll(List.of(added, later));
            whole.replaceEvents(many);
            assertEquals(whole.eventSummaries(), db.eventSummaries(), "the summaries of a whole write");
            assertEquals(whole.events(), db.events());
            assertTrue(db.actors().stream().anyMatch(a -> a.key().equals("country:国9")), "the new event's actor");
            assertEquals(6, db.actors().size(), "the kept events' actors, read from the spans, are kept");
        }
    }

    @Test
    void aVersion9FilesEventsAreNumberedInTimeOrderAndKeepTheirSourcesAndActors() {
        DocumentDate date = JAN_11;
        Path file = temp.resolve("v9.nenpyo");
        List<Event> written;
        List<EventSummary> summaries;
        EventSource source;
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            source = theDocumentsSource(db, date);
            java.util.List<Event> many = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                // ids in the opposite order of time: numbering by id would not give time order
                many.add(event(String.format("ev-%05d", 99 - i), TimeValue.day(LocalDate.of(2020, 1, 1).plusDays(i)), "出来事" + i,
                        List.of(country("国" + i % 5), country("国" + (i + 1) % 5)), EventCategory.OTHER, source));
            }
            db.replaceEvents(many);
            written = db.events();
            summaries = db.eventSummaries();
        }
        OlderLayouts.downgrade(file, 9);
        assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM pragma_table_info('events') WHERE name = 'number'"));

        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
            assertEquals(written, db.events(), "every event with its actors and sources, as written");
            assertEquals(java.util.Optional.of(written.get(7)), db.event(written.get(7).id()));
            assertEquals(summaries, db.eventSummaries());
            assertEquals("ok", db.integrityCheck());
            Event later = event("ev-later", TimeValue.day(LocalDate.of(2021, 1, 1)), "後の出来事", List.of(country("国9")),
                    EventCategory.OTHER, source);
            java.util.List<Event> more = new java.util.ArrayList<>(written);
            more.remove(0);
            more.add(later);
            db.replaceEvents(more);
            assertEquals(more.stream().map(Event::id).sorted().toList(), db.events().stream().map(Event::id).sorted().toList());
            Event last = db.events().get(db.events().size() - 1);
            assertEquals(List.of("ev-later", "後の出来事", List.of(country("国9"))), List.of(last.id(), last.label(), last.actors()));
        }
        assertEquals(Sql.text(file, "SELECT group_concat(id) FROM (SELECT id FROM events WHERE id != 'ev-later' ORDER BY start_date)"),
                Sql.text(file, "SELECT group_concat(id) FROM (SELECT id FROM events WHERE id != 'ev-later' ORDER BY number)"),
                "numbered in time order");
        assertEquals(51, Sql.scalar(file, "SELECT number FROM events WHERE id = 'ev-later'"), "a new event after the last number");
        assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM event_actors WHERE event NOT IN (SELECT number FROM events)"),
                "the first event's actor links went with it");
        assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM pragma_foreign_key_check"));
        assertEquals(0, Sql.scalar(file, "SELECT stale FROM derived_state WHERE name = 'events'"), "nothing to merge again");
        assertEquals("events", Sql.text(file, "SELECT \"table\" FROM pragma_foreign_key_list('event_sources') WHERE \"from\" = 'event'"));
    }

    /** The event tables are written without foreign-key checks: the upgrade must not fail on a row they never checked. */
    @Test
    void aVersion9FileWithRowsNamingNothingIsUpgradedAndItsEventsMergedAgain() {
        DocumentDate date = JAN_11;
        Path file = temp.resolve("v9-odd.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            EventSource source = theDocumentsSource(db, date);
            db.replaceEvents(List.of(event("ev-a", TimeValue.day(LocalDate.of(2022, 1, 8)), "ロシアが表明", List.of(country("ロシア")),
                    EventCategory.STATEMENT, source)));
        }
        OlderLayouts.downgrade(file, 9);
        Sql.execute(file, "PRAGMA foreign_keys = OFF",
                "INSERT INTO event_actors (event, position, actor) VALUES ('ev-a', 1, 'country:どこにもない')",
                "INSERT INTO event_actors (event, position, actor) VALUES ('ev-gone', 0, 'country:ロシア')");

        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
        }
        assertEquals("ev-a", Sql.text(file, "SELECT group_concat(id) FROM events"));
        assertEquals(2, Sql.scalar(file, "SELECT count(*) FROM event_actors"), "the link of no event is dropped, the one naming no actor kept until the merge");
        assertEquals(1, Sql.scalar(file, "SELECT stale FROM derived_state WHERE name = 'events'"), "merged again when opened");
        assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM merge_state WHERE name = 'actor_registry'"), "every day of them");
        assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM events WHERE fingerprint != ''"), "every event written again");
        assertEquals(1, Sql.scalar(file, "SELECT count(*) FROM pragma_foreign_key_list('event_actors') WHERE \"table\" = 'events'"));
    }

    @Test
    void summariesReadAgainAfterAMergeOfSomeDaysAreDecodedOnlyForThePagesItWrote() {
        DocumentDate date = JAN_11;
        try (ProjectDatabase db = ProjectDatabase.open(temp.resolve("p.nenpyo"))) {
            EventSource source = theDocumentsSource(db, date);
            java.util.List<Event> many = new java.util.ArrayList<>();
            for (int i = 0; i < EventSummaryPages.PAGE_SIZE * 3; i++) {
                many.add(event(String.format("ev-%05d", i), TimeValue.day(LocalDate.of(2020, 1, 1).plusDays(i / 4)), "出来事" + i,
                        List.of(country("国" + i % 5)), EventCategory.OTHER, source));
            }
            db.replaceEvents(many);
            List<EventSummary> first = db.eventSummaries();
            int lastDay = (int) LocalDate.of(2020, 1, 1).plusDays(many.size() / 4 - 1).toEpochDay();
            Event added = event("ev-added", TimeValue.day(LocalDate.ofEpochDay(lastDay)), "追加", List.of(country("国0")),
                    EventCategory.OTHER, source);
            java.util.List<Event> lastDayEvents = new java.util.ArrayList<>(many.subList(many.size() - 4, many.size()));
            lastDayEvents.add(added);

            db.replaceEvents(d -> d == lastDay, key -> country(key.substring("country:".length())), MergedState.NONE,
                    windows -> windows.accept(lastDayEvents));
            List<EventSummary> second = db.eventSummaries();

            assertEquals(first.size() + 1, second.size());
            assertEquals(first, second.stream().filter(e -> !e.id().equals("ev-added")).toList());
            assertTrue(first.get(0) == second.get(0) && first.get(EventSummaryPages.PAGE_SIZE) == second.get(EventSummaryPages.PAGE_SIZE),
                    "the summaries of the pages not written are those read before, not decoded again");
            assertFalse(first.get(first.size() - 1) == second.get(second.size() - 1), "the page written is read again");

            many.add(added);
            db.replaceEvents(many.stream().map(e -> e.id().equals("ev-00000") ? event(e.id(), e.time(), "改めた", e.actors(),
                    e.category(), source) : e).toList());
            List<EventSummary> third = db.eventSummaries();
            assertEquals("改めた", third.get(0).label(), "a whole write: the changed page read again");
            assertTrue(second.get(EventSummaryPages.PAGE_SIZE) == third.get(EventSummaryPages.PAGE_SIZE),
                    "a whole write leaves a page holding the same bytes as it was, stamp and all");
            assertEquals(second, third.stream().map(e -> e.id().equals("ev-00000") ? second.get(0) : e).toList());
        }
    }

    @Test
    void pagesDescribedByAVersion8FileAreReadWithoutStampsUntilWrittenAgain() {
        DocumentDate date = JAN_11;
        Path file = temp.resolve("v8.nenpyo");
        EventSource source;
        Event a;
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            source = theDocumentsSource(db, date);
            a = event("ev-a", TimeValue.day(LocalDate.of(2022, 1, 8)), "ロシアが表明", List.of(country("ロシア")), EventCategory.STATEMENT, source);
            db.replaceEvents(List.of(a));
        }
        OlderLayouts.downgrade(file, 8);
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(1, Sql.scalar(file, "SELECT count(*) FROM event_summary_page_spans WHERE stamp IS NULL"));
            List<EventSummary> before = db.eventSummaries();
            Event b = event("ev-b", TimeValue.day(LocalDate.of(2022, 1, 9)), "米国が発表", List.of(country("米国")), EventCategory.ANNOUNCEMENT, source);
            int ninth = (int) LocalDate.of(2022, 1, 9).toEpochDay();
            db.replaceEvents(day -> day == ninth, key -> country(key.substring("country:".length())), MergedState.NONE,
                    windows -> windows.accept(List.of(b)));
            assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM event_summary_page_spans WHERE stamp IS NULL"),
                    "the page written again has a stamp");
            assertEquals(List.of("ev-a", "ev-b"), db.eventSummaries().stream().map(EventSummary::id).toList());
            assertEquals(before.get(0), db.eventSummaries().get(0));
        }
    }

    @Test
    void summariesOfManyEventsComeBackInTimeOrderAcrossPages() {
        DocumentDate date = JAN_11;
        try (ProjectDatabase db = ProjectDatabase.open(temp.resolve("p.nenpyo"))) {
            db.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT, date, List.of())));
            String hash = db.documents().get(0).contentHash();
            java.util.List<Event> events = new java.util.ArrayList<>();
            int n = EventSummaryPages.PAGE_SIZE * 2 + 17;
            for (int i = 0; i < n; i++) {
                TimeValue time = i % 7 == 0 ? new TimeValue(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10), Granularity.DAY,
                        LocalTime.of(i % 24, i % 60), null, TimeValue.Openness.OPEN_END) : TimeValue.day(LocalDate.of(2020, 1, 1).plusDays(i % 900));
                List<Actor> actors = i % 3 == 0 ? List.of() : List.of(new Actor("country:国" + i % 11, "国" + i % 11, ActorKind.COUNTRY,
                        "", "国" + i % 11, List.of()));
                events.add(new Event(String.format("ev-%05d", n - i), time, "出来事" + i + "\uD83D", actors, i % 5 == 0 ? "ジュネーブ" : "",
                        EventCategory.values()[i % EventCategory.values().length],
                        List.of(new EventSource(hash, OptionalLong.empty(), "s" + i, 1, new TextSpan(0, 24), new TextSpan(0, 23),
                                new TextSpan(3, 11), "10日", "")), List.of(), i % 13 == 0));
            }
            db.replaceEvents(events);

            List<EventSummary> summaries = db.eventSummaries();
            java.util.List<Event> streamed = new java.util.ArrayList<>();
            db.forEachEvent(e -> {
                streamed.add(e);
                // a read while events are handed out (a printer wanting a document's text) is part of the same read
                assertEquals(TEXT, db.text(db.documents().get(0).id()));
            });
            assertEquals(db.events(), streamed, "one by one, chunk after chunk, as all at once");

            // some of them by id, in the order asked (every third from the end, past a chunk), one no longer stored skipped
            java.util.List<String> wanted = new java.util.ArrayList<>();
            for (int i = streamed.size() - 1; i >= 0; i -= 3) {
                wanted.add(streamed.get(i).id());
            }
            wanted.add(1, "ev-gone");
            java.util.List<Event> some = new java.util.ArrayList<>();
            db.forEachEvent(wanted, some::add);
            assertEquals(wanted.stream().filter(id -> !id.equals("ev-gone")).map(id -> db.event(id).orElseThrow()).toList(), some,
                    "read whole as one at a time, in the order asked");
            assertTrue(wanted.size() > 500, "more than a chunk: " + wanted.size());
            java.util.List<Event> few = new java.util.ArrayList<>();
            db.forEachEvent(wanted.subList(0, 12), few::add);
            assertEquals(some.subList(0, 11), few, "a few read one by one as many are");
            java.util.List<Event> none = new java.util.ArrayList<>();
            db.forEachEvent(List.of(), none::add);
            assertEquals(List.of(), none);

            assertEquals(n, summaries.size());
            assertEquals(outlines(summaries), db.eventOutlines(), "outlines in the same order, page after page");
            for (int i = 1; i < n; i++) {
                assertTrue(EventSummaryPages.ORDER.compare(summaries.get(i - 1), summaries.get(i)) < 0, "in time order at " + i);
            }
            java.util.Map<String, Event> byId = new java.util.HashMap<>();
            events.forEach(e -> byId.put(e.id(), e));
            for (EventSummary s : summaries) {
                Event e = byId.get(s.id());
                assertEquals(e.time(), s.time());
                assertEquals(e.label(), s.label(), "a label cut inside a surrogate pair comes back as it was");
                assertEquals(e.category(), s.category());
            }
        }
    }

    private static List<EventOutline> outlines(List<EventSummary> summaries) {
        return summaries.stream().map(EventOutline::of).toList();
    }

    @Test
    void summaryPagesOfAnotherFormatAreWrittenAgainFromTheEventRows() {
        DocumentDate date = JAN_11;
        Path file = temp.resolve("p.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            db.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT, date, List.of())));
            String hash = db.documents().get(0).contentHash();
            db.replaceEvents(List.of(new Event("ev-1", TimeValue.day(LocalDate.of(2022, 1, 10)), "協議が開始", List.of(), "",
                    EventCategory.MEETING, List.of(new EventSource(hash, OptionalLong.empty(), "s", 1, new TextSpan(0, 24),
                    new TextSpan(0, 23), new TextSpan(3, 11), "10日", "")), List.of(), false)));
            List<EventSummary> before = db.eventSummaries();
            Sql.execute(file, "UPDATE event_summary_pages SET data = x'7f00'");

            assertEquals(before, db.eventSummaries(), "the pages come back from the rows");
            Sql.execute(file, "UPDATE event_summary_pages SET data = x'7f00'");
            assertEquals(outlines(before), db.eventOutlines(), "also when the outlines are read first");
        }
    }

    @Test
    void anEventCitingADocumentThatIsNotStoredIsRefusedAndNothingChanges() {
        try (ProjectDatabase db = ProjectDatabase.open(temp.resolve("p.nenpyo"))) {
            Event orphan = new Event("ev-x", TimeValue.day(LocalDate.of(2022, 1, 10)), "x", List.of(), "", EventCategory.OTHER,
                    List.of(new EventSource("no-such-hash", OptionalLong.empty(), "s", 1, new TextSpan(0, 1), new TextSpan(0, 1), new TextSpan(0, 1), "x", "")),
                    List.of(), false);
            assertThrows(IllegalArgumentException.class, () -> db.replaceEvents(List.of(orphan)));
            assertEquals(0, db.eventCount());
        }
    }

    @Test
    void eventsAreStaleFromAnImportOrADateChangeUntilTheyAreReplaced() {
        DocumentDate date = JAN_11;
        try (ProjectDatabase db = ProjectDatabase.open(temp.resolve("p.nenpyo"))) {
            db.replaceEvents(List.of());
            assertFalse(db.eventsStale(), "an empty project has nothing to rebuild");
            db.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT, date, List.of())));
            assertTrue(db.eventsStale());
            db.replaceEvents(List.of());
            assertFalse(db.eventsStale());
            db.insertAll(List.of(TestDocuments.analyze("again.txt", TEXT, date, List.of())));
            assertFalse(db.eventsStale(), "a duplicate changes nothing");
            db.setDocumentDate(db.documents().get(0).id(), DocumentDate.byUser(LocalDate.of(2022, 2, 1)));
            assertTrue(db.eventsStale());
        }
    }
}
