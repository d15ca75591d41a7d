package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DocumentDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project open in this process keeps SQLite's locks on its file whatever else the process opens.
 * POSIX locks belong to the process: closing any other descriptor of the file drops them, and an
 * SQLite in another process that then closes the project takes itself for the last one,
 * checkpoints and deletes the write-ahead log this process still writes to. What is written after
 * that is seen by no other process and lost when this one is killed.
 */
class SharedLocksTest {

    @TempDir
    Path dir;

    @Test
    void theProjectOpenedAgainAndClosedLeavesTheFirstOpeningItsLocks() throws Exception {
        Path file = dir.resolve("twice.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            db.insertAll(List.of(TestDocuments.document("a.txt", "最初の文書。", DocumentDate.undated())));
            assertFalse(AnotherProcess.findsTheProjectClosed(file));

            // the window opening the project it shows: the new opening first, then the old one closed
            ProjectDatabase.open(file).close();

            assertFalse(AnotherProcess.findsTheProjectClosed(file), "another process would delete the log in use here");
            db.insertAll(List.of(TestDocuments.document("b.txt", "二つ目の文書。", DocumentDate.undated())));
        }
        assertTrue(AnotherProcess.findsTheProjectClosed(file));
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(2, db.documentCount());
        }
    }

    /** What GTK's file chooser does when it lists the project's folder: it reads the files to tell their kind, and closes them. */
    @Test
    void locksDroppedByAnotherReadingInThisProcessAreTakenAgainAndNothingCommittedIsLost() throws Exception {
        Path file = dir.resolve("chooser.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            db.insertAll(List.of(TestDocuments.document("a.txt", "最初の文書。", DocumentDate.undated())));
            assertEquals(1, db.documents().size());
            for (String name : List.of("chooser.nenpyo", "chooser.nenpyo-shm")) {
                Files.newInputStream(dir.resolve(name)).close();
            }
            assertTrue(AnotherProcess.findsTheProjectClosed(file), "the hazard: the locks went with the descriptor");

            db.renewLocks();

            assertFalse(AnotherProcess.findsTheProjectClosed(file));
            db.insertAll(List.of(TestDocuments.document("b.txt", "二つ目の文書。", DocumentDate.undated())));
            assertEquals(2, db.documentCount());
            assertEquals(2, db.documents().size(), "the documents listed before are listed again");
        }
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(2, db.documentCount());
        }
    }
}
