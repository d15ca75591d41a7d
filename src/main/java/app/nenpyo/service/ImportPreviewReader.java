package app.nenpyo.service;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.ingest.DocumentReader;
import app.nenpyo.ingest.EntryProblem;
import app.nenpyo.ingest.FileParts;
import app.nenpyo.ingest.FileReading;
import app.nenpyo.ingest.IngestException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads files as an import would ({@link ImportPipeline#collect} then {@link DocumentReader}),
 * file by file on the calling thread, and keeps only what the analyst checks before importing:
 * origin, title, encoding and date. The text is dropped after each file and a blog export is read
 * a part at a time ({@link FileParts}), so a big folder needs no more memory than its largest
 * file's text. Nothing touches the project.
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
            long size = ImportPipeline.sizeOf(file);
            try {
                // a part at a time: a blog export of years is never held as documents all at once
                FileParts parts = reader.parts(file, ImportPipeline.PART_CHARACTERS);
                long characters = 0;
                for (int i = 0; i < parts.count(); i++) {
                    characters += parts.characters(i);
                }
                long read = 0;
                for (int i = 0; i < parts.count() && !cancellation.isCancelled(); i++) {
                    FileReading reading = parts.read(i);
                    for (AnalyzedDocument document : reading.documents()) {
                        documents.add(new DocumentPreview(file, document.origin(), document.title(), document.encoding(), document.date()));
                    }
                    for (EntryProblem problem : reading.problems()) {
                        failures.add(new ImportReport.Failure(problem.origin(), problem.reason()));
                    }
                    read += parts.characters(i);
                    if (i + 1 < parts.count()) {
                        progress.update(doneBytes + size * read / Math.max(1, characters), totalBytes, file.toString());
                    }
                }
            } catch (IngestException e) {
                failures.add(new ImportReport.Failure(file.toString(), e.reason()));
            } catch (RuntimeException | StackOverflowError e) {
                // one unreadable file must not hide the others: the import itself would go on too
                failures.add(new ImportReport.Failure(file.toString(), "could not be read: " + e));
            }
            if (cancellation.isCancelled()) {
                break;
            }
            doneBytes += size;
            progress.update(doneBytes, totalBytes, file.toString());
        }
        return new ImportPreview(documents, failures, cancellation.isCancelled());
    }
}
