package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.ingest.DocumentAnalyzer;
import app.nenpyo.temporal.DateFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Merging a window of time at a time must give exactly the events of one merge over every report:
 * the same events, sources, actors, merge reasons, ids and order, whatever the window.
 */
class WindowedMergeTest {

    private static final EventPipeline PIPELINE = new EventPipeline();
    private static final long DAYS_APART = 9;
    private static List<DocumentReports> documents;

    /**
     * The sample post forty times, dated nine days apart: its happenings are reported again and again
     * across documents, in a year's seasons (a merge after an import makes again the seasons of its
     * days, decision 0032).
     */
    @BeforeAll
    static void readCopies() throws Exception {
        String text = Articles.resource("kazakhstan-ukraine-2022-01-11.txt");
        documents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate date = LocalDate.of(2022, 1, 11).plusDays(DAYS_APART * i);
            AnalyzedDocument doc = DocumentAnalyzer.analyze("copy" + i, text + "\n\n" + i, "UTF-8", SourceFormat.TEXT,
                    DocumentDate.byUser(date), "", List.of(), "copy");
            documents.add(PIPELINE.analyse(DocumentInput.of(doc, new DateFinder().find(doc.text(), date,
                    doc.sentences().stream().map(Sentence::span).toList()))));
        }
    }

    @Test
    void everyWindowSizeGivesTheEventsOfOneMergeOverEverything() {
        List<Event> once = new WindowedMerge(Integer.MAX_VALUE).merge(documents);
        int reports = documents.stream().mapToInt(d -> d.reports().size()).sum();
        assertTrue(reports > 400, "enough reports for many windows: " + reports);
        assertTrue(once.stream().anyMatch(e -> e.sources().stream().map(s -> s.documentKey()).distinct().count() > 1),
                "some events merge reports of several documents");

        for (int window : List.of(1, 7, 50, EventPipeline.WINDOW_REPORTS)) {
            assertEquals(once, new WindowedMerge(window).merge(documents), "window of " + window);
        }
        assertEquals(once, PIPELINE.combine(documents));
    }

    @Test
    void mergingOnlyTheDaysOfNewDocumentsGivesWhatAMergeOfEverythingGives() {
        List<Event> everything = new WindowedMerge(50).merge(documents);
        // new documents after the others, and new documents between them in reading order
        for (java.util.function.IntPredicate mergedBefore : List.<java.util.function.IntPredicate>of(i -> i < 30, i -> i < 20 || i > 21)) {
            List<DocumentReports> before = java.util.stream.IntStream.range(0, documents.size()).filter(mergedBefore)
                    .mapToObj(documents::get).toList();
            List<Event> stored = new WindowedMerge(50).merge(before);

            MergePlan plan = new WindowedMerge(50).plan(documents.size(), WindowedMergeTest::actors, mergedBefore, List.of(), null, i -> null, 1);
            List<Event> merged = new ArrayList<>();
            new WindowedMerge(50).merge(plan, WindowedMergeTest::reports, merged::addAll);

            MergeScope scope = plan.scope();
            assertTrue(!scope.all() && scope.days().length > 0, "some days, not all: " + scope);
            assertEquals(onDays(everything, scope, true), merged, "the days merged again: as a merge of everything");
            assertEquals(onDays(everything, scope, false), onDays(stored, scope, false),
                    "the other days: the events stored before are those a merge of everything makes");
            assertTrue(merged.size() < everything.size(), "not everything merged again");
        }
    }

    @Test
    void aCorrectedDateMergesTheDaysTheDocumentReportedOnBeforeAndReportsOnNow() {
        String text = documents.get(10).documentKey();
        Corrected corrected = copy10DatedAsCopy25();
        List<DocumentReports> now = corrected.now();
        DocumentReports redated = now.get(corrected.at());
        int at = corrected.at();
        List<EarlierReading> earlier = corrected.earlier();
        MergePlan plan = new WindowedMerge(50).plan(now.size(),
                indexes -> java.util.Arrays.stream(indexes).mapToObj(i -> DocumentActors.of(now.get(i))).toList(),
                i -> i != at, earlier, null, i -> null, 1);
        List<Event> merged = new ArrayList<>();
        new WindowedMerge(50).merge(plan, (indexes, from, to) -> java.util.Arrays.stream(indexes)
                .mapToObj(i -> WindowReports.of(now.get(i), from, to)).toList(), merged::addAll);

        List<Event> everything = new WindowedMerge(50).merge(now);
        List<Event> stored = new WindowedMerge(50).merge(documents);
        assertTrue(DocumentActors.of(documents.get(10)).reportStartDays().length > 0 && text.equals(redated.documentKey()),
                "the same text, its reports on other days");
        for (int day : DocumentActors.of(documents.get(10)).reportStartDays()) {
            assertTrue(plan.scope().includes(day), "an old day: " + day);
        }
        assertEquals(onDays(everything, plan.scope(), true), merged);
        assertEquals(onDays(everything, plan.scope(), false), onDays(stored, plan.scope(), false));
        assertTrue(merged.size() < everything.size());
    }

    @Test
    void aCorrectedDateTakesTheDocumentOutOfTheStoredRegistryAndReadsOnlyIt() {
        Corrected corrected = copy10DatedAsCopy25();
        List<DocumentReports> now = corrected.now();
        int at = corrected.at();
        List<EarlierReading> earlier = corrected.earlier();
        java.util.function.Function<int[], List<DocumentActors>> actorsNow =
                indexes -> java.util.Arrays.stream(indexes).mapToObj(i -> DocumentActors.of(now.get(i))).toList();
        app.nenpyo.nlp.ActorRegistry stored = new WindowedMerge(50).plan(documents.size(), WindowedMergeTest::actors, i -> false,
                List.of(), null, i -> null, 1).registry();
        AtomicInteger read = new AtomicInteger();

        MergePlan fromStore = new WindowedMerge(50).plan(now.size(), indexes -> {
            read.addAndGet(indexes.length);
            return actorsNow.apply(indexes);
        }, i -> i != at, earlier, app.nenpyo.nlp.ActorRegistry.decode(stored.encode()),
                i -> DocumentActors.of(now.get(i)).days(), 1);
        MergePlan fromReading = new WindowedMerge(50).plan(now.size(), actorsNow, i -> i != at, earlier, null, i -> null, 1);

        assertEquals(1, read.get(), "only the corrected document is read");
        assertEquals(fromReading.scope(), fromStore.scope());
        assertEquals(fromReading.registry().resolve(), fromStore.registry().resolve());
        for (int i = 0; i < now.size(); i++) {
            assertArrayEquals(fromReading.startDays(i), fromStore.startDays(i));
            assertEquals(fromReading.firstOrder(i), fromStore.firstOrder(i));
        }

        MergePlan nothingNew = new WindowedMerge(50).plan(documents.size(), indexes -> {
            throw new AssertionError("nothing to read");
        }, i -> true, List.of(), stored, i -> DocumentActors.of(documents.get(i)).days(), 1);
        assertTrue(nothingNew.scope().isEmpty(), "with nothing new and the registry stored, no document is read");
    }

    /** The documents after a corrected date, the corrected one's index, and how it was read before. */
    private record Corrected(List<DocumentReports> now, int at, List<EarlierReading> earlier) {
    }

    /** Copy 10 was merged dated 2022-01-21; it is dated now as copy 25 is, and read after it. */
    private static Corrected copy10DatedAsCopy25() {
        DocumentReports redated = readCopy(10, LocalDate.of(2022, 1, 11).plusDays(DAYS_APART * 25));
        List<DocumentReports> now = new ArrayList<>(documents);
        now.remove(10);
        now.add(now.indexOf(documents.get(25)) + 1, redated);
        return new Corrected(now, now.indexOf(redated), List.of(new EarlierReading(DocumentActors.of(documents.get(10)))));
    }

    private static DocumentReports readCopy(int i, LocalDate date) {
        String text;
        try {
            text = Articles.resource("kazakhstan-ukraine-2022-01-11.txt");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        AnalyzedDocument doc = DocumentAnalyzer.analyze("copy" + i, text + "\n\n" + i, "UTF-8", SourceFormat.TEXT,
                DocumentDate.byUser(date), "", List.of(), "copy");
        return PIPELINE.analyse(DocumentInput.of(doc, new DateFinder().find(doc.text(), date,
                doc.sentences().stream().map(Sentence::span).toList())));
    }

    @Test
    void whenMostReportsWouldBeMergedAgainEveryDayIs() {
        MergePlan mostNew = new WindowedMerge(50).plan(documents.size(), WindowedMergeTest::actors, i -> i < 5, List.of(), null, i -> null, 0.5);
        assertTrue(mostNew.scope().all(), "35 of 40 documents new");
        MergePlan fewNew = new WindowedMerge(50).plan(documents.size(), WindowedMergeTest::actors, i -> i < 39, List.of(), null, i -> null, 0.5);
        assertFalse(fewNew.scope().all(), "one new document of 40");
    }

    @Test
    void fromTheStoredRegistryAndDaysOnlyTheNewDocumentsAreReadAndThePlanIsTheSame() {
        // new documents after the others (the latest news), and between them (news of days the project holds)
        for (java.util.function.IntPredicate mergedBefore : List.<java.util.function.IntPredicate>of(i -> i < 30, i -> i < 20 || i > 21)) {
            List<DocumentReports> before = java.util.stream.IntStream.range(0, documents.size()).filter(mergedBefore)
                    .mapToObj(documents::get).toList();
            app.nenpyo.nlp.ActorRegistry stored = new WindowedMerge(50).plan(before.size(),
                    indexes -> java.util.Arrays.stream(indexes).mapToObj(i -> DocumentActors.of(before.get(i))).toList(),
                    i -> false, List.of(), null, i -> null, 1).registry();
            AtomicInteger read = new AtomicInteger();
            java.util.function.Function<int[], List<DocumentActors>> counting = indexes -> {
                read.addAndGet(indexes.length);
                return actors(indexes);
            };
            MergePlan fromStore = new WindowedMerge(50).plan(documents.size(), counting, mergedBefore, List.of(),
                    app.nenpyo.nlp.ActorRegistry.decode(stored.encode()),
                    i -> mergedBefore.test(i) ? DocumentActors.of(documents.get(i)).days() : null, 1);
            MergePlan fromReading = new WindowedMerge(50).plan(documents.size(), WindowedMergeTest::actors, mergedBefore, List.of(),
                    null, i -> null, 1);

            assertEquals(documents.size() - before.size(), read.get(), "only the new documents are read");
            assertEquals(fromReading.scope(), fromStore.scope());
            assertEquals(fromReading.registry().resolve(), fromStore.registry().resolve());
            for (int i = 0; i < documents.size(); i++) {
                assertArrayEquals(fromReading.startDays(i), fromStore.startDays(i));
                assertEquals(fromReading.firstOrder(i), fromStore.firstOrder(i));
            }
            List<Event> merged = new ArrayList<>();
            new WindowedMerge(50).merge(fromStore, WindowedMergeTest::reports, merged::addAll);
            assertEquals(onDays(new WindowedMerge(50).merge(documents), fromStore.scope(), true), merged);
            assertTrue(!fromStore.scope().all() && !fromStore.scope().isEmpty(), "some days merged again: " + fromStore.scope());
        }
    }

    @Test
    void withNothingMergedBeforeEveryDayIsMergedAndWithNothingNewNone() {
        assertTrue(new WindowedMerge(50).plan(documents.size(), WindowedMergeTest::actors, i -> false, List.of(), null, i -> null, 1).scope().all());
        MergePlan nothingNew = new WindowedMerge(50).plan(documents.size(), WindowedMergeTest::actors, i -> true, List.of(), null, i -> null, 1);
        assertTrue(nothingNew.scope().isEmpty());
        List<Event> merged = new ArrayList<>();
        new WindowedMerge(50).merge(nothingNew, (indexes, from, to) -> {
            throw new AssertionError("nothing to read");
        }, merged::addAll);
        assertEquals(List.of(), merged);
    }

    @Test
    void aNewDocumentThatRenamesAnActorMakesTheOldDocumentsNamingHimMergeAgain() {
        // リャブコフ is written リャプコフ in two old documents and リャブコフ in one: the commoner spelling names him
        List<DocumentReports> old = List.of(
                read("a", "リャプコフ外務次官は10日、ジュネーブで協議した。", LocalDate.of(2022, 1, 11)),
                read("b", "リャプコフ外務次官は3日、モスクワで会見した。", LocalDate.of(2022, 1, 5)),
                read("c", "リャブコフ外務次官は20日、ウィーンで演説した。", LocalDate.of(2022, 1, 21)),
                read("d", "中国の王毅外相は9日、北京で会談した。", LocalDate.of(2022, 4, 12)));
        List<DocumentReports> now = new ArrayList<>(old);
        now.add(read("e", "リャブコフ外務次官は25日、ジュネーブで協議した。リャブコフ氏は26日、帰国した。", LocalDate.of(2022, 1, 27)));
        List<DocumentActors> actors = now.stream().map(DocumentActors::of).toList();
        MergePlan plan = new WindowedMerge(50).plan(now.size(),
                indexes -> java.util.Arrays.stream(indexes).mapToObj(actors::get).toList(), i -> i < old.size(), List.of(), null, i -> null, 1);

        List<Event> everything = new WindowedMerge(50).merge(now);
        assertEquals("リャブコフ", plan.actor(everything.get(0).actors().get(0).key()).name(), "the new spelling is now the commoner");
        int tenth = (int) LocalDate.of(2022, 1, 10).toEpochDay();
        // in another season: a merge makes again the seasons of the days it changes (decision 0032)
        int ninth = (int) LocalDate.of(2022, 4, 9).toEpochDay();
        assertTrue(plan.scope().includes(tenth), "a document naming him merges again: " + plan.scope());
        assertFalse(plan.scope().includes(ninth), "one naming only 王毅 does not: " + plan.scope());
        List<Event> merged = new ArrayList<>();
        new WindowedMerge(50).merge(plan, (indexes, from, to) -> java.util.Arrays.stream(indexes)
                .mapToObj(i -> WindowReports.of(now.get(i), from, to)).toList(), merged::addAll);
        assertEquals(onDays(everything, plan.scope(), true), merged);
        assertEquals(onDays(everything, plan.scope(), false), onDays(new WindowedMerge(50).merge(old), plan.scope(), false));
    }

    private static DocumentReports read(String name, String text, LocalDate date) {
        AnalyzedDocument doc = DocumentAnalyzer.analyze(name, text, "UTF-8", SourceFormat.TEXT, DocumentDate.byUser(date), "",
                List.of(), name);
        return PIPELINE.analyse(DocumentInput.of(doc, new DateFinder().find(doc.text(), date,
                doc.sentences().stream().map(Sentence::span).toList())));
    }

    private static List<Event> onDays(List<Event> events, MergeScope scope, boolean inScope) {
        return events.stream().filter(e -> scope.includes((int) e.time().start().toEpochDay()) == inScope).toList();
    }

    @Test
    void aDocumentIsDecodedOnceForEachWindowItHasReportsIn() {
        AtomicInteger decoded = new AtomicInteger();
        new WindowedMerge(Integer.MAX_VALUE).merge(documents.size(), WindowedMergeTest::actors, (indexes, from, to) -> {
            decoded.addAndGet(indexes.length);
            return reports(indexes, from, to);
        }, events -> { });
        assertEquals(documents.size(), decoded.get(), "one window");

        decoded.set(0);
        List<Integer> windows = new ArrayList<>();
        new WindowedMerge(1).merge(documents.size(), WindowedMergeTest::actors, (indexes, from, to) -> {
            decoded.addAndGet(indexes.length);
            return reports(indexes, from, to);
        }, events -> windows.add(events.size()));
        long reportSeasons = documents.stream().mapToLong(d -> d.reports().stream().map(WindowedMergeTest::season).distinct().count()).sum();
        assertEquals(reportSeasons, decoded.get(), "windows of a season (never cut inside one): once per season a document has reports in");
        long seasons = documents.stream().flatMap(d -> d.reports().stream()).map(WindowedMergeTest::season).distinct().count();
        assertTrue(seasons > 4, "the copies' reports span seasons: " + seasons);
        assertEquals(seasons, windows.size(), "one window, handed over, per season with reports");
    }

    private static int season(Report r) {
        return WiderPeriods.seasonOf(Math.toIntExact(r.time().start().toEpochDay()));
    }

    private static List<DocumentActors> actors(int[] indexes) {
        return java.util.Arrays.stream(indexes).mapToObj(i -> DocumentActors.of(documents.get(i))).toList();
    }

    private static List<WindowReports> reports(int[] indexes, int fromDay, int toDay) {
        assertTrue(indexes.length <= WindowedMerge.CHUNK, "asked a chunk at a time");
        return java.util.Arrays.stream(indexes).mapToObj(i -> WindowReports.of(documents.get(i), fromDay, toDay)).toList();
    }

    @Test
    void aReaderGivingAReportOutsideItsWindowIsRefused() {
        List<DocumentReports> all = documents;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WindowedMerge(1).merge(all.size(),
                WindowedMergeTest::actors, (indexes, from, to) -> reports(indexes, Integer.MIN_VALUE, Integer.MAX_VALUE),
                events -> { }));
        assertTrue(e.getMessage().contains("outside the window"), e.getMessage());
    }

    @Test
    void aWindowHoldsAtLeastOneReport() {
        assertThrows(IllegalArgumentException.class, () -> new WindowedMerge(0));
    }
}
