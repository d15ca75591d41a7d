package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    private static List<DocumentReports> documents;

    /** The sample post forty times, dated a day apart: its happenings are reported again and again across documents. */
    @BeforeAll
    static void readCopies() throws Exception {
        String text = Articles.resource("kazakhstan-ukraine-2022-01-11.txt");
        documents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate date = LocalDate.of(2022, 1, 11).plusDays(i);
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
        long reportDays = documents.stream()
                .mapToLong(d -> d.reports().stream().map(r -> r.time().start()).distinct().count()).sum();
        assertEquals(reportDays, decoded.get(), "windows of a day: once per day a document has reports on");
        long days = documents.stream().flatMap(d -> d.reports().stream()).map(r -> r.time().start()).distinct().count();
        assertEquals(days, windows.size(), "one window, handed over, per day with reports");
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
