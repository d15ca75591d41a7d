package app.nenpyo.ingest;

import app.nenpyo.files.FileErrorReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the paths a user gives (files or folders) into the list of files to read.
 *
 * <p>A file given directly is returned as is, whatever its extension: the user asked for it,
 * and the reader gives a clear error if it is not text. A folder is walked recursively and only
 * supported files are kept, in a deterministic (sorted) order so that two imports of the same
 * folder number their documents the same way. A folder given as a link is walked where it leads,
 * its files named under the link; links inside a folder are followed to files, not to folders.
 * A subfolder or file inside that cannot be read is one failure, and the rest is read.
 */
public final class FileCollector {

    /** Extensions read from a folder. Movable Type / Hatena exports usually are {@code .txt}. */
    public static final Set<String> SUPPORTED_EXTENSIONS =
            Set.of("txt", "text", "md", "html", "htm", "xhtml", "export");

    private FileCollector() {
    }

    /**
     * The files to read from one input, and the paths inside a folder that could not be read
     * (a locked subfolder): each is one failure, and the walk goes on past it.
     *
     * @param unreadable each with its path and the reason, in the order met
     * @param otherKinds the visible files of a folder that are of no kind Nenpyo reads (photo.png,
     *                   scan.pdf), sorted: not read, and no failure, but the analyst is told
     */
    public record Collected(List<Path> files, List<IngestException> unreadable, List<Path> otherKinds) {
        public Collected {
            files = List.copyOf(files);
            unreadable = List.copyOf(unreadable);
            otherKinds = List.copyOf(otherKinds);
        }
    }

    /**
     * @throws IngestException for a missing path, a folder that cannot be listed at all, or a
     *                         folder without any supported file (and nothing unreadable in it)
     */
    public static Collected collect(Path input) {
        if (!Files.exists(input)) {
            throw new IngestException(input, Files.isSymbolicLink(input) ? "the link leads nowhere (" + linkTarget(input) + ")"
                    : "no such file or folder");
        }
        if (!Files.isDirectory(input)) {
            return new Collected(List.of(input), List.of(), List.of());
        }
        // a link to a folder (~/Clippings → /mnt/…) is walked where it leads; the walk itself follows no link
        Path root;
        try {
            // a link or, on Windows, a junction: a folder only when followed
            root = Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS) ? input : input.toRealPath();
        } catch (IOException e) {
            throw new IngestException(input, "cannot follow the link: " + FileErrorReason.whyNotRead(e), e);
        }
        FolderWalk walk = new FolderWalk(input, root);
        try {
            Files.walkFileTree(root, walk);
        } catch (IOException e) {
            throw new IngestException(input, "cannot list the folder: " + FileErrorReason.whyNotRead(e), e);
        }
        List<Path> files = walk.files().stream().sorted().toList();
        if (files.isEmpty() && walk.unreadable().isEmpty()) {
            throw new IngestException(input, "the folder holds no supported files ("
                    + SUPPORTED_EXTENSIONS.stream().sorted().map(e -> "." + e).collect(Collectors.joining(", ")) + ")");
        }
        if (files.isEmpty() && walk.unreadable().size() == 1 && walk.unreadable().get(0).file().equals(input)) {
            throw walk.unreadable().get(0);
        }
        return new Collected(files, walk.unreadable(), walk.otherKinds().stream().sorted().toList());
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
}
