package app.nenpyo.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives (files or folders) into the list of files to read.
 *
 * <p>A file given directly is returned as is, whatever its extension: the user asked for it,
 * and the reader gives a clear error if it is not text. A folder is walked recursively and only
 * supported files are kept, in a deterministic (sorted) order so that two imports of the same
 * folder number their documents the same way. A folder given as a link is walked where it leads,
 * its files named under the link; links inside a folder are followed to files, not to folders.
 */
public final class FileCollector {

    /** Extensions read from a folder. Movable Type / Hatena exports usually are {@code .txt}. */
    public static final Set<String> SUPPORTED_EXTENSIONS =
            Set.of("txt", "text", "md", "html", "htm", "xhtml", "export");

    private FileCollector() {
    }

    /**
     * @throws IngestException for a missing path, or a folder without any supported file
     */
    public static List<Path> collect(Path input) {
        if (!Files.exists(input)) {
            throw new IngestException(input, Files.isSymbolicLink(input) ? "the link leads nowhere (" + linkTarget(input) + ")"
                    : "no such file or folder");
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        List<Path> files;
        // a link to a folder (~/Clippings → /mnt/…) is walked where it leads; the walk itself follows no link
        Path root;
        try {
            // a link or, on Windows, a junction: a folder only when followed
            root = Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS) ? input : input.toRealPath();
        } catch (IOException e) {
            throw new IngestException(input, "cannot follow the link: " + e.getMessage(), e);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> !isHiddenBelow(root, p))
                    .filter(Files::isRegularFile)
                    .filter(FileCollector::isSupported)
                    .map(p -> input.resolve(root.relativize(p)))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException(input, "cannot list the folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IngestException(input, "the folder holds no supported files ("
                    + SUPPORTED_EXTENSIONS.stream().sorted().map(e -> "." + e).collect(Collectors.joining(", ")) + ")");
        }
        return List.copyOf(files);
    }

    private static String linkTarget(Path link) {
        try {
            return "→ " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return "its target cannot be read";
        }
    }

    public static boolean isSupported(Path file) {
        return SUPPORTED_EXTENSIONS.contains(extension(file));
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Hidden means a dot name anywhere below the root (.git, .DS_Store), not the root itself. */
    private static boolean isHiddenBelow(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
