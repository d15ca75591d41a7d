package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.StoredDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileIsCreatedAtTheLatestVersionAsANenpyoProject() {
        Path file = dir.resolve("new.nenpyo");

        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
            assertEquals(0, db.documentCount());
        }

        assertEquals(18, ProjectDatabase.SCHEMA_VERSION);
        assertEquals(SchemaMigrator.APPLICATION_ID, Sql.scalar(file, "PRAGMA application_id"));
        assertEquals(18, Sql.scalar(file, "PRAGMA user_version"));
        assertEquals(1, Sql.scalar(file, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"));
    }

    @Test
    void theDocumentListIsReadFromAnIndexHoldingEveryColumnItShowsInItsOrder() {
        Path file = dir.resolve("listed.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            db.insertAll(List.of(TestDocuments.document("a.txt", "王毅外相が発言した。", DocumentDate.undated())));
        }
        String plan = Sql.plan(file, DocumentReader.LISTING);
        assertTrue(plan.contains("SCAN documents USING COVERING INDEX documents_listed"), plan);
        assertFalse(plan.contains("TEMP B-TREE"), "no sort: " + plan);
    }

    @Test
    void onlyAProjectOfAnOlderVersionNeedsAnUpgradeAndAskingChangesNothing() throws IOException {
        Path file = dir.resolve("older.nenpyo");
        assertFalse(ProjectDatabase.needsUpgrade(file), "no file yet");
        assertFalse(Files.exists(file), "asking made no file");
        ProjectDatabase.open(file).close();
        assertFalse(ProjectDatabase.needsUpgrade(file), "this version's");
        OlderLayouts.downgrade(file, 9);
        assertTrue(ProjectDatabase.needsUpgrade(file));
        assertEquals(9, Sql.scalar(file, "PRAGMA user_version"), "asking upgrades nothing");
        ProjectDatabase.open(file).close();
        assertFalse(ProjectDatabase.needsUpgrade(file));
        assertFalse(ProjectDatabase.needsUpgrade(Files.writeString(dir.resolve("notes.nenpyo"), "メモ")), "not a database");
        assertFalse(ProjectDatabase.needsUpgrade(dir), "a folder");
    }

    @Test
    void reopeningChangesNothing() {
        Path file = dir.resolve("again.nenpyo");
        ProjectDatabase.open(file).close();

        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
        }
    }

    @Test
    void anEmptyFileBecomesAProject() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.nenpyo"));

        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
        }
    }

    @Test
    void aVersion1FileIsUpgradedKeepsItsDataAndBecomesSearchable() throws IOException {
        Path file = fixtureCopy();
        assertEquals(1, Sql.scalar(file, "PRAGMA user_version"));

        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
            List<StoredDocument> documents = db.documents();
            assertEquals(List.of("wang-yi.txt", "geneva.txt"), documents.stream().map(StoredDocument::origin).toList());
            assertEquals(List.of("中国"), documents.get(0).tags());
            assertEquals(Version1Fixture.WANG_YI, db.text(documents.get(0).id()));
            assertEquals(2, db.paragraphs(documents.get(1).id()).size());

            List<SearchHit> geneva = db.search("ジュネーブ", 10);
            assertEquals(2, geneva.size());
            List<SearchHit> foreignMinister = db.search("外相", 10);
            assertEquals(List.of(1, 2), foreignMinister.stream().map(SearchHit::paragraphNumber).sorted().toList());

            db.insertAll(List.of(TestDocuments.document("new.txt", "王毅外相が発言した。", DocumentDate.undated())));
            assertEquals(2, db.search("王毅", 10).size());
            assertEquals("ok", db.integrityCheck());
        }
        SearchIndexCheck.assertConsistent(file);
    }

    @Test
    void aVersion4FileLosesTheEventIndexesNothingReadsGainsTheReportFormatIndexAndKeepsItsData() {
        Path file = dir.resolve("v4.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file, ProjectDatabase.DEFAULT_BUSY_TIMEOUT, 4)) {
            db.insertAll(List.of(TestDocuments.document("kept.txt", "王毅外相が発言した。", DocumentDate.undated())));
        }
        String eventIndexes = "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                + " AND name IN ('events_by_time', 'event_sources_by_document', 'event_actors_by_actor')";
        assertEquals(3, Sql.scalar(file, eventIndexes));

        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
            assertEquals(List.of("kept.txt"), db.documents().stream().map(StoredDocument::origin).toList());
            assertEquals(1, db.search("王毅", 10).size());
            assertEquals("ok", db.integrityCheck());
        }
        assertEquals(0, Sql.scalar(file, eventIndexes));
        assertEquals(1, Sql.scalar(file, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                + " AND name = 'document_reports_by_format'"), "opening finds reports of an older format by index");
    }

    @Test
    void aVersion12FilesSavedReportsStayCurrentAndItHasNoAnalystsDatesYet() {
        Path file = dir.resolve("v12.nenpyo");
        java.time.LocalDate jan11 = java.time.LocalDate.of(2022, 1, 11);
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            long id = db.insertAll(List.of(TestDocuments.analyze("a.txt", "ロシアは9日、声明を出した。", DocumentDate.byUser(jan11),
                    List.of()))).get(0).documentId();
            db.saveReports(java.util.Map.of(id, new SavedReports(jan11, 1, new byte[] {7}, new int[] {19001}, new int[0])), true);
        }
        OlderLayouts.downgrade(file, 12);
        assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM sqlite_schema WHERE name = 'event_dates'"));

        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
            DatedDocumentReports reports = db.datedDocumentReports().get(0);
            assertFalse(reports.outdated(), "no analyst dated anything in them");
            assertTrue(reports.hasCurrentReports(1), "so nothing is read again");
            assertEquals(java.util.Map.of(), db.eventDates());
            assertEquals("ok", db.integrityCheck());
        }
    }

    @Test
    void aVersion13FileKeepsItsCorrectionsAndHasNoJoinsUntilUpgraded() {
        Path file = dir.resolve("v13.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            db.insertAll(List.of(TestDocuments.document("a.txt", "王毅外相が発言した。", DocumentDate.undated())));
        }
        OlderLayouts.downgrade(file, 13);
        Sql.execute(file, "INSERT INTO event_kept_apart (source_id, set_at) VALUES ('ev-1', 1)");
        try (ProjectDatabase db = ProjectDatabase.open(file, ProjectDatabase.DEFAULT_BUSY_TIMEOUT, 13)) {
            assertEquals(java.util.Map.of(), db.joins(), "a version 13 file has no joins to read");
            assertEquals(java.util.Set.of("ev-1"), db.mergeCorrections().keptApart());
            assertEquals(java.util.Map.of(), db.mergeCorrections().joins());
            assertFalse(db.unjoin("ev-1").undone(), "no event, and nowhere to keep a join");
        }
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
            assertEquals(java.util.Set.of("ev-1"), db.keptApart(), "what the analyst decided is kept");
            assertEquals(java.util.Map.of(), db.joins());
            assertEquals("ok", db.integrityCheck());
        }
    }

    @Test
    void aVersion14FileKeepsItsJoinsAndHasNoAddedReportsUntilUpgraded() {
        Path file = dir.resolve("v14.nenpyo");
        long id;
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            id = db.insertAll(List.of(TestDocuments.document("a.txt", "王毅外相が発言した。", DocumentDate.undated()))).get(0).documentId();
        }
        OlderLayouts.downgrade(file, 14);
        Sql.execute(file, "INSERT INTO event_joins (source_id, join_id, set_at) VALUES ('ev-1', 'join-a', 1)",
                "INSERT INTO event_joins (source_id, join_id, set_at) VALUES ('ev-2', 'join-a', 1)");
        try (ProjectDatabase db = ProjectDatabase.open(file, ProjectDatabase.DEFAULT_BUSY_TIMEOUT, 14)) {
            assertEquals(List.of(), db.addedReports(), "a version 14 file has no added reports to read");
            assertEquals(List.of(), db.mergeCorrections().added());
            assertEquals(java.util.Map.of("ev-1", "join-a", "ev-2", "join-a"), db.mergeCorrections().joins());
            assertFalse(db.removeAddedReports("ev-1"), "no event, and nowhere to keep an added report");
        }
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
            assertEquals(java.util.Map.of("ev-1", "join-a", "ev-2", "join-a"), db.joins(), "what the analyst decided is kept");
            app.nenpyo.domain.AddedReport added = new app.nenpyo.domain.AddedReport("ev-3", id,
                    new app.nenpyo.domain.TextSpan(0, 5), app.nenpyo.domain.TimeValue.parse("2022-01-10"), "");
            assertTrue(db.addReport(added));
            assertFalse(db.addReport(added), "the same clause, date and label again writes nothing");
            assertEquals(List.of(added), db.addedReports());
            assertEquals("ok", db.integrityCheck());
        }
    }

    @Test
    void aVersion15FileKeepsItsDocumentsWholeAndTheUpgradeReadsThemAsBeforeBesideOnesKeptOnce() {
        Path file = dir.resolve("v15.nenpyo");
        String text = TestDocuments.resource(TestDocuments.SAMPLE);
        DocumentDate date = DocumentDate.undated();
        app.nenpyo.domain.AnalyzedDocument before = TestDocuments.document("before.txt", text, date);
        app.nenpyo.domain.AnalyzedDocument after = TestDocuments.document("after.txt", text + "\n追記。", date);
        long old;
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            old = db.insertAll(List.of(before)).get(0).documentId();
        }
        OlderLayouts.downgrade(file, 15);
        assertEquals(text, Sql.text(file, "SELECT text FROM documents"));
        assertEquals(before.sentences().size(), Sql.scalar(file, "SELECT count(*) FROM sentences"));
        try (ProjectDatabase db = ProjectDatabase.open(file, ProjectDatabase.DEFAULT_BUSY_TIMEOUT, 15)) {
            long another = db.insertAll(List.of(after)).get(0).documentId();
            assertEquals(after.text(), db.text(another), "a version 15 file is written as version 15 wrote it");
            assertEquals(after.sentences(), db.sentences(another));
        }
        assertEquals(before.sentences().size() + after.sentences().size(), Sql.scalar(file, "SELECT count(*) FROM sentences"));
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
            assertEquals(text, db.text(old));
            assertEquals(before.sentences(), db.sentences(old));
            long once = db.insertAll(List.of(TestDocuments.document("new.txt", "新しい文書。\n\n二段落目。", date))).get(0).documentId();
            assertEquals("新しい文書。\n\n二段落目。", db.text(once));
            assertEquals(2, db.sentences(once).size());
            assertEquals("ok", db.integrityCheck());
        }
        assertEquals(2, Sql.scalar(file, "SELECT count(*) FROM documents WHERE outside_paragraphs IS NULL"),
                "the step rewrites no document");
    }

    @Test
    void aVersion5FilesSavedReportsCountAsNotMergedUntilTheNextMergeMarksThem() {
        Path file = dir.resolve("v5.nenpyo");
        java.time.LocalDate jan11 = java.time.LocalDate.of(2022, 1, 11);
        long id;
        try (ProjectDatabase db = ProjectDatabase.open(file, ProjectDatabase.DEFAULT_BUSY_TIMEOUT, 5)) {
            id = db.insertAll(List.of(TestDocuments.analyze("a.txt", "ロシアは9日、声明を出した。", DocumentDate.byUser(jan11),
                    List.of()))).get(0).documentId();
            db.saveReports(java.util.Map.of(id, new SavedReports(jan11, 1, new byte[] {7})), false);
        }

        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(ProjectDatabase.SCHEMA_VERSION, db.schemaVersion());
            DatedDocumentReports reports = db.datedDocumentReports().get(0);
            assertTrue(reports.hasCurrentReports(1), "the reports are kept");
            assertFalse(reports.merged(), "but not known to be merged: the next merge is whole");
            db.replaceEvents(new MergedState(List.of(id), java.util.Map.of(), java.util.Map.of(), null),
                    windows -> windows.accept(List.of()));
            assertTrue(db.datedDocumentReports().get(0).merged());
            assertArrayEquals(new byte[] {7}, db.savedReports(List.of(id)).get(id).bytes());
        }
    }

    @Test
    void deletedAndChangedParagraphsLeaveAndReenterTheIndex() throws IOException {
        Path file = fixtureCopy();
        ProjectDatabase.open(file).close();

        Sql.execute(file, "PRAGMA foreign_keys = ON",
                "DELETE FROM documents WHERE origin = 'geneva.txt'",
                "UPDATE paragraphs SET text = '書き換えた本文、ロシア外相' WHERE id = (SELECT min(id) FROM paragraphs)");

        SearchIndexCheck.assertConsistent(file);
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals(List.of(), db.search("ジュネーブ", 10));
            assertEquals(List.of(), db.search("協議", 10));
            assertEquals(List.of(), db.search("王毅国務委員", 10));
            assertEquals(1, db.search("書き換えた", 10).size());
            assertEquals(List.of(1, 2), db.search("外相", 10).stream().map(SearchHit::paragraphNumber).sorted().toList());
        }
    }

    @Test
    void aFileFromANewerNenpyoIsRefusedAndLeftUnchanged() throws IOException {
        Path file = dir.resolve("future.nenpyo");
        ProjectDatabase.open(file).close();
        Sql.execute(file, "PRAGMA user_version = 999");
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(file));

        assertEquals(file.toAbsolutePath() + ": the project was written by a newer version of Nenpyo (schema 999,"
                + " this version knows up to 18); it was left unchanged", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aTextFileRenamedNenpyoIsNotADatabase() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.nenpyo"), "カザフスタンで抗議活動\n".repeat(100));
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(file));

        assertEquals(file.toAbsolutePath() + ": not an SQLite database (not a Nenpyo project file)", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anotherApplicationsDatabaseIsRefused() throws IOException {
        Path file = dir.resolve("other.nenpyo");
        Sql.execute(file, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('x')");
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(file));

        assertEquals(file.toAbsolutePath() + ": an SQLite database of another application, not a Nenpyo project",
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseWithAnotherApplicationIdIsRefused() {
        Path file = dir.resolve("other-id.nenpyo");
        Sql.execute(file, "PRAGMA application_id = 1234", "CREATE TABLE documents (id INTEGER)");

        StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(file));

        assertTrue(e.getMessage().endsWith("an SQLite database of another application, not a Nenpyo project"));
    }

    @Test
    void aCorruptFileIsReportedAsSuch() throws IOException {
        Path file = dir.resolve("corrupt.nenpyo");
        ProjectDatabase.open(file).close();
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);

        StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(file));

        assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aFolderIsNotAProjectFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.nenpyo"));

        StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(folder));

        assertEquals(folder.toAbsolutePath() + ": is a folder, not a project file", e.getMessage());
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = dir.resolve("missing").resolve("p.nenpyo");

        StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(file));

        assertEquals(file.toAbsolutePath() + ": the folder does not exist", e.getMessage());
    }

    private Path fixtureCopy() throws IOException {
        Path file = dir.resolve(Version1Fixture.NAME);
        try (InputStream in = MigrationTest.class.getResourceAsStream("/store/" + Version1Fixture.NAME)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
