package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.ReportDays;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports the events layer read in a document are kept with it, atomically, and replaced on demand. */
class SavedReportsTest {

    private static final LocalDate JAN_11 = LocalDate.of(2022, 1, 11);

    @TempDir
    Path dir;

    @Test
    void reportsAreSavedWithTheirDocumentButNotForADuplicateOrAnUndatedOne() {
        var dated = TestDocuments.analyze("a.txt", "ロシアは9日、声明を出した。", DocumentDate.byUser(JAN_11), List.of());
        var copy = TestDocuments.analyze("copy.txt", "ロシアは9日、声明を出した。", DocumentDate.byUser(JAN_11), List.of());
        var undated = TestDocuments.analyze("b.txt", "日付のない文書。", DocumentDate.undated(), List.of());
        SavedReports reports = new SavedReports(JAN_11, 1, "read".getBytes(StandardCharsets.UTF_8));
        try (ProjectDatabase db = ProjectDatabase.open(dir.resolve("p.nenpyo"))) {
            List<InsertResult> results = db.insertAll(List.of(HashedDocument.of(dated), HashedDocument.of(copy), HashedDocument.of(undated)),
                    List.of(Optional.of(reports), Optional.of(new SavedReports(JAN_11, 1, new byte[] {9})), Optional.empty()));
            assertEquals(InsertResult.Outcome.DUPLICATE, results.get(1).outcome());

            List<DatedDocumentReports> stored = db.datedDocumentReports();

            assertEquals(1, stored.size(), "only the dated document is listed");
            long id = results.get(0).documentId();
            assertEquals(id, stored.get(0).documentId());
            assertTrue(stored.get(0).hasCurrentReports(1));
            assertFalse(stored.get(0).hasCurrentReports(2), "a new layout makes them stale");
            SavedReports saved = db.savedReports(List.of(id, results.get(2).documentId())).get(id);
            assertArrayEquals(reports.bytes(), saved.bytes());
            assertEquals(1, db.savedReports(List.of(id, results.get(2).documentId())).size(), "none for the undated one");
            assertTrue(saved.isCurrentFor(JAN_11, 1));
            assertFalse(saved.isCurrentFor(JAN_11.plusDays(1), 1), "a new document date makes them stale");
            assertFalse(saved.isCurrentFor(JAN_11, 2), "so does a new layout");
        }
    }

