package app.nenpyo.service;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.ingest.DocumentReader;
import app.nenpyo.ingest.EntryProblem;
import app.nenpyo.ingest.FileCollector;
import app.nenpyo.ingest.FileReading;
import app.nenpyo.ingest.IngestException;
import app.nenpyo.store.HashedDocument;
import app.nenpyo.store.InsertResult;
import app.nenpyo.store.ProjectDatabase;
import app.nenpyo.store.SavedReports;
import app.nenpyo.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One import: files are read, decoded and split on worker threads (one per core), in input
 * order, with their dated clauses read for events ({@link DocumentReading}) when the options ask
 * for events, and a single writer (the calling thread) stores them in batches. Memory stays bounded:
 * only a window of files is in flight, whatever the size of the corpus. A large blog export is
 * decoded on the calling thread and its entries handed to the workers a part at a time
 * ({@link FileUnits}), so it is read on every core, stored as it is read, and never held as
 * documents all at once.
 *
 * <p>Each document is atomic (the store keeps a savepoint per document); a batch is committed
 * as a whole, so a crash loses at most the batch in progress and never leaves half a document.
 */
final class ImportPipeline {

    private static final long MAX_BYTES_IN_FLIGHT = 64L << 20;
    private static final int MAX_FILES_IN_FLIGHT = 2 * 500;
    private static final long BATCH_CHARACTERS = 4L << 20;
    private static final int BATCH_DOCUMENTS = 500;
    /** Characters of export entries per part of a large file: about 3 MB of Japanese text. */
    static final int PART_CHARACTERS = 1 << 20;

    private final ProjectDatabase database;
    private final DocumentReader reader;
    private final DocumentReading reading;
    private final ImportOptions options;
    private final ImportProgress progress;
    private final Cancellation cancellation;
    private final int partCharacters;

    private final List<ImportReport.Imported> imported = new ArrayList<>();
    private final List<ImportReport.Duplicate> duplicates = new ArrayList<>();
    private final List<ImportReport.Failure> failures = new ArrayList<>();
    private final List<String> otherKinds = new ArrayList<>();
    private final List<HashedDocument> batch = new ArrayList<>();
    private final List<Optional<SavedReports>> batchReports = new ArrayList<>();
    /** Content hashes of the documents stored before this import: their clauses need no reading. */
    private Set<String> stored = Set.of();
    private long batchCharacters;

    ImportPipeline(ProjectDatabase database, DocumentReader reader, DocumentReading reading, ImportOptions options,
                   ImportProgress progress, Cancellation cancellation) {
        this(database, reader, reading, options, progress, cancellation, PART_CHARACTERS);
    }

