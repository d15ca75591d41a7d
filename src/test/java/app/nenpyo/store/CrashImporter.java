package app.nenpyo.store;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DocumentDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link CrashTest}: imports a deterministic set of documents in batches
 * and prints a line after each commit, so the parent can kill it in the middle of the next one.
 */
final class CrashImporter {

    static final int BATCH = 20;

    private CrashImporter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int documents = Integer.parseInt(args[1]);
        String sample = TestDocuments.resource(TestDocuments.SAMPLE);
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            for (int first = 0; first < documents; first += BATCH) {
                List<AnalyzedDocument> batch = new ArrayList<>();
                for (int i = first; i < Math.min(documents, first + BATCH); i++) {
                    batch.add(document(sample, i));
                }
                db.insertAll(batch);
                System.out.println("committed " + (first + batch.size()));
                System.out.flush();
            }
        }
    }

    static AnalyzedDocument document(String sample, int serial) {
        return TestDocuments.document("crash-" + serial + ".txt", "文書" + serial + "。\n\n" + sample, DocumentDate.undated());
    }
}