    @Test
    void reportDaysAreSavedWithTheReportsOrFilledInByAMergeOnce() {
        var dated = TestDocuments.analyze("a.txt", "ロシアは9日、声明を出した。", DocumentDate.byUser(JAN_11), List.of());
        try (ProjectDatabase db = ProjectDatabase.open(dir.resolve("days.nenpyo"))) {
            long id = db.insertAll(List.of(dated)).get(0).documentId();
            db.saveReports(Map.of(id, new SavedReports(JAN_11, 1, new byte[] {3})), false);
            assertNull(db.datedDocumentReports().get(0).reportDays(), "saved without its days: not known");

            assertNull(db.datedDocumentReports().get(0).widerPeriods(), "nor its wider periods");
            assertNull(db.datedDocumentReports().get(0).days());

            int[] winter = {18_993, 19_023, 19_000, 19_009};
            db.replaceEvents(new MergedState(List.of(id), Map.of(), Map.of(id, new ReportDays(new int[] {-3, 19_000, 19_000, 19_367}, winter)),
                    null), windows -> windows.accept(List.of()));
            assertArrayEquals(new int[] {-3, 19_000, 19_000, 19_367}, db.datedDocumentReports().get(0).reportDays(),
                    "filled in by a merge, negative days and repeats as they were");
            assertArrayEquals(winter, db.datedDocumentReports().get(0).widerPeriods(), "and the wider periods, overlapping as they were");
            assertTrue(db.datedDocumentReports().get(0).merged());
            db.replaceEvents(new MergedState(List.of(), Map.of(), Map.of(id, new ReportDays(new int[] {1}, new int[0])), null),
                    windows -> windows.accept(List.of()));
            assertArrayEquals(new int[] {-3, 19_000, 19_000, 19_367}, db.datedDocumentReports().get(0).reportDays(),
                    "days already stored are not overwritten");
            assertArrayEquals(winter, db.datedDocumentReports().get(0).widerPeriods());

            db.saveReports(Map.of(id, new SavedReports(JAN_11, 1, new byte[] {4}, new int[] {19_001}, null)), false);
            assertArrayEquals(new int[] {19_001}, db.datedDocumentReports().get(0).reportDays(), "saved with the reports");
            assertNull(db.datedDocumentReports().get(0).widerPeriods(), "saved without its wider periods: not known");
            db.replaceEvents(new MergedState(List.of(), Map.of(), Map.of(id, new ReportDays(new int[] {7}, new int[] {19_001, 19_010})), null),
                    windows -> windows.accept(List.of()));
            assertArrayEquals(new int[] {19_001}, db.datedDocumentReports().get(0).reportDays(), "the days stored are kept");
            assertArrayEquals(new int[] {19_001, 19_010}, db.datedDocumentReports().get(0).widerPeriods(), "the wider periods filled in");
            db.saveReports(Map.of(id, new SavedReports(JAN_11, 1, new byte[] {5}, new ReportDays(new int[] {19_002}, new int[0]))), false);
            assertArrayEquals(new int[0], db.datedDocumentReports().get(0).widerPeriods(), "none is not unknown");
            assertFalse(db.datedDocumentReports().get(0).merged());
            assertArrayEquals(new int[] {19_000, 19_002}, ReportTable.decodeDays(ReportTable.encodeDays(new int[] {19_000, 19_002})));
            assertNull(ReportTable.decodeDays(new byte[] {2, 4, 3}), "days that go back are damage, not data");
            assertArrayEquals(winter, ReportTable.decodePeriods(ReportTable.encodePeriods(winter)));
            assertArrayEquals(new int[] {-5, -5}, ReportTable.decodePeriods(ReportTable.encodePeriods(new int[] {-5, -5})));
            assertNull(ReportTable.decodePeriods(new byte[] {2, 4, 3, 3, 1}), "periods that go back are damage, not data");
            assertNull(ReportTable.decodePeriods(new byte[] {1, 4}), "nor are periods cut short");
        }
    }

    @Test
    void savedReportsAreReplacedAndFollowTheDocumentDate() {
        var dated = TestDocuments.analyze("a.txt", "ロシアは9日、声明を出した。", DocumentDate.byUser(JAN_11), List.of());
        try (ProjectDatabase db = ProjectDatabase.open(dir.resolve("p.nenpyo"))) {
            long id = db.insertAll(List.of(dated)).get(0).documentId();
            assertTrue(db.datedDocumentReports().get(0).savedAnchor().isEmpty(), "imported without reading for events");
            assertTrue(db.savedReports(List.of(id)).isEmpty());

            db.saveReports(Map.of(id, new SavedReports(JAN_11, 1, new byte[] {7})), false);
            assertFalse(db.datedDocumentReports().get(0).merged(), "saved, not merged into the events");
            db.setDocumentDate(id, DocumentDate.byUser(JAN_11.plusDays(1)));
            assertFalse(db.datedDocumentReports().get(0).hasCurrentReports(1), "read against the old date");
            db.saveReports(Map.of(id, new SavedReports(JAN_11.plusDays(1), 1, new byte[] {1, 2})), true);

            DatedDocumentReports stored = db.datedDocumentReports().get(0);
            assertEquals(JAN_11.plusDays(1), stored.documentDate());
            assertTrue(stored.hasCurrentReports(1));
            assertTrue(stored.merged(), "saved by a rebuild that merged them");
            assertArrayEquals(new byte[] {1, 2}, db.savedReports(List.of(id)).get(id).bytes());
            assertFalse(db.mergedReportsOfUndatedDocuments());
            db.setDocumentDate(id, DocumentDate.undated());
            assertTrue(db.mergedReportsOfUndatedDocuments(), "its events were merged and must go: a merge of every day");
            db.setDocumentDate(id, DocumentDate.byUser(JAN_11.plusDays(1)));
            db.saveReports(Map.of(id, new SavedReports(JAN_11.plusDays(1), 1, new byte[] {3})), false);
            assertFalse(db.datedDocumentReports().get(0).merged(), "new reports are not merged until a rebuild merges them");
            assertTrue(db.eventsStale(), "saving reports does not make the events current: only a rebuild does");
        }
    }
}
