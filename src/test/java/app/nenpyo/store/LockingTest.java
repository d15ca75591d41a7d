package app.nenpyo.store;

import app.nenpyo.domain.AnalyzedDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SearchHit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another process writing the same project file, simulated by a second connection holding the write lock. */
class LockingTest {

    private static final Duration SHORT = Duration.ofMillis(200);

    @TempDir
    Path dir;

    @Test
    void anImportWhileAnotherProcessWritesFailsClearlyAndWritesNothing() throws SQLException {
        Path file = dir.resolve("busy.nenpyo");
        ProjectDatabase.open(file).close();

        try (ProjectDatabase db = ProjectDatabase.open(file, SHORT)) {
            try (Connection other = holdingTheWriteLock(file)) {
                StoreException e = assertThrows(StoreException.class,
                        () -> db.insertAll(List.of(TestDocuments.document("a.txt", "本文。", DocumentDate.undated()))));
                assertEquals(file.toAbsolutePath() + ": the project is being written by another process", e.getMessage());
                // readers are not blocked by a writer under WAL
                assertEquals(0, db.documentCount());
            }
            assertEquals(0, db.documentCount());
            db.insertAll(List.of(TestDocuments.document("a.txt", "本文。", DocumentDate.undated())));
            assertEquals(1, db.documentCount());
        }
    }

    @Test
    void anUpgradeWhileAnotherProcessWritesIsRefusedAndTheFileStaysAtItsVersion() throws IOException, SQLException {
        Path file = dir.resolve("old.nenpyo");
        try (InputStream in = LockingTest.class.getResourceAsStream("/store/" + Version1Fixture.NAME)) {
            Files.copy(in, file);
        }

        try (Connection other = holdingTheWriteLock(file)) {
            StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(file, SHORT));
            assertEquals(file.toAbsolutePath() + ": the project is being written by another process", e.getMessage());
        }
        assertEquals(1, Sql.scalar(file, "PRAGMA user_version"));
    }

    @Test
    void aFileLockedBeforeItIsInWalModeIsReportedTheSameWay() throws SQLException {
        Path file = dir.resolve("rollback-journal.nenpyo");
        Sql.execute(file, "PRAGMA application_id = " + SchemaMigrator.APPLICATION_ID, "CREATE TABLE t (x)");

        try (Connection other = holdingTheWriteLock(file)) {
            StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(file, SHORT));
            assertEquals(file.toAbsolutePath() + ": the project is being written by another process", e.getMessage());
        }
    }

    @Test
    void readersRunWhileABatchIsBeingWritten() throws Exception {
        Path file = dir.resolve("concurrent.nenpyo");
        String text = TestDocuments.resource(TestDocuments.SAMPLE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            Future<?> writer = pool.submit(() -> {
                for (int batch = 0; batch < 20; batch++) {
                    List<AnalyzedDocument> documents = new java.util.ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        documents.add(TestDocuments.document(batch + "-" + i, text + batch + "-" + i, DocumentDate.undated()));
                    }
                    db.insertAll(documents);
                }
            });
            Future<?> reader = pool.submit(() -> {
                while (!writer.isDone()) {
                    int count = db.documentCount();
                    // a reader sees whole batches only
                    assertEquals(0, count % 10);
                    for (SearchHit hit : db.search("王毅", 5)) {
                        assertEquals("王毅", hit.highlights().get(0).of(hit.paragraphText()));
                    }
                }
            });
            writer.get(60, TimeUnit.SECONDS);
            reader.get(60, TimeUnit.SECONDS);
            assertEquals(200, db.documentCount());
            assertEquals("ok", db.integrityCheck());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What another Nenpyo (or any SQLite client) writing the file looks like from here. */
    private static Connection holdingTheWriteLock(Path file) throws SQLException {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = other.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            s.execute("BEGIN EXCLUSIVE");
        }
        return other;
    }
}
