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
        Path file = temp.resolve("p.nenpyo");
        try (ProjectService project = ProjectService.open(file)) {
            project.importFiles(List.of(SampleFiles.copyTo(temp.resolve("in")),
                    SampleFiles.writeManyEntryExport(temp.resolve("many.export"), 40, 0)),
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
}
