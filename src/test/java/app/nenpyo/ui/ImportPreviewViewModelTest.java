package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.service.DocumentPreview;
import app.nenpyo.service.ImportPreview;
import app.nenpyo.service.ImportReport;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportPreviewViewModelTest {
    private static final List<Path> INPUTS = List.of(Path.of("/clips"));
    private static final LocalDate JAN_11 = LocalDate.of(2022, 1, 11);
    private static final DocumentPreview FROM_FILE_NAME = new DocumentPreview(Path.of("/clips/clip-2022-01-11.txt"), "/clips/clip-2022-01-11.txt", "記事A", "UTF-8",
            new DocumentDate(JAN_11, DateSource.FILE_NAME, "clip-2022-01-11.txt"));
    private static final DocumentPreview ENTRY_ONE = new DocumentPreview(Path.of("/clips/blog.txt"), "/clips/blog.txt#1", "拘束者8000人に", "UTF-8",
            new DocumentDate(JAN_11, DateSource.METADATA, ""));
    private static final DocumentPreview UNDATED = new DocumentPreview(Path.of("/clips/memo.txt"), "/clips/memo.txt", "メモ", "Shift_JIS", DocumentDate.undated());

    private final List<Boolean> readingSeen = new ArrayList<>();

    private ImportPreviewViewModel previewOf(List<DocumentPreview> documents, List<ImportReport.Failure> failures) {
        ImportPreviewViewModel[] model = new ImportPreviewViewModel[1];
        InMemoryProject project = new InMemoryProject().onPreview((inputs, progress, cancellation) -> {
            readingSeen.add(model[0].readingProperty().get());
            progress.update(30, 120, "/clips/blog.txt");
            assertEquals(0.25, model[0].progressProperty().get());
            assertEquals("Reading: /clips/blog.txt", model[0].statusProperty().get());
            return new ImportPreview(documents, failures, false);
        });
        model[0] = new ImportPreviewViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH), INPUTS);
        model[0].read();
        return model[0];
    }

    @Test
    void listsUndatedDocumentsFirstWithWhereEachDateCameFromAndTheUnreadableInputsApart() {
        ImportPreviewViewModel model = previewOf(List.of(FROM_FILE_NAME, ENTRY_ONE, UNDATED),
                List.of(new ImportReport.Failure("/clips/broken.txt", "binary file")));

        assertEquals(List.of(true), readingSeen, "read in the background, flagged as reading");
        assertFalse(model.readingProperty().get());
        assertEquals(List.of("/clips/memo.txt", "/clips/clip-2022-01-11.txt", "/clips/blog.txt#1"),
                model.rows().stream().map(ImportPreviewRow::origin).toList());
        assertEquals(List.of("undated", "file name (clip-2022-01-11.txt)", "metadata"),
                model.rows().stream().map(row -> row.dateSourceProperty().get()).toList());
        assertEquals(1, model.undatedCountProperty().get());
        assertEquals(List.of("/clips/broken.txt: binary file"), model.failures());
        assertEquals("3 documents, 1 without a date, 1 unreadable", model.statusProperty().get());
        assertTrue(model.canImportProperty().get());
        assertEquals(Map.of(), model.request().documentDates(), "nothing changed: every document keeps its own date");
    }

    @Test
    void aDocumentTheProjectHoldsAlreadyShowsItsDateThereAndTakesNoDate() {
        LocalDate jan14 = LocalDate.of(2022, 1, 14);
        StoredDocument stored = new StoredDocument(2, "/old/memo.txt", "メモ", "hash", "Shift_JIS", SourceFormat.values()[0],
                DocumentDate.byUser(jan14), Instant.EPOCH, List.of(), 1, 40);
        DocumentPreview again = new DocumentPreview(Path.of("/clips/memo.txt"), "/clips/memo.txt", "メモ", "Shift_JIS",
                DocumentDate.undated(), Optional.of(stored));
        ImportPreviewViewModel model = previewOf(List.of(FROM_FILE_NAME, again), List.of());
        ImportPreviewRow row = model.rows().stream().filter(ImportPreviewRow::inProject).findFirst().orElseThrow();

        assertEquals(jan14, row.chosenDateProperty().get(), "the project's date");
        assertEquals("Already in the project (\"メモ\", keeps this date)", row.dateSourceProperty().get());
        assertEquals(0, model.undatedCountProperty().get(), "nothing to date");
        model.dateTheUndated(LocalDate.of(2022, 1, 20));
        row.chosenDateProperty().set(LocalDate.of(2022, 1, 15));
        assertEquals(Map.of(), model.request().documentDates(), "no date travels for it: the import would not apply it");
    }

    @Test
    void aChangedDateBecomesTheAnalystsAndTravelsWithTheImportAndPickingTheDetectedOneAgainUndoesIt() {
        ImportPreviewViewModel model = previewOf(List.of(FROM_FILE_NAME, UNDATED), List.of());
        ImportPreviewRow undated = model.rows().get(0);
        ImportPreviewRow dated = model.rows().get(1);

        undated.chosenDateProperty().set(LocalDate.of(2022, 1, 12));
        dated.chosenDateProperty().set(LocalDate.of(2022, 1, 10));
        assertEquals(0, model.undatedCountProperty().get(), "the count follows the pickers");
        assertEquals("2 documents, 0 without a date, 0 unreadable", model.statusProperty().get(), "and so does the line saying it");
        assertFalse(undated.undatedProperty().get());
        assertEquals("user", dated.dateSourceProperty().get());
        assertEquals(Map.of("/clips/memo.txt", LocalDate.of(2022, 1, 12), "/clips/clip-2022-01-11.txt", LocalDate.of(2022, 1, 10)),
                model.request().documentDates());
        assertEquals(INPUTS, model.request().inputs());

        dated.chosenDateProperty().set(JAN_11);
        assertEquals("file name (clip-2022-01-11.txt)", dated.dateSourceProperty().get());
        assertEquals(Map.of("/clips/memo.txt", LocalDate.of(2022, 1, 12)), model.request().documentDates());
    }

    @Test
    void oneDateForTheWholeBatchDatesOnlyTheUndated() {
        ImportPreviewViewModel model = previewOf(List.of(FROM_FILE_NAME, UNDATED,
                new DocumentPreview(Path.of("/clips/memo2.txt"), "/clips/memo2.txt", "メモ2", "UTF-8", DocumentDate.undated())), List.of());
        assertEquals(2, model.undatedCountProperty().get());
        model.dateTheUndated(LocalDate.of(2022, 2, 1));
        assertEquals(0, model.undatedCountProperty().get());
        assertEquals(Map.of("/clips/memo.txt", LocalDate.of(2022, 2, 1), "/clips/memo2.txt", LocalDate.of(2022, 2, 1)),
                model.request().documentDates(), "a document with its own date keeps it");
    }

    @Test
    void stoppingKeepsWhatWasReadAndAFailureToReadSaysWhy() {
        ImportPreviewViewModel[] model = new ImportPreviewViewModel[1];
        InMemoryProject project = new InMemoryProject().onPreview((inputs, progress, cancellation) -> {
            model[0].cancel();
            assertTrue(cancellation.isCancelled());
            return new ImportPreview(List.of(FROM_FILE_NAME), List.of(), cancellation.isCancelled());
        });
        model[0] = new ImportPreviewViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH), INPUTS);
        model[0].read();
        assertTrue(model[0].cancelledProperty().get());
        assertEquals("Stopped: 1 document read, 0 without a date, 0 unreadable", model[0].statusProperty().get());
        assertTrue(model[0].canImportProperty().get(), "what was read can be imported");
        assertEquals(List.of(Path.of("/clips/clip-2022-01-11.txt")), model[0].request().inputs(),
                "and only that: the dates of the files not read were never shown");

        ImportPreviewViewModel failing = new ImportPreviewViewModel(new InMemoryProject().onPreview((inputs, progress, cancellation) -> {
            throw new IllegalStateException("/clips: permission denied");
        }), new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH), INPUTS);
        failing.read();
        assertEquals("Could not read the files: /clips: permission denied", failing.statusProperty().get());
        assertFalse(failing.canImportProperty().get());
        assertFalse(failing.readingProperty().get());
    }

    @Test
    void saysWhatFilesOfOtherKindsTheFoldersHeldThatWillNotBeRead() {
        InMemoryProject project = new InMemoryProject().onPreview((inputs, progress, cancellation) ->
                new ImportPreview(List.of(FROM_FILE_NAME), List.of(), false, List.of("/clips/a.png", "/clips/scan.pdf", "/clips/b.png", "/clips/README")));
        ImportPreviewViewModel model = new ImportPreviewViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH), INPUTS);
        model.read();
        assertEquals("1 document, 0 without a date, 0 unreadable · 4 other files of the folders not read (.png ×2, no extension, .pdf)",
                model.statusProperty().get());
        assertTrue(model.canImportProperty().get(), "they stop nothing");
    }

    @Test
    void anEmptyTableSaysItIsReadingThenThatThereIsNothingToImport() {
        Messages english = Messages.of(Language.ENGLISH);
        ImportPreviewViewModel[] model = new ImportPreviewViewModel[1];
        List<String> whileReading = new ArrayList<>();
        InMemoryProject project = new InMemoryProject().onPreview((inputs, progress, cancellation) -> {
            whileReading.add(model[0].emptyTableProperty().get());
            return new ImportPreview(List.of(), List.of(new ImportReport.Failure("/clips/broken.bin", "binary file")), false);
        });
        model[0] = new ImportPreviewViewModel(project, new SameThreadTaskExecutor(), english, INPUTS);
        assertEquals(english.get("preview.reading"), model[0].emptyTableProperty().get(), "before reading starts");
        model[0].read();
        assertEquals(List.of(english.get("preview.reading")), whileReading);
        assertEquals(english.get("preview.nothing"), model[0].emptyTableProperty().get(), "not still reading");
    }
}
