package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportViewModelTest {
    private static final List<Path> INPUTS = List.of(Path.of("/clips/a.txt"), Path.of("/clips/b.txt"));
    private static final ImportReport.Imported DATED =
            new ImportReport.Imported(1, "/clips/a.txt", "記事A", "UTF-8", "2022-01-11", "FILE_NAME", true);
    private static final ImportReport.Imported UNDATED =
            new ImportReport.Imported(2, "/clips/b.txt", "記事B", "Shift_JIS", "", "NONE", false);

    private final List<ImportState> statesSeenDuringImport = new ArrayList<>();
    private final List<Double> progressSeen = new ArrayList<>();
    private int finishedCalls;

    private ImportViewModel model(InMemoryProject project) {
        return new ImportViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH), () -> finishedCalls++);
    }

    @Test
    void runsWithProgressThenShowsTheReport() {
        InMemoryProject project = new InMemoryProject();
        ImportViewModel[] model = new ImportViewModel[1];
        project.onImport((inputs, options, progress, cancellation) -> {
            statesSeenDuringImport.add(model[0].stateProperty().get());
            progressSeen.add(model[0].progressProperty().get());
            progress.update(50, 200, "/clips/a.txt");
            progressSeen.add(model[0].progressProperty().get());
            assertEquals("Importing: /clips/a.txt", model[0].statusProperty().get());
            return new ImportReport(List.of(DATED, UNDATED),
                    List.of(new ImportReport.Duplicate("/clips/c.txt", 1)),
                    List.of(new ImportReport.Failure("/clips/d.txt", "binary file")), false);
        });
        model[0] = model(project);
        assertTrue(model[0].start(INPUTS, Map.of()));

        assertEquals(List.of(ImportState.RUNNING), statesSeenDuringImport);
        assertEquals(List.of(ImportViewModel.INDETERMINATE, 0.25), progressSeen);
        assertEquals(ImportState.FINISHED, model[0].stateProperty().get());
        assertEquals(1.0, model[0].progressProperty().get());
        ImportReport report = model[0].reportProperty().get();
        assertEquals(List.of(UNDATED), report.undated());
        assertEquals("/clips/d.txt: binary file", report.failures().get(0).message());
        assertEquals("Import finished", model[0].statusProperty().get());
        assertEquals(1, finishedCalls);
    }

    @Test
    void afterTheLastFileTheStatusSaysTheEventsAreBeingMerged() {
        InMemoryProject project = new InMemoryProject();
        ImportViewModel[] model = new ImportViewModel[1];
        List<String> statusSeen = new ArrayList<>();
        project.onImport((inputs, options, progress, cancellation) -> {
            progress.update(200, 200, "/clips/b.txt");
            progressSeen.add(model[0].progressProperty().get());
            progress.mergingEvents();
            progressSeen.add(model[0].progressProperty().get());
            statusSeen.add(model[0].statusProperty().get());
            return new ImportReport(List.of(DATED), List.of(), List.of(), false);
        });
        model[0] = model(project);
        assertTrue(model[0].start(INPUTS, Map.of()));

        assertEquals(List.of(1.0, ImportViewModel.INDETERMINATE), progressSeen, "a full bar, then work in progress");
        assertEquals(List.of("Merging the project's events…"), statusSeen);
        assertEquals("Import finished", model[0].statusProperty().get());
        assertEquals(1.0, model[0].progressProperty().get());
        assertEquals("出来事をまとめています…", Messages.of(Language.JAPANESE).get("status.mergingEvents"));
    }

    @Test
    void passesTheDatesChosenPerDocumentToTheImport() {
        InMemoryProject project = new InMemoryProject();
        model(project).start(INPUTS, Map.of("/clips/b.txt", LocalDate.of(2022, 1, 11)));
        ImportOptions options = project.importOptions().get(0);
        assertEquals(Optional.of(LocalDate.of(2022, 1, 11)), options.dateFor("/clips/b.txt"));
        assertEquals(Optional.empty(), options.dateFor("/clips/a.txt"), "the other documents keep their own date");
    }

    @Test
    void cancelSignalsTheImportAndEndsCancelled() {
        InMemoryProject project = new InMemoryProject();
        ImportViewModel[] model = new ImportViewModel[1];
        project.onImport((inputs, options, progress, cancellation) -> {
            model[0].cancel();
            statesSeenDuringImport.add(model[0].stateProperty().get());
            assertTrue(cancellation.isCancelled());
            // progress arriving after the cancel must not overwrite "cancelling"
            progress.update(100, 200, "/clips/b.txt");
            assertEquals("Cancelling…", model[0].statusProperty().get());
            return new ImportReport(List.of(DATED), List.of(), List.of(), true);
        });
        model[0] = model(project);
        model[0].start(INPUTS, Map.of());

        assertEquals(List.of(ImportState.CANCELLING), statesSeenDuringImport);
        assertEquals(ImportState.CANCELLED, model[0].stateProperty().get());
        assertTrue(model[0].reportProperty().get().cancelled());
        assertEquals("Import cancelled (1 document imported before)", model[0].statusProperty().get());
        assertEquals(1, finishedCalls);
    }

    /** Cancelled once every file was stored: the line says they are in, and that their events come later. */
    @Test
    void aCancelWhileTheEventsAreMergedSaysTheDocumentsAreIn() {
        InMemoryProject project = new InMemoryProject();
        ImportViewModel[] model = new ImportViewModel[1];
        project.onImport((inputs, options, progress, cancellation) -> {
            model[0].cancel();
            return new ImportReport(List.of(DATED, UNDATED), List.of(), List.of(), true, Optional.empty(), true);
        });
        model[0] = model(project);
        model[0].start(INPUTS, Map.of());

        assertEquals(ImportState.CANCELLED, model[0].stateProperty().get());
        assertEquals("2 documents imported; merging their events was cancelled (done at the next opening or import)",
                model[0].statusProperty().get());
    }

    @Test
    void refusesASecondImportWhileOneRuns() {
        InMemoryProject project = new InMemoryProject();
        ImportViewModel[] model = new ImportViewModel[1];
        boolean[] second = {true};
        project.onImport((inputs, options, progress, cancellation) -> {
            second[0] = model[0].start(INPUTS, Map.of());
            return new ImportReport(List.of(), List.of(), List.of(), false);
        });
        model[0] = model(project);
        model[0].start(INPUTS, Map.of());
        assertFalse(second[0]);
        assertEquals(1, project.importOptions().size());
    }

    @Test
    void anImportThatThrowsEndsFailedWithTheReason() {
        InMemoryProject project = new InMemoryProject().onImport((inputs, options, progress, cancellation) -> {
            throw new IllegalStateException("project.nenpyo: disk full");
        });
        ImportViewModel model = model(project);
        model.start(INPUTS, Map.of());
        assertEquals(ImportState.FAILED, model.stateProperty().get());
        assertEquals("Import failed: project.nenpyo: disk full", model.statusProperty().get());
        assertNull(model.reportProperty().get());
    }
}
