package app.nenpyo.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks made on the file itself before SQLite touches it, because SQLite's own errors for these
 * cases are vague (a text file opens "fine" and fails later; a read-only folder fails on the first write).
 */
final class ProjectFiles {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProjectFiles() {
    }

    static void checkBeforeOpen(Path file) {
        if (Files.isDirectory(file)) {
            throw refuse(file, "is a folder, not a project file");
        }
        Path folder = file.getParent();
        if (Files.exists(file)) {
            if (!Files.isReadable(file)) {
                throw refuse(file, "the file cannot be read (no permission)");
            }
            if (!hasSqliteHeader(file)) {
                throw refuse(file, "not an SQLite database (not a Nenpyo project file)");
            }
            if (!Files.isWritable(file)) {
                throw refuse(file, "the project file is read-only");
            }
        } else if (folder == null || !Files.isDirectory(folder)) {
            throw refuse(file, "the folder does not exist");
        }
        // WAL keeps its -wal and -shm files next to the project file
        if (folder != null && !Files.isWritable(folder)) {
            throw refuse(file, "the folder is read-only (a project needs to write next to its file)");
        }
    }

    /** An empty file is accepted: SQLite treats it as a new database. */
    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            return head.length == 0 || Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            throw new StoreException(file + ": the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static StoreException refuse(Path file, String reason) {
        return new StoreException(file + ": " + reason);
    }
}
