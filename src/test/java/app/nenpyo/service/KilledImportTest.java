package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.bench.CorpusGenerator;
import app.nenpyo.domain.StoredDocument;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a large import: the project reopens sound, holds only whole
 * documents, and a second run imports the rest with no duplicates.
 */
class KilledImportTest {

    @TempDir
    Path temp;

    @Test
    void aKilledImportLeavesWholeDocumentsOnlyAndARerunCompletesIt() throws Exception {
        Path corpus = temp.resolve("corpus");
        new CorpusGenerator(7).write(corpus, 25_000_000L);
        long files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        Path project = temp.resolve("killed.nenpyo");

        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "app.nenpyo.Launcher", "ingest", "--db", project.toString(), corpus.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.log").toFile())
                .start();
        Path wal = project.resolveSibling(project.getFileName() + "-wal");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (walIsSmall(wal) && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(50);
        }
        Thread.sleep(700);
        assertTrue(child.isAlive(), "the import must still be running when it is killed: " + Files.readString(temp.resolve("child.log")));
        child.destroyForcibly();
        child.waitFor();

        try (ProjectService reopened = ProjectService.open(project)) {
            assertEquals("ok", reopened.integrityCheck());
            List<StoredDocument> stored = reopened.documents();
            assertTrue(stored.size() < files, "killed before the end: " + stored.size() + " of " + files);
            for (StoredDocument document : stored) {
                DocumentView view = reopened.document(document.id());
                assertEquals(document.paragraphCount(), view.paragraphs().size(), "whole document " + document.origin());
                assertTrue(view.paragraphs().size() > 2, "whole document " + document.origin());
                assertEquals(Files.readString(Path.of(document.origin())), view.text());
            }

            ImportReport rerun = reopened.importFiles(List.of(corpus), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            assertEquals(stored.size(), rerun.duplicates().size());
            assertEquals(files - stored.size(), rerun.imported().size());
            assertEquals(files, reopened.documentCount());
            assertEquals("ok", reopened.integrityCheck());
        }
    }

    private static boolean walIsSmall(Path wal) {
        File file = wal.toFile();
        return !file.exists() || file.length() < 4_000_000;
    }
}
