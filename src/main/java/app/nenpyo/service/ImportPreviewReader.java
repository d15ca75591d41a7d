package app.nenpyo.service;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.events.DocumentInput;
import app.nenpyo.ingest.DocumentReader;
import app.nenpyo.ingest.EntryProblem;
import app.nenpyo.ingest.FileReading;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads files as an import would ({@link ImportPipeline#collect} then {@link FileUnits}), on a
 * worker per core, and keeps only what the analyst checks before importing: origin, title,
 * encoding and date, in the files' order. Only a few files or parts are read at a time and their
 * text dropped once listed, so a big folder, or a blog export of years, needs no more memory
 * than its largest file's text. Nothing touches the project.
 */
final class ImportPreviewReader {

    /** Files or parts read ahead of the one listed: enough to keep every core busy. */
    private static final int UNITS_IN_FLIGHT = 4;

    private final DocumentReader reader;
    private final int partCharacters;
    private final Function<String, Optional<StoredDocument>> storedByContent;
    private final Predicate<Path> projectOwn;

    ImportPreviewReader(DocumentReader reader) {
        this(reader, ImportPipeline.PART_CHARACTERS, key -> Optional.empty(), file -> false);
    }

    /**
     * @param storedByContent the project's document with a content key ({@link DocumentInput#contentKey}), if any
     * @param projectOwn      the project's own files, never read ({@link ProjectOwnFiles})
     */
    ImportPreviewReader(DocumentReader reader, Function<String, Optional<StoredDocument>> storedByContent,
                        Predicate<Path> projectOwn) {
        this(reader, ImportPipeline.PART_CHARACTERS, storedByContent, projectOwn);
    }

    /** @param partCharacters as {@link FileUnits} */
    ImportPreviewReader(DocumentReader reader, int partCharacters) {
        this(reader, partCharacters, key -> Optional.empty(), file -> false);
    }

    private ImportPreviewReader(DocumentReader reader, int partCharacters, Function<String, Optional<StoredDocument>> storedByContent,
                                Predicate<Path> projectOwn) {
        this.reader = reader;
        this.partCharacters = partCharacters;
        this.storedByContent = storedByContent;
        this.projectOwn = projectOwn;
    }

    ImportPreview read(List<Path> inputs, ImportProgress progress, Cancellation cancellation) {
        List<ImportReport.Failure> failures = new ArrayList<>();
        List<String> otherKinds = new ArrayList<>();
        List<Path> files = ImportPipeline.collect(inputs, failures, otherKinds, projectOwn);
        long totalBytes = files.stream().mapToLong(ImportPipeline::sizeOf).sum();
        long doneBytes = 0;
        progress.update(0, totalBytes, "");
        List<DocumentPreview> documents = new ArrayList<>();
        FileUnits units = new FileUnits(reader, files, partCharacters);
        ExecutorService workers = ReadingWorkers.start("nenpyo-preview");
        try {
            Deque<Read> inFlight = new ArrayDeque<>();
            while (!cancellation.isCancelled()) {
                while (units.hasNext() && inFlight.size() < UNITS_IN_FLIGHT) {
                    FileUnits.Unit unit = units.next();
                    inFlight.addLast(new Read(unit, workers.submit(unit.reading())));
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Read read = inFlight.removeFirst();
                Path file = read.unit().file();
                try {
                    FileReading reading = read.result().get();
                    for (AnalyzedDocument document : reading.documents()) {
                        documents.add(new DocumentPreview(file, document.origin(), document.title(), document.encoding(), document.date(),
                                storedByContent.apply(DocumentInput.contentKey(document.text()))));
                    }
                    for (EntryProblem problem : reading.problems()) {
                        failures.add(new ImportReport.Failure(problem.origin(), problem.reason()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancellation.cancel();
                    break;
                } catch (ExecutionException e) {
                    // one unreadable file must not hide the others: the import itself would go on too
                    failures.add(ImportPipeline.unreadable(file, e.getCause()));
                }
                doneBytes += read.unit().bytes();
                progress.update(doneBytes, totalBytes, file.toString());
            }
        } finally {
            workers.shutdownNow();
        }
        return new ImportPreview(documents, failures, cancellation.isCancelled(), otherKinds);
    }

    private record Read(FileUnits.Unit unit, Future<FileReading> result) {
    }
}
