package app.nenpyo.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project file and the files SQLite keeps beside it while it is open. Nothing of ours reads or
 * writes them: POSIX locks belong to the process, so closing a descriptor of ours on one of them
 * drops the locks the project's own connections hold, and an SQLite in another process may then
 * delete the write-ahead log still in use here, or build its index again under our feet.
 *
 * <p>{@code project.nenpyo} → itself, {@code project.nenpyo-wal}, {@code project.nenpyo-shm} and
 * {@code project.nenpyo-journal}, by any path that leads to them (links, {@code ..}), also beside
 * the file a link to the project leads to.
 */
public record ProjectOwnFiles(Path project) {

    /** Why an import or an export leaves such a file alone (a line of the import report). */
    public static final String REASON = "a file of the open project itself";

    private static final List<String> SUFFIXES = List.of("", "-wal", "-shm", "-journal");

    /** Whether the path is one of them; learnt from the files' identities, never by opening them. */
    public boolean includes(Path file) {
        // SQLite names its files after the file the project's name leads to
        for (Path named : List.of(project, realPath(project))) {
            for (String suffix : SUFFIXES) {
                Path own = named.resolveSibling(named.getFileName() + suffix);
                if (file.toAbsolutePath().normalize().equals(own.toAbsolutePath().normalize()) || sameFile(file, own)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
