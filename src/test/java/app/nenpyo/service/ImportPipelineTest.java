package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.events.DocumentInput;
import app.nenpyo.events.EventPipeline;
import app.nenpyo.ingest.DocumentAnalyzer;
import app.nenpyo.ingest.DocumentReader;
import app.nenpyo.store.AnotherProcess;
import app.nenpyo.store.HashedDocument;
import app.nenpyo.store.ProjectDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file read in parts gives what reading it whole gives (ProjectServiceTest covers the rest). */
class ImportPipelineTest {

    @TempDir
    Path temp;

    @Test
    void anExportReadInPartsIsStoredAsReadingItWholeStoresItWithTheSameReportsAndProgressToItsSize() throws Exception {
        Path export = SampleFiles.writeManyEntryExport(temp.resolve("blog.export"), 60, 17);
        List<Event> whole;
        ImportReport wholeReport;
        try (ProjectService project = ProjectService.open(temp.resolve("whole.nenpyo"))) {
            wholeReport = project.importFiles(List.of(export), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            whole = project.events();
        }

        List<Long> done = new ArrayList<>();
        ImportReport inParts;
        try (ProjectDatabase database = ProjectDatabase.open(temp.resolve("parts.nenpyo"))) {
            inParts = new ImportPipeline(database, new DocumentReader(), new DocumentReading(new EventPipeline()),
                    ImportOptions.defaults(), (bytes, total, current) -> done.add(bytes), new Cancellation(), 200)
                    .run(List.of(export));
        }

        assertEquals(wholeReport.imported().stream().map(ImportReport.Imported::origin).toList(),
                inParts.imported().stream().map(ImportReport.Imported::origin).toList());
        assertEquals(List.of(export + "#18"), inParts.failures().stream().map(ImportReport.Failure::origin).toList(),
                "the broken entry, numbered as in the file");
        assertEquals(wholeReport.failures(), inParts.failures());
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i - 1) <= done.get(i), "progress never goes back: " + done);
        }
        assertEquals(Files.size(export), done.get(done.size() - 1));
        try (ProjectService project = ProjectService.open(temp.resolve("parts.nenpyo"))) {
            EventRebuild rebuild = project.rebuildEvents();
            assertEquals(List.of(60, 0), List.of(rebuild.documents(), rebuild.readAgain()), "every entry's reports were saved");
            assertEquals(whole, project.events());
        }
    }

    @Test
    void theHashAWorkerStoresADocumentUnderIsTheKeyItsEventsCite() {
        // a kanji outside the BMP and a lone surrogate: the hash is of the text as UTF-8, as stored
        for (String text : List.of("政府は10日、対策を発表した。", "𠮷野家は\uD8002日に開店した。", "")) {
            AnalyzedDocument document = DocumentAnalyzer.analyze("a.txt", text, "UTF-8", SourceFormat.TEXT,
                    DocumentDate.undated(), "", List.of(), "a.txt");
            assertEquals(DocumentInput.contentKey(text), HashedDocument.of(document).contentHash(), text);
        }
    }

    private ImportReport importInParts(Path project, ImportProgress progress, Cancellation cancellation, Path... inputs)
            throws Exception {
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            return new ImportPipeline(database, new DocumentReader(), new DocumentReading(new EventPipeline()),
                    ImportOptions.defaults(), progress, cancellation, 200).run(List.of(inputs));
        }
    }

    @Test
    void aLargeFileThatCannotBeReadFailsAloneAndALargeFileOfOneDocumentIsReadWhole() throws Exception {
        Path binary = Files.write(temp.resolve("broken.export"), new byte[4096]);
        Path longText = Files.writeString(temp.resolve("long-2022-01-11.txt"), "政府は10日、対策を発表した。\n".repeat(200));
        Path export = SampleFiles.writeManyEntryExport(temp.resolve("blog.export"), 30, 0);

        ImportReport report = importInParts(temp.resolve("p.nenpyo"), ImportProgress.NONE, new Cancellation(), binary, longText, export);

        assertEquals(List.of(binary.toString()), report.failures().stream().map(ImportReport.Failure::origin).toList());
        assertTrue(report.failures().get(0).reason().contains("binary"), report.failures().get(0).reason());
        assertEquals(31, report.imported().size());
        assertEquals(longText.toString(), report.imported().get(0).origin(), "one document, read whole");
    }

    @Test
    void cancellingWhilePartsAreInFlightStopsBetweenEntriesAndStoresNothingHalf() throws Exception {
        Path export = SampleFiles.writeManyEntryExport(temp.resolve("blog.export"), 200, 0);
        Cancellation cancellation = new Cancellation();
        List<Long> done = new ArrayList<>();

        ImportReport report = importInParts(temp.resolve("p.nenpyo"), (bytes, total, current) -> {
            done.add(bytes);
            if (bytes > 0) {
                cancellation.cancel();
            }
        }, cancellation, export);

        assertTrue(report.cancelled());
        assertTrue(report.imported().size() < 200, "stopped inside the file: " + report.imported().size());
        assertTrue(done.get(done.size() - 1) < Files.size(export), "progress does not claim the whole file: " + done);
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            assertEquals(report.imported().size(), project.documentCount());
            assertEquals("ok", project.integrityCheck());
        }
    }

    @Test
    void theProjectsOwnFilesDroppedWithOthersAreNeverOpenedAndTheProjectKeepsItsLocks() throws Exception {
        Path file = temp.resolve("own.nenpyo");
        Path article = Files.writeString(temp.resolve("a-2022-01-11.txt"), "政府は10日、対策を発表した。\n");
        try (ProjectService project = ProjectService.open(file)) {
            project.importFiles(List.of(article), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            Path wal = temp.resolve("own.nenpyo-wal");
            Path byAnotherPath = temp.resolve("sub/../own.nenpyo");
            Files.createDirectories(temp.resolve("sub"));
            Path other = Files.writeString(temp.resolve("b-2022-01-12.txt"), "首相は11日、会見した。\n");
            List<Path> dropped = List.of(file, wal, byAnotherPath, other);

            ImportPreview preview = project.preview(dropped, ImportProgress.NONE, new Cancellation());
            ImportReport report = project.importFiles(dropped, ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());

            List<String> refused = List.of(file + ": " + ProjectOwnFiles.REASON, wal + ": " + ProjectOwnFiles.REASON,
                    byAnotherPath + ": " + ProjectOwnFiles.REASON);
            assertEquals(refused, preview.failures().stream().map(ImportReport.Failure::message).toList());
            assertEquals(refused, report.failures().stream().map(ImportReport.Failure::message).toList());
            assertEquals(List.of(other.toString()), report.imported().stream().map(ImportReport.Imported::origin).toList());
            assertFalse(AnotherProcess.findsTheProjectClosed(file), "an SQLite elsewhere would delete the log in use here");
        }
        assertTrue(ProjectService.whenNothingToRead(List.of(file), file).isPresent());
        assertTrue(ProjectService.whenNothingToRead(List.of(file), temp.resolve("elsewhere.nenpyo")).isEmpty());
    }

    /** SQLite names its log after the file a link to the project leads to: those are the project's files too. */
    @Test
    void theFilesBesideTheFileALinkLeadsToAreTheProjectsOwn() throws Exception {
        Path real = Files.createDirectories(temp.resolve("real")).resolve("p.nenpyo");
        Path link = Files.createSymbolicLink(temp.resolve("link.nenpyo"), real);
        try (ProjectService project = ProjectService.open(link)) {
            project.importFiles(List.of(Files.writeString(temp.resolve("a-2022-01-11.txt"), "政府は10日、対策を発表した。\n")),
                    ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            Path wal = temp.resolve("real/p.nenpyo-wal");
            Path shm = temp.resolve("real/p.nenpyo-shm");
            assertTrue(Files.exists(wal) && Files.exists(shm), "SQLite keeps them beside the real file");

            ImportReport report = project.importFiles(List.of(wal, shm), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());

            assertEquals(List.of(wal + ": " + ProjectOwnFiles.REASON, shm + ": " + ProjectOwnFiles.REASON),
                    report.failures().stream().map(ImportReport.Failure::message).toList());
            assertFalse(AnotherProcess.findsTheProjectClosed(real));
        }
    }
}
