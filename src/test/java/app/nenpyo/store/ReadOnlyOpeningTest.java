package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DocumentDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project opened read-only is read as it is and never written, created or upgraded. */
class ReadOnlyOpeningTest {

    @TempDir
    Path dir;

    private Path projectOfTwo() {
        Path file = dir.resolve("two.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            db.insertAll(List.of(TestDocuments.document("a.txt", "王毅外相は10日、電話会談した。", DocumentDate.undated()),
                    TestDocuments.document("b.txt", "内務省は9日、発表した。", DocumentDate.undated())));
        }
        return file;
    }

    @Test
    void itReadsWhatIsStoredAndEveryWriteFailsLeavingTheFileAsItWas() throws Exception {
        Path file = projectOfTwo();
        byte[] before = Files.readAllBytes(file);

        try (ProjectDatabase db = ProjectDatabase.openReadOnly(file)) {
            assertTrue(db.readOnly());
            assertEquals(2, db.documentCount());
            assertEquals(1, db.search("王毅", 10).size());
            long first = db.documents().get(0).id();
            StoreException e = assertThrows(StoreException.class,
                    () -> db.setDocumentDate(first, DocumentDate.byUser(LocalDate.of(2022, 1, 11))));
            assertEquals(file.toAbsolutePath() + ": the project is open read-only", e.getMessage());
            assertThrows(StoreException.class, () -> db.insertAll(List.of(TestDocuments.document("c.txt", "本文。", DocumentDate.undated()))));
            assertEquals(2, db.documentCount());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReadingAlongsideAWriterSeesItsCommitsAndLeavesItsLogInPlace() throws Exception {
        Path file = projectOfTwo();
        try (ProjectDatabase writer = ProjectDatabase.open(file); ProjectDatabase reader = ProjectDatabase.openReadOnly(file)) {
            writer.insertAll(List.of(TestDocuments.document("c.txt", "首相は11日、会見した。", DocumentDate.undated())));
            assertEquals(3, reader.documentCount());
        }
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(3, db.documentCount());
        }
    }

    @Test
    void nothingIsCreatedAndAnythingButAProjectOfThisVersionIsRefusedWithItsReason() throws Exception {
        Path missing = dir.resolve("missing.nenpyo");
        assertEquals(missing.toAbsolutePath() + ": no such project file",
                assertThrows(StoreException.class, () -> ProjectDatabase.openReadOnly(missing)).getMessage());
        assertTrue(Files.notExists(missing));
        Path empty = Files.createFile(dir.resolve("empty.nenpyo"));
        assertEquals(empty.toAbsolutePath() + ": empty file, not a Nenpyo project",
                assertThrows(StoreException.class, () -> ProjectDatabase.openReadOnly(empty)).getMessage());

        Path newline = Files.writeString(dir.resolve("newline.nenpyo"), "\n");
        for (Path tooShort : List.of(newline)) {
            assertEquals(tooShort.toAbsolutePath() + ": not an SQLite database (not a Nenpyo project file)",
                    assertThrows(StoreException.class, () -> ProjectDatabase.openReadOnly(tooShort)).getMessage());
            assertEquals(tooShort.toAbsolutePath() + ": not an SQLite database (not a Nenpyo project file)",
                    assertThrows(StoreException.class, () -> ProjectDatabase.open(tooShort)).getMessage(),
                    "SQLite would take a file shorter than its header for a new database and write one over it");
            assertEquals(1, Files.size(tooShort));
        }

        Path older = projectOfTwo();
        OlderLayouts.downgrade(older, 9);
        byte[] olderBytes = Files.readAllBytes(older);
        assertEquals(older.toAbsolutePath() + ": the project was written by an older version of Nenpyo and must be upgraded,"
                        + " which opening it read-only cannot do",
                assertThrows(StoreException.class, () -> ProjectDatabase.openReadOnly(older)).getMessage());
        assertArrayEquals(olderBytes, Files.readAllBytes(older));

        Sql.execute(older, "PRAGMA user_version = 999");
        assertTrue(assertThrows(StoreException.class, () -> ProjectDatabase.openReadOnly(older)).getMessage()
                .endsWith(": the project was written by a newer version of Nenpyo (schema 999, this version knows up to "
                        + ProjectDatabase.SCHEMA_VERSION + "); it was left unchanged"));
    }

    /** The reading of a folder SQLite cannot write in: the file as it is, by a URI whatever its name holds. */
    @Test
    void anImmutableReadingFindsTheFileByAnyName() throws Exception {
        Path file = Files.move(projectOfTwo(), Files.createDirectories(dir.resolve("共有 #1")).resolve("年表 100%.nenpyo"));
        try (Connection c = Connections.readOnlyProject(file, ProjectDatabase.DEFAULT_BUSY_TIMEOUT, true);
             Statement s = c.createStatement();
             ResultSet count = s.executeQuery("SELECT count(*) FROM documents")) {
            count.next();
            assertEquals(2, count.getInt(1));
        }
    }
}
