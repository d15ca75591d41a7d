package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.events.EventPipeline;
import app.nenpyo.ingest.DocumentReader;
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
}
