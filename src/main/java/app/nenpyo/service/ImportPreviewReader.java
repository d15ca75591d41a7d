package app.nenpyo.service;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.ingest.DocumentReader;
import app.nenpyo.ingest.EntryProblem;
import app.nenpyo.ingest.FileReading;
import app.nenpyo.ingest.IngestException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads files as an import would ({@link ImportPipeline#collect} then {@link DocumentReader}),
 * file by file on the calling thread, and keeps only what the analyst checks before importing:
 * origin, title, encoding and date. The text is dropped after each file, so a big folder needs
 * no more memory than its largest file. Nothing touches the project.
 */
final class ImportPreviewReader {

    private final DocumentReader reader;

    ImportPreviewReader(DocumentReader reader) {
        this.reader = reader;
    }

    ImportPreview read(List<Path> inputs, ImportProgress progress, Cancellation cancellation) {
        List<ImportReport.Failure> failures = new ArrayList<>();
        List<Path> files = ImportPipeline.collect(inputs, failures);
        long totalBytes = files.stream().mapToLong(ImportPipeline::sizeOf).sum();
        long doneBytes = 0;
        progress.update(0, totalBytes, "");
        List<DocumentPreview> documents = new ArrayList<>();
        for (Path file : files) {
            if (cancellation.isCancelled()) {
                break;
            }
            try {
                FileReading reading = reader.read(file);
                for (AnalyzedDocument document : reading.documents()) {
                    documents.add(new DocumentPreview(file, document.origin(), document.title(), document.encoding(), document.date()));
                }
                for (EntryProblem problem : reading.problems()) {
                    failures.add(new ImportReport.Failure(problem.origin(), problem.reason()));
                }
            } catch (IngestException e) {
                failures.add(new ImportReport.Failure(file.toString(), e.reason()));
            } catch (RuntimeException e) {
                // one unreadable file must not hide the others: the import itself would go on too
                failures.add(new ImportReport.Failure(file.toString(), "could not be read: " + e));
            }
            doneBytes += ImportPipeline.sizeOf(file);
            progress.update(doneBytes, totalBytes, file.toString());
        }
        return new ImportPreview(documents, failures, cancellation.isCancelled());
    }
}
