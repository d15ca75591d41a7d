package app.nenpyo.ingest;

import app.nenpyo.files.FileErrorReason;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The walk of one folder for {@link FileCollector}: keeps the supported, visible files, notes the
 * visible files of other kinds (a photo beside the clippings, which the analyst is told were not
 * read) and each path it cannot read, going on past it, since one locked subfolder must not stop the import
 * of all the others. Paths are named under the input as the user gave it (a link, not its target).
 */
final class FolderWalk extends SimpleFileVisitor<Path> {

    private final Path input;
    private final Path root;
    private final List<Path> files = new ArrayList<>();
    private final List<IngestException> unreadable = new ArrayList<>();
    private final List<Path> otherKinds = new ArrayList<>();

    FolderWalk(Path input, Path root) {
        this.input = input;
        this.root = root;
    }

    List<Path> files() {
        return files;
    }

    List<IngestException> unreadable() {
        return unreadable;
    }

    List<Path> otherKinds() {
        return otherKinds;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
        // hidden means a dot name below the root (.git), not the root itself: not walked, so not failed either
        return isHidden(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        // a link inside the folder counts when it leads to a file
        if (!isHidden(file) && Files.isRegularFile(file)) {
            (FileCollector.isSupported(file) ? files : otherKinds).add(asGiven(file));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path path, IOException failure) {
        if (!isHidden(path)) {
            String what = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "cannot list the folder: " : "cannot read: ";
            unreadable.add(new IngestException(asGiven(path), what + FileErrorReason.whyNotRead(failure), failure));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path folder, IOException failure) {
        // a folder whose listing broke off: what was listed is kept, the rest is one failure
        if (failure != null) {
            unreadable.add(new IngestException(asGiven(folder), "cannot list the folder: " + FileErrorReason.whyNotRead(failure),
                    failure));
        }
        return FileVisitResult.CONTINUE;
    }

    private Path asGiven(Path walked) {
        return input.resolve(root.relativize(walked));
    }

    private boolean isHidden(Path walked) {
        for (Path part : root.relativize(walked)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
