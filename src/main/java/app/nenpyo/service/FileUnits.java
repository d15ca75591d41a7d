package app.nenpyo.service;

import app.nenpyo.ingest.DocumentReader;
import app.nenpyo.ingest.FileParts;
import app.nenpyo.ingest.FileReading;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The files of an import or preview as units of work, in order: a whole file, or a part of a
 * large blog export. A large export is decoded here, on the calling thread, when its first part
 * is asked for (rather than on a worker that others would wait for: then no worker waits on
 * another); any other file, large or not, is one unit read whole where the unit runs.
 * Not thread-safe: one caller hands the units out.
 */
final class FileUnits {

    /**
     * @param bytes   the file's bytes, or its share of them by characters for a part (the parts of
     *                a file add up to its size exactly)
     * @param reading reads the unit; throws whatever the reading throws, decoding failures included
     */
    record Unit(Path file, long bytes, Callable<FileReading> reading) {
    }

    private final DocumentReader reader;
    private final List<Path> files;
    private final int partCharacters;
    private int next;
    private FileParts parts;
    private int nextPart;
    private long partsBytesLeft;
    private long partsCharactersLeft;

    /** @param partCharacters files of more than four bytes per character of this that may be exports are read in parts of it */
    FileUnits(DocumentReader reader, List<Path> files, int partCharacters) {
        if (partCharacters <= 0) {
            throw new IllegalArgumentException("partCharacters must be positive: " + partCharacters);
        }
        this.reader = reader;
        this.files = files;
        this.partCharacters = partCharacters;
    }

    boolean hasNext() {
        return parts != null || next < files.size();
    }

    Unit next() {
        if (parts == null) {
            Path file = files.get(next++);
            long size = ImportPipeline.sizeOf(file);
            if (size <= 4L * partCharacters || !reader.mayHoldEntries(file)) {
                return new Unit(file, size, () -> reader.read(file));
            }
            try {
                parts = reader.parts(file, partCharacters);
            } catch (RuntimeException | Error e) {
                // the file fails alone, whatever the reason (too large for the memory left, say), as on a worker
                return new Unit(file, size, () -> {
                    throw e;
                });
            }
            nextPart = 0;
            partsBytesLeft = size;
            partsCharactersLeft = 0;
            for (int i = 0; i < parts.count(); i++) {
                partsCharactersLeft += parts.characters(i);
            }
        }
        FileParts file = parts;
        int part = nextPart++;
        // the file's bytes shared out by characters, the last part taking what is left: progress ends at the file's size
        long bytes = nextPart == file.count() ? partsBytesLeft
                : partsBytesLeft * file.characters(part) / Math.max(1, partsCharactersLeft);
        partsBytesLeft -= bytes;
        partsCharactersLeft -= file.characters(part);
        if (nextPart == file.count()) {
            parts = null;
        }
        return new Unit(file.file(), bytes, () -> file.read(part));
    }
}
