package app.nenpyo.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The project file and the files SQLite keeps beside it while it is open. Nothing of ours reads or
 * writes them: POSIX locks belong to the process, so closing a descriptor of ours on one of them
 * drops the locks the project's own connections hold, and an SQLite in another process may then
 * delete the write-ahead log still in use here, or build its index again under our feet.
 *
 * <p>{@code project.nenpyo} → itself, {@code project.nenpyo-wal}, {@code project.nenpyo-shm} and
 * {@code project.nenpyo-journal}, by any path that leads to them (links, {@code ..}), also beside
 * the file a link to the project leads to. Their names and identities are learnt once, so a
 * folder of many files costs one look at each file's metadata, never an opening.
 */
public final class ProjectOwnFiles {

    /** Why an import or an export leaves such a file alone (a line of the import report). */
    public static final String REASON = "a file of the open project itself";

    private static final List<String> SUFFIXES = List.of("", "-wal", "-shm", "-journal");

    private final Set<Path> paths = new LinkedHashSet<>();
    /** The identities of those that exist (inode and device), when the file system gives them. */
    private final Set<Object> keys = new LinkedHashSet<>();
    private final List<Path> existing = new ArrayList<>();

    public ProjectOwnFiles(Path project) {
        // SQLite names its files after the file the project's name leads to
        for (Path named : List.of(project, realPath(project))) {
            for (String suffix : SUFFIXES) {
                Path own = named.resolveSibling(named.getFileName() + suffix).toAbsolutePath().normalize();
                paths.add(own);
                if (Files.exists(own)) {
                    existing.add(own);
                    Object key = keyOf(own);
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
        }
    }

    /** Whether the path is one of them; learnt from the files' names and identities, never by opening them. */
    public boolean includes(Path file) {
        if (paths.contains(file.toAbsolutePath().normalize())) {
            return true;
        }
        Object key = keyOf(file);
        if (key != null) {
            return keys.contains(key);
        }
        // a file system without identities: ask it about each
        for (Path own : existing) {
            try {
                if (Files.exists(file) && Files.isSameFile(file, own)) {
                    return true;
                }
            } catch (IOException e) {
                // not comparable: not one of them as far as can be told
            }
        }
        return false;
    }

    private static Object keyOf(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }
}
