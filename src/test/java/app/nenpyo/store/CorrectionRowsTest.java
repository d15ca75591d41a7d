package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of the analyst's corrections read whole and put back exactly (decision 0034), in a real
 * project file: the rows under the keys given become those wanted, their instants included; the
 * day of the event holding a report waits for the merge, and a document is read again only where
 * a date changed.
 */
class CorrectionRowsTest {
    private static final String TEXT = "協議は10日にジュネーブで始まった。\n\n夕食会は9日夜に開かれた。";
    private static final int JAN_10 = Math.toIntExact(LocalDate.of(2022, 1, 10).toEpochDay());
    private static final int JAN_9 = Math.toIntExact(LocalDate.of(2022, 1, 9).toEpochDay());

    @TempDir
    Path temp;

    /** The talks (¶1, on the 10th) and the dinner (¶2, the 9th), stored as the merge writes them, the document's reports saved. */
    private ProjectDatabase project() {
        ProjectDatabase db = ProjectDatabase.open(temp.resolve("p.nenpyo"));
        db.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT,
                new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.FILE_NAME, "2022-01-11"), List.of())));
        String hash = db.documents().get(0).contentHash();
        long id = db.documents().get(0).id();
        EventSource talks = new EventSource(hash, OptionalLong.of(id), "src-talks", 1, new TextSpan(0, 18),
                new TextSpan(0, 17), new TextSpan(3, 6), "10日", "");
        EventSource dinner = new EventSource(hash, OptionalLong.of(id), "src-dinner", 2, new TextSpan(20, 33),
                new TextSpan(20, 32), new TextSpan(24, 27), "9日夜", "");
        db.replaceEvents(List.of(
                new Event("ev-dinner", TimeValue.parse("2022-01-09"), "夕食会", List.of(), "ジュネーブ", EventCategory.MEETING,
                        List.of(dinner), List.of(), false),
                new Event("ev-talks", TimeValue.parse("2022-01-10"), "米露協議が開始", List.of(), "ジュネーブ", EventCategory.MEETING,
                        List.of(talks), List.of(), false)));
        Sql.execute(db.file(), "INSERT OR REPLACE INTO document_reports (document, anchor, format, reports) VALUES (" + id
                + ", '2022-01-11', 1, x'')", "DELETE FROM event_override_days", "UPDATE derived_state SET stale = 0 WHERE name = 'events'");
        return db;
    }

    private static long outdated(ProjectDatabase db) {
        return Sql.scalar(db.file(), "SELECT count(*) FROM document_reports WHERE outdated = 1");
    }

    @Test
    void aLabelPutBackIsTheRowAsItWasAndItsDayWaitsWithoutReadingTheDocumentAgain() {
        try (ProjectDatabase db = project()) {
            assertEquals(List.of(), db.correctionRows());
            CorrectionRow label = new CorrectionRow("event_labels", "src-talks", List.of("米露の戦略対話", 1_700_000_000_123L));

            assertTrue(db.restoreCorrections(List.of(), List.of(label), Map.of()));
            assertEquals(List.of(label), db.correctionRows(), "the row as given, its instant included");
            assertArrayEquals(new int[] {JAN_10}, db.daysAwaitingDecisions(), "the talks' day waits for the merge");
            assertTrue(db.eventsStale());
            assertEquals(0, outdated(db), "a label is applied where the day's events are written: nothing to read again");
            assertTrue(db.relabelledByAnalyst().test(db.event("ev-talks").orElseThrow()));

            assertTrue(db.restoreCorrections(List.of(label), List.of(), Map.of()));
            assertEquals(List.of(), db.correctionRows(), "taken back: no row, not a blank label kept as a decision");
        }
    }

    @Test
    void aDatePutBackReadsItsDocumentAgain() {
        try (ProjectDatabase db = project()) {
            CorrectionRow date = new CorrectionRow("event_dates", "src-dinner", List.of("2022-01-08", 42L));
            db.restoreCorrections(List.of(), List.of(date), Map.of());
            assertEquals(Map.of("src-dinner", TimeValue.parse("2022-01-08")), db.eventDates());
            assertArrayEquals(new int[] {JAN_9}, db.daysAwaitingDecisions());
            assertEquals(1, outdated(db), "a date is applied where its document is read (decision 0017)");
        }
    }

    @Test
    void aRowReplacedUnderTheSameKeyAndADocumentsDateAreOneTransaction() {
        try (ProjectDatabase db = project()) {
            CorrectionRow first = new CorrectionRow("event_overrides", "src-talks", List.of(1, 10L));
            CorrectionRow second = new CorrectionRow("event_overrides", "src-talks", List.of(0, 20L));
            db.restoreCorrections(List.of(), List.of(first), Map.of());
            long document = db.documents().get(0).id();
            DocumentDate byUser = DocumentDate.byUser(LocalDate.of(2022, 1, 12));
            db.restoreCorrections(List.of(first), List.of(second), Map.of(document, byUser));
            assertEquals(List.of(second), db.correctionRows());
            assertEquals(Map.of(document, byUser), db.documentDates());

            CorrectionRow unknown = new CorrectionRow("documents", "src-talks", List.of());
            assertThrows(IllegalArgumentException.class, () -> db.restoreCorrections(List.of(second), List.of(unknown), Map.of()));
            assertEquals(List.of(second), db.correctionRows(), "a refused restore writes nothing");
        }
    }

    @Test
    void aReportIsHeldWhileAStoredEventHasIt() {
        try (ProjectDatabase db = project()) {
            assertTrue(db.holdsAnyReport(List.of("src-gone", "src-dinner")));
            assertFalse(db.holdsAnyReport(List.of("src-gone")));
            assertFalse(db.holdsAnyReport(List.of()));
        }
    }

    @Test
    void setEventDateAndItsRowsPutBackGiveTheSameRows() {
        try (ProjectDatabase db = project()) {
            List<CorrectionRow> before = db.correctionRows();
            db.setEventDate("ev-dinner", Optional.of(TimeValue.parse("2022-01-08")));
            List<CorrectionRow> after = db.correctionRows();
            assertEquals(1, after.size());
            db.restoreCorrections(after, before, Map.of());
            assertEquals(before, db.correctionRows());
            db.restoreCorrections(before, after, Map.of());
            assertEquals(after, db.correctionRows(), "redone with the instant it was made at");
        }
    }
}
