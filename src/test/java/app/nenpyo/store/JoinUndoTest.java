package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Undoing a join (decision 0019) gives back what the join took: the date the analyst had given the
 * event joined in, which the join replaced with the date of the event it joined.
 */
class JoinUndoTest {
    private static final String TEXT = "協議は10日にジュネーブで始まった。\n\n夕食会は9日夜に開かれた。";
    private static final TimeValue JAN_10 = TimeValue.parse("2022-01-10");
    private static final TimeValue JAN_8 = TimeValue.parse("2022-01-08");
    private static final TimeValue JAN_12 = TimeValue.parse("2022-01-12");

    @TempDir
    Path temp;

    /** The talks (¶1, on the 10th) and the dinner (¶2), which the analyst dated the 8th; both stored, as the merge writes them. */
    private record Project(ProjectDatabase db, Event talks, Event dinner) {
    }

    private Project project() {
        return project(ProjectDatabase.open(temp.resolve("p.nenpyo")));
    }

    private static Project project(ProjectDatabase db) {
        db.insertAll(List.of(TestDocuments.analyze("a.txt", TEXT,
                new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.FILE_NAME, "2022-01-11"), List.of())));
        String hash = db.documents().get(0).contentHash();
        long id = db.documents().get(0).id();
        EventSource talksReport = new EventSource(hash, OptionalLong.of(id), "src-talks", 1, new TextSpan(0, 18),
                new TextSpan(0, 17), new TextSpan(3, 6), "10日", "");
        EventSource dinnerReport = new EventSource(hash, OptionalLong.of(id), "src-dinner", 2, new TextSpan(20, 33),
                new TextSpan(20, 32), new TextSpan(24, 27), "9日夜", "");
        Event talks = new Event("ev-talks", JAN_10, "米露協議が開始", List.of(), "ジュネーブ", EventCategory.MEETING,
                List.of(talksReport), List.of(), false);
        Event dinner = new Event("ev-dinner", TimeValue.parse("2022-01-09"), "夕食会", List.of(), "ジュネーブ", EventCategory.MEETING,
                List.of(dinnerReport), List.of(), false);
        db.replaceEvents(List.of(dinner, talks));
        assertTrue(db.setEventDate("ev-dinner", Optional.of(JAN_8)));
        return new Project(db, talks, dinner);
    }

    /** The one event the merge makes of the two joined, on the talks' date. */
    private static Event joined(Project p) {
        return new Event("ev-talks", JAN_10, "米露協議が開始", List.of(), "ジュネーブ", EventCategory.MEETING,
                List.of(p.talks().sources().get(0), p.dinner().sources().get(0)), List.of("¶2 with ¶1: joined by the analyst"), false);
    }

    private static long dateSetAt(Path file, String sourceId) {
        return Sql.scalar(file, "SELECT set_at FROM event_dates WHERE source_id = '" + sourceId + "'");
    }

    /** Nothing joined: nothing undone, and nothing said of dates (a date of the analyst's is not the undo's). */
    @Test
    void anEventWithNothingJoinedUndoesNothing() {
        Project p = project();
        try (ProjectDatabase db = p.db()) {
            assertEquals(new JoinUndo(false, false), db.unjoin("ev-dinner"), "dated by the analyst, but joined to nothing");
            assertEquals(new JoinUndo(false, false), db.unjoin("ev-gone"));
            assertEquals(Map.of("src-dinner", JAN_8), db.eventDates());
        }
    }

    /**
     * An undo that finds nothing joined writes nothing, though it says so: a date kept aside for a
     * report no longer joined stays where it is (the undo would otherwise forget it, and commit).
     */
    @Test
    void anUndoOfNothingJoinedLeavesWhatIsKeptAsideAlone() {
        Project p = project();
        try (ProjectDatabase db = p.db()) {
            Sql.execute(db.file(), "INSERT INTO event_dates_before_joins (source_id, value, set_at) VALUES ('src-talks', '2022-01-09', 1)");

            assertEquals(new JoinUndo(false, false), db.unjoin("ev-talks"));
            assertEquals(1, Sql.scalar(db.file(), "SELECT count(*) FROM event_dates_before_joins WHERE source_id = 'src-talks'"),
                    "nothing written");
            assertEquals(Map.of("src-dinner", JAN_8), db.eventDates());
        }
    }

    @Test
    void undoingAJoinGivesBackTheDateTheAnalystHadGivenTheEventJoinedIn() {
        Project p = project();
        try (ProjectDatabase db = p.db()) {
            long analystsOwn = dateSetAt(db.file(), "src-dinner");

            assertTrue(db.join("ev-talks", "ev-dinner"));
            assertEquals(Map.of("src-dinner", JAN_10), db.eventDates(), "the dinner's reports take the talks' date");
            db.replaceEvents(List.of(joined(p)));

            JoinUndo undo = db.unjoin("ev-talks");
            assertTrue(undo.undone());
            assertTrue(undo.analystDateKept(), "the undo says a date of the analyst's stays: the one given back");
            assertEquals(Map.of("src-dinner", JAN_8), db.eventDates(), "the analyst's own date is back");
            assertEquals(analystsOwn, dateSetAt(db.file(), "src-dinner"), "as given then");
            assertEquals(Map.of(), db.joins());
            assertEquals("ok", db.integrityCheck());
        }
    }

    /** A version 16 file has nowhere to keep the date aside: its undo leaves the report undated, as before; upgraded, it gives the date back. */
    @Test
    void aVersion16FileJoinsAndUndoesAsBeforeAndGivesDatesBackOnceUpgraded() {
        Path file = temp.resolve("p.nenpyo");
        ProjectDatabase.open(file).close();
        OlderLayouts.downgrade(file, 16);
        Project p = project(ProjectDatabase.open(file, ProjectDatabase.DEFAULT_BUSY_TIMEOUT, 16));
        try (ProjectDatabase db = p.db()) {
            assertTrue(db.join("ev-talks", "ev-dinner"));
            db.replaceEvents(List.of(joined(p)));
            JoinUndo undo = db.unjoin("ev-talks");
            assertTrue(undo.undone());
            assertFalse(undo.analystDateKept(), "nothing of the analyst's stays");
            assertEquals(Map.of(), db.eventDates());
        }
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
            db.replaceEvents(List.of(p.dinner(), p.talks()));
            assertTrue(db.setEventDate("ev-dinner", Optional.of(JAN_8)));
            assertTrue(db.join("ev-talks", "ev-dinner"));
            db.replaceEvents(List.of(joined(p)));
            assertTrue(db.unjoin("ev-talks").undone());
            assertEquals(Map.of("src-dinner", JAN_8), db.eventDates());
            assertEquals("ok", db.integrityCheck());
        }
    }

    /** A date the analyst gives the joined event is the later decision: the undo keeps it, and gives back no older one. */
    @Test
    void aDateGivenAfterTheJoinStaysAfterTheUndo() {
        Project p = project();
        try (ProjectDatabase db = p.db()) {
            assertTrue(db.join("ev-talks", "ev-dinner"));
            db.replaceEvents(List.of(joined(p)));
            assertTrue(db.setEventDate("ev-talks", Optional.of(JAN_12)));

            JoinUndo undo = db.unjoin("ev-talks");
            assertTrue(undo.undone());
            assertTrue(undo.analystDateKept(), "the date given after the join stays");
            assertEquals(Map.of("src-talks", JAN_12, "src-dinner", JAN_12), db.eventDates());
        }
    }

    /** An event the analyst never dated goes back to the dates its expressions give. */
    @Test
    void anEventTheAnalystNeverDatedHasNoDateAfterTheUndo() {
        Project p = project();
        try (ProjectDatabase db = p.db()) {
            assertTrue(db.setEventDate("ev-dinner", Optional.empty()));
            assertTrue(db.join("ev-talks", "ev-dinner"));
            db.replaceEvents(List.of(joined(p)));

            JoinUndo undo = db.unjoin("ev-talks");
            assertTrue(undo.undone());
            assertFalse(undo.analystDateKept(), "the join's date went with it, and there was no other");
            assertEquals(Map.of(), db.eventDates());
        }
    }

    /**
     * Joined twice, the second join taking the first in: the undo gives back the analyst's own date,
     * not the date the first join gave (which the second replaced).
     */
    @Test
    void aDateGivenByAJoinTakenInIsNotGivenBackForTheAnalysts() {
        Project p = project();
        try (ProjectDatabase db = p.db()) {
            assertTrue(db.join("ev-talks", "ev-dinner"));
            db.replaceEvents(List.of(joined(p)));
            Event later = new Event("ev-later", JAN_12, "再協議", List.of(), "", EventCategory.MEETING,
                    List.of(new EventSource(p.talks().sources().get(0).documentKey(), p.talks().sources().get(0).documentId(),
                            "src-later", 1, new TextSpan(0, 18), new TextSpan(0, 17), new TextSpan(3, 6), "10日", "")),
                    List.of(), false);
            db.replaceEvents(List.of(joined(p), later));
            assertTrue(db.join("ev-later", "ev-talks"));
            assertEquals(Map.of("src-talks", JAN_12, "src-dinner", JAN_12), db.eventDates());
            db.replaceEvents(List.of(new Event("ev-later", JAN_12, "再協議", List.of(), "", EventCategory.MEETING,
                    List.of(later.sources().get(0), p.talks().sources().get(0), p.dinner().sources().get(0)), List.of(), false)));

            assertTrue(db.unjoin("ev-later").undone());
            assertEquals(Map.of("src-dinner", JAN_8), db.eventDates(), "the talks had none of the analyst's, the dinner the 8th");
        }
    }
}
