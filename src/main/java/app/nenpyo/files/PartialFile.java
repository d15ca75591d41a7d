package app.nenpyo.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written so that it appears whole or not at all: into {@code FILE.part} beside it, then
 * moved over it. Closing removes the partial file if it was not moved, and so does a JVM stopped
 * on the way (Ctrl-C, SIGTERM), which runs no {@code finally}.
 *
 * <pre>{@code
 * try (PartialFile partial = PartialFile.beside(out)) {
 *     Files.write(partial.path(), bytes);
 *     partial.moveIntoPlace();
 * }
 * }</pre>
 */
public final class PartialFile implements AutoCloseable {

    private final Path target;
    private final Path partial;
    private final Thread removalAtExit;

    private PartialFile(Path target) {
        this.target = target;
        this.partial = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
        this.removalAtExit = new Thread(this::removeIfUnfinished, "remove " + partial.getFileName());
        Runtime.getRuntime().addShutdownHook(removalAtExit);
    }

    public static PartialFile beside(Path target) {
        return new PartialFile(target);
    }

    /** Where to write. */
    public Path path() {
        return partial;
    }

    /** Puts the written file in the place of the target, replacing what was there, in one step. */
    public void moveIntoPlace() throws IOException {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the partial file if it is still there; a file moved into place stays. */
    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(removalAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it removes the file
        }
        Files.deleteIfExists(partial);
    }

    void removeIfUnfinished() {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // the JVM is stopping: nothing is left to tell
        }
    }
}
