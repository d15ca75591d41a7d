package app.nenpyo.store;

import app.nenpyo.domain.AnalyzedDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.StoredDocument;
import app.nenpyo.store.InsertResult.Outcome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an import leaves no half document, and a re-run completes the rest. */
class CrashTest {

    private static final int DOCUMENTS = 400;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesWholeDocumentsOnlyAndARerunCompletesIt() throws Exception {
        Path file = dir.resolve("crash.nenpyo");
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                CrashImporter.class.getName(), file.toString(), String.valueOf(DOCUMENTS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("committed " + 2 * CrashImporter.BATCH));
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, mid-batch
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        int survived;
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertEquals("ok", db.integrityCheck());
            survived = db.documentCount();
            assertTrue(survived >= 2 * CrashImporter.BATCH && survived < DOCUMENTS, "survived " + survived);
            assertEquals(0, survived % CrashImporter.BATCH, "whole batches only");
            for (StoredDocument document : db.documents()) {
                assertEquals(document.paragraphCount(), db.paragraphs(document.id()).size());
                assertEquals(document.characterCount(), db.text(document.id()).length());
            }
            String sample = TestDocuments.resource(TestDocuments.SAMPLE);
            List<AnalyzedDocument> all = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                all.add(CrashImporter.document(sample, i));
            }
            Map<Outcome, Long> outcomes = db.insertAll(all).stream()
                    .collect(Collectors.groupingBy(InsertResult::outcome, Collectors.counting()));
            assertEquals(Map.of(Outcome.DUPLICATE, (long) survived, Outcome.IMPORTED, (long) (DOCUMENTS - survived)),
                    outcomes);
            assertEquals(DOCUMENTS, db.documentCount());
            assertEquals(DOCUMENTS, db.documents().stream().map(StoredDocument::contentHash)
                    .collect(Collectors.toMap(Function.identity(), h -> 1, Integer::sum)).size());
            assertEquals(2 * DOCUMENTS, db.search("王毅", 10 * DOCUMENTS).size());
        }
        SearchIndexCheck.assertConsistent(file);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