    /** @param partCharacters as {@link FileUnits} */
    ImportPipeline(ProjectDatabase database, DocumentReader reader, DocumentReading reading, ImportOptions options,
                   ImportProgress progress, Cancellation cancellation, int partCharacters) {
        this.partCharacters = partCharacters;
        this.database = database;
        this.reader = reader;
        this.reading = reading;
        this.options = options;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    ImportReport run(List<Path> inputs) throws StoreException {
        List<Path> files = collect(inputs, failures, otherKinds, new ProjectOwnFiles(database.file())::includes);
        if (options.extractEvents()) {
            stored = database.documentIdsByHash().keySet();
        }
        long totalBytes = files.stream().mapToLong(ImportPipeline::sizeOf).sum();
        long doneBytes = 0;
        progress.update(0, totalBytes, "");
        ExecutorService workers = ReadingWorkers.start("nenpyo-import");
        try {
            Deque<Pending> inFlight = new ArrayDeque<>();
            long bytesInFlight = 0;
            FileUnits units = new FileUnits(reader, files, partCharacters);
            while (!cancellation.isCancelled()) {
                while (units.hasNext() && inFlight.size() < MAX_FILES_IN_FLIGHT
                        && (inFlight.isEmpty() || bytesInFlight < MAX_BYTES_IN_FLIGHT)) {
                    FileUnits.Unit unit = units.next();
                    inFlight.addLast(new Pending(unit.file(), unit.bytes(), workers.submit(() -> analysed(unit.reading().call()))));
                    bytesInFlight += unit.bytes();
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Pending pending = inFlight.removeFirst();
                bytesInFlight -= pending.size();
                accept(pending, doneBytes, totalBytes);
                if (cancellation.isCancelled()) {
                    // stopped inside the file or part: not all of it was stored
                    break;
                }
                doneBytes += pending.size();
                progress.update(doneBytes, totalBytes, pending.file().toString());
            }
            flush();
        } finally {
            workers.shutdownNow();
        }
        return new ImportReport(imported, duplicates, failures, cancellation.isCancelled(), Optional.empty(), false, otherKinds);
    }

    /**
     * The files the inputs name (folders walked), each once, in order; an input that cannot be
     * listed becomes a failure, and so does each path inside a folder that cannot be read, and each
     * file of the project itself ({@link ProjectOwnFiles}: never opened). The files of a folder of
     * no kind Nenpyo reads go to {@code otherKinds}: not read, and no failure.
     */
    static List<Path> collect(List<Path> inputs, List<ImportReport.Failure> failures, List<String> otherKinds,
                              Predicate<Path> projectOwn) {
        Set<Path> files = new LinkedHashSet<>();
        // each once, as the files: a folder given with one of its subfolders holds their photos once
        Set<Path> others = new LinkedHashSet<>();
        for (Path input : inputs) {
            try {
                FileCollector.Collected collected = FileCollector.collect(input);
                for (Path file : collected.files()) {
                    if (projectOwn.test(file)) {
                        failures.add(new ImportReport.Failure(file.toString(), ProjectOwnFiles.REASON));
                    } else {
                        files.add(file);
                    }
                }
                collected.unreadable().forEach(e -> failures.add(new ImportReport.Failure(e.file().toString(), e.reason())));
                // the project's own files (case.nenpyo and its journal, in the folder imported) are none to say
                collected.otherKinds().stream().filter(file -> !projectOwn.test(file)).forEach(others::add);
            } catch (IngestException e) {
                failures.add(new ImportReport.Failure(input.toString(), e.reason()));
            }
        }
        others.forEach(file -> otherKinds.add(file.toString()));
        return List.copyOf(files);
    }

    /** A file (or part) whose reading threw: the reader's own reason, or what was thrown. */
    static ImportReport.Failure unreadable(Path file, Throwable cause) {
        return new ImportReport.Failure(file.toString(),
                cause instanceof IngestException ingest ? ingest.reason() : "could not be read: " + cause);
    }

    /** Stores the documents of a file or part in order, with progress along a file of many. */
    private void accept(Pending pending, long doneBytes, long totalBytes) throws StoreException {
        Analysed analysed;
        try {
            analysed = pending.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            return;
        } catch (ExecutionException e) {
            failures.add(unreadable(pending.file(), e.getCause()));
            return;
        }
        for (EntryProblem problem : analysed.reading().problems()) {
            failures.add(new ImportReport.Failure(problem.origin(), problem.reason()));
        }
        int count = analysed.documents().size();
        for (int i = 0; i < count && !cancellation.isCancelled(); i++) {
            HashedDocument document = analysed.documents().get(i);
            batch.add(document);
            batchReports.add(analysed.reports().get(i));
            batchCharacters += document.document().text().length();
            if (batch.size() >= BATCH_DOCUMENTS || batchCharacters >= BATCH_CHARACTERS) {
                flush();
            }
            if (count > 1) {
                progress.update(doneBytes + pending.size() * (i + 1) / count, totalBytes, pending.file().toString());
            }
        }
    }

    /**
     * What a worker makes of a file or part read: the documents with the analyst's dates, hashed
     * (the writer's one core is the one every document passes through), and their reports.
     */
    private Analysed analysed(FileReading reading) {
        List<HashedDocument> documents = new ArrayList<>(reading.documents().size());
        List<Optional<SavedReports>> reports = new ArrayList<>(reading.documents().size());
        for (AnalyzedDocument read : reading.documents()) {
            HashedDocument document = HashedDocument.of(
                    options.dateFor(read.origin()).map(d -> read.withDate(DocumentDate.byUser(d))).orElse(read));
            documents.add(document);
            reports.add(options.extractEvents() ? savedReports(document) : Optional.empty());
        }
        return new Analysed(reading, documents, reports);
    }

    /**
     * What the events layer reads in a document, or nothing if reading it fails: the document is
     * imported all the same (the text is what the analyst brought), and the rebuild tries again.
     */
    private Optional<SavedReports> savedReports(HashedDocument document) {
        // the events layer keys a document by the hash the store keeps it under (DocumentInput#contentKey)
        String key = document.contentHash();
        if (stored.contains(key)) {
            // already in the project with its reports (a folder imported again): the writer skips it
            return Optional.empty();
        }
        try {
            return reading.save(document.document(), key);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private void flush() throws StoreException {
        if (batch.isEmpty()) {
            return;
        }
        List<InsertResult> results = database.insertAll(batch, batchReports);
        for (int i = 0; i < results.size(); i++) {
            record(batch.get(i).document(), results.get(i));
        }
        batch.clear();
        batchReports.clear();
        batchCharacters = 0;
    }

    private void record(AnalyzedDocument document, InsertResult result) {
        switch (result.outcome()) {
            case IMPORTED -> imported.add(new ImportReport.Imported(result.documentId(), document.origin(), document.title(),
                    document.encoding(), document.date().value().map(Object::toString).orElse(""),
                    document.date().source().name(), document.date().isDated()));
            case DUPLICATE -> duplicates.add(new ImportReport.Duplicate(document.origin(), result.documentId()));
            case FAILED -> failures.add(new ImportReport.Failure(document.origin(), result.reason()));
        }
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private record Pending(Path file, long size, Future<Analysed> result) {
    }

    /** A file read on a worker: its documents and, when events are wanted, what the events layer read in each. */
    private record Analysed(FileReading reading, List<HashedDocument> documents, List<Optional<SavedReports>> reports) {
    }
}
