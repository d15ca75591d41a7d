package app.nenpyo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Checks made on the file itself before SQLite touches it, because SQLite's own errors for these
 * cases are vague (a text file opens "fine" and fails later; a read-only folder fails on the first write).
 */
final class ProjectFiles {

    private static final int SQLITE_NOTADB = 26;
    /** A database is at least one page, and a page at least 512 bytes. */
    private static final long SMALLEST_DATABASE = 512;

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

    /**
     * Whether an existing project can be written where it is: the file, and the folder where SQLite
     * keeps its files beside it, the one the file really lies in when it is reached by a link.
     */
    static boolean canBeWritten(Path file) {
        Path folder = realFolder(file);
        return Files.isWritable(file) && (folder == null || Files.isWritable(folder));
    }

    /** The folder the file really lies in (links followed), or its named folder when it cannot be resolved. */
    static Path realFolder(Path file) {
        try {
            return file.toRealPath().getParent();
        } catch (IOException e) {
            return file.toAbsolutePath().getParent();
        }
    }

    /** The same for a reading that writes nothing: the file must be there, a file, readable and SQLite's. */
    static void checkBeforeReadOnlyOpen(Path file) {
        if (Files.isDirectory(file)) {
            throw refuse(file, "is a folder, not a project file");
        }
        if (!Files.exists(file)) {
            throw refuse(file, "no such project file");
        }
        if (!Files.isReadable(file)) {
            throw refuse(file, "the file cannot be read (no permission)");
        }
        if (isEmpty(file)) {
            throw refuse(file, "empty file, not a Nenpyo project");
        }
        if (!hasSqliteHeader(file)) {
            throw refuse(file, "not an SQLite database (not a Nenpyo project file)");
        }
    }

    private static boolean isEmpty(Path file) {
        return sizeOf(file) == 0;
    }

    /** The size, read from the file's metadata (no descriptor); -1 when it cannot be read (opening says why). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * An empty file is accepted: SQLite treats it as a new database. SQLite itself reads the
     * header, never a stream of ours: POSIX locks belong to the process, so closing any other
     * descriptor of the file drops the locks of a connection this process holds on it (the same
     * project opened again from the window), and another process closing the project would then
     * take itself for the last one and delete the write-ahead log still in use here.
     */
    private static boolean hasSqliteHeader(Path file) {
        long size = sizeOf(file);
        if (size > 0 && size < SMALLEST_DATABASE) {
            // SQLite takes a file shorter than its header for a new database and writes one over it
            return false;
        }
        try (Connection c = Connections.readOnly(file); Statement s = c.createStatement()) {
            s.executeQuery("PRAGMA schema_version").close();
            return true;
        } catch (SQLException e) {
            if (SqlErrors.primaryCode(e) == SQLITE_NOTADB) {
                return false;
            }
            // busy, or anything else: opening it says why
            return true;
        }
    }

    private static StoreException refuse(Path file, String reason) {
        return new StoreException(file + ": " + reason);
    }
}
