package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.events.EventPipeline;
import app.nenpyo.events.ReportCodec;
import app.nenpyo.events.WindowReports;
import app.nenpyo.store.DatedDocumentReports;
import app.nenpyo.store.ProjectDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge's windows read from the saved reports, the documents the next window reads kept open. */
class SavedWindowReaderTest {

    @TempDir
    Path temp;

    /** The sample and forty posts over January, each reporting two things on its day. */
    private Path project() throws Exception {
        return project(40);
    }

    private Path project(int posts) throws Exception {
        Path file = temp.resolve("p.nenpyo");
        try (ProjectService project = ProjectService.open(file)) {
            project.importFiles(List.of(SampleFiles.copyTo(temp.resolve("in")),
                    SampleFiles.writeManyEntryExport(temp.resolve("many.export"), posts, 0)),
                    ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
        }
        return file;
    }

    private static List<DatedDocumentReports> inReadingOrder(ProjectDatabase db) {
        List<DatedDocumentReports> dated = new ArrayList<>(db.datedDocumentReports());
        dated.sort(Comparator.comparing(DatedDocumentReports::documentDate).thenComparingLong(DatedDocumentReports::documentId));
        return dated;
    }

    @Test
    void mergingInManySmallWindowsGivesTheEventsOfOneMerge() throws Exception {
        Path file = project();
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            List<Event> events = db.events();
            List<EventSummary> summaries = db.eventSummaries();
            assertTrue(events.size() > 40, events.size() + " events");

            EventIndex inSmallWindows = new EventIndex(db, new EventPipeline(3));
            inSmallWindows.rebuild(new Cancellation(), true);

            assertEquals(events, db.events());
            assertEquals(summaries, db.eventSummaries());
        }
    }

    @Test
    void aDocumentTheNextWindowReadsIsOpenedOnceAndReadsAsItsSavedBytes() throws Exception {
        Path file = project();
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            List<DatedDocumentReports> dated = inReadingOrder(db);
            int[] all = IntStream.range(0, dated.size()).toArray();
            Map<Long, app.nenpyo.store.SavedReports> saved = db.savedReports(dated.stream().map(DatedDocumentReports::documentId).toList());
            int firstDay = (int) java.time.LocalDate.of(2022, 1, 1).toEpochDay();
            int middle = firstDay + 10;
            int end = firstDay + 60;
            SavedWindowReader reader = new SavedWindowReader(db, dated, new ConcurrentHashMap<>(), id -> {
                throw new AssertionError("no document is read again from its text");
            });

            List<WindowReports> first = reader.reports(all, firstDay, middle, i -> true);
            assertEquals(dated.size(), reader.opened());
            List<WindowReports> second = reader.reports(all, middle, end, i -> false);
            assertEquals(dated.size(), reader.opened(), "every document was kept from the window before");
            reader.reports(all, end, end + 10, i -> false);
            assertEquals(2L * dated.size(), reader.opened(), "none kept for a window that did not ask");

            for (int i = 0; i < dated.size(); i++) {
                long id = dated.get(i).documentId();
                byte[] bytes = saved.get(id).bytes();
                assertEquals(ReportCodec.decodeWindow(bytes, OptionalLong.of(id), firstDay, middle), first.get(i));
                assertEquals(ReportCodec.decodeWindow(bytes, OptionalLong.of(id), middle, end), second.get(i));
            }
            assertTrue(second.stream().mapToInt(w -> w.reports().size()).sum() > 0, "the second window has reports");
        }
    }

    /** A document too large to keep is not kept, and takes nothing from the budget of those that fit. */
    @Test
    void aDocumentTooLargeToKeepLeavesTheBudgetToTheOthers() throws Exception {
        Path file = project(8);
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            List<DatedDocumentReports> dated = inReadingOrder(db);
            Map<Long, app.nenpyo.store.SavedReports> saved = db.savedReports(dated.stream().map(DatedDocumentReports::documentId).toList());
            long[] held = dated.stream().mapToLong(d -> ReportCodec.open(saved.get(d.documentId()).bytes()).bytesHeld()).toArray();
            long largest = java.util.Arrays.stream(held).max().orElseThrow();
            long others = java.util.Arrays.stream(held).sum() - largest;
            assertTrue(largest > others, "the sample outweighs the posts: " + largest + " against " + others);
            int largestAt = IntStream.range(0, held.length).filter(i -> held[i] == largest).findFirst().orElseThrow();
            // the largest asked for first: before, it used up the budget of those that came after it
            int[] all = IntStream.concat(IntStream.of(largestAt), IntStream.range(0, dated.size()).filter(i -> i != largestAt)).toArray();
            int firstDay = (int) java.time.LocalDate.of(2021, 1, 1).toEpochDay();
            SavedWindowReader reader = new SavedWindowReader(db, dated, new ConcurrentHashMap<>(), id -> {
                throw new AssertionError("no document is read again from its text");
            }, others);

            reader.reports(all, firstDay, firstDay + 400, i -> true);
            reader.reports(all, firstDay + 400, firstDay + 800, i -> false);

            assertEquals(dated.size() + 1, reader.opened(), "only the largest opened again, whatever order they came in");
        }
    }
}
