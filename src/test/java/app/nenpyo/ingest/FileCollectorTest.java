package app.nenpyo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FileCollectorTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsWalkedRecursivelyInSortedOrderKeepingSupportedVisibleFiles() throws Exception {
        Files.createDirectories(dir.resolve("b/deep"));
        Files.createDirectories(dir.resolve(".git"));
        for (String name : List.of("z.txt", "a.md", "b/page.HTML", "b/deep/export.export", "b/deep/x.xhtml",
                "notes.text", "old.htm", "photo.png", "data.csv", ".hidden.txt", ".git/config.txt", "noext")) {
            Files.writeString(dir.resolve(name), "本文");
        }
        assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b/deep/export.export"), dir.resolve("b/deep/x.xhtml"),
                        dir.resolve("b/page.HTML"), dir.resolve("notes.text"), dir.resolve("old.htm"), dir.resolve("z.txt")),
                FileCollector.collect(dir).files());
        assertEquals(List.of(dir.resolve("data.csv"), dir.resolve("noext"), dir.resolve("photo.png")), FileCollector.collect(dir).otherKinds(),
                "the visible files of other kinds, to be said");
    }

    @Test
    void aFileIsReturnedAsGivenWhateverItsExtension() throws Exception {
        Path file = Files.writeString(dir.resolve("clip.dat"), "本文");
        assertEquals(List.of(file), FileCollector.collect(file).files());
    }

    @Test
    void aFolderGivenAsALinkIsWalkedWhereItLeadsAndItsFilesNamedUnderTheLink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("mnt/clippings/2022"));
        Files.writeString(real.resolve("a.txt"), "本文");
        Files.writeString(dir.resolve("mnt/clippings/b.txt"), "本文");
        Path link = dir.resolve("Clippings");
        try {
            Files.createSymbolicLink(link, dir.resolve("mnt/clippings"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system makes no symbolic links: " + e);
        }
        assertEquals(List.of(link.resolve("2022/a.txt"), link.resolve("b.txt")), FileCollector.collect(link).files());

        Path broken = Files.createSymbolicLink(dir.resolve("Old"), dir.resolve("mnt/gone"));
        IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> FileCollector.collect(broken));
        assertEquals(broken + ": the link leads nowhere (→ " + dir.resolve("mnt/gone") + ")", e.getMessage());
    }

    @Test
    void aSubfolderThatCannotBeReadIsOneFailureAndTheWalkGoesOn() throws Exception {
        Path input = dir.resolve("sub");
        FolderWalk walk = new FolderWalk(input, input);
        Path locked = input.resolve("locked");
        assertEquals(FileVisitResult.CONTINUE, walk.visitFileFailed(locked, new AccessDeniedException(locked.toString())));
        Path readable = Files.writeString(Files.createDirectories(input).resolve("a.txt"), "本文");
        walk.visitFile(readable, Files.readAttributes(readable, BasicFileAttributes.class));
        assertEquals(List.of(readable), walk.files());
        assertEquals(List.of(locked + ": cannot read: permission denied"),
                walk.unreadable().stream().map(IngestException::getMessage).toList());
    }

    @Test
    void aLockedSubfolderLeavesTheOtherFilesToRead() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("sub/locked"));
        Files.writeString(locked.resolve("hidden-from-us.txt"), "本文");
        Path readable = Files.writeString(dir.resolve("sub/a.txt"), "本文");
        assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked), "this user reads every folder (root)");
        try {
            FileCollector.Collected collected = FileCollector.collect(dir.resolve("sub"));
            assertEquals(List.of(readable), collected.files());
            assertEquals(List.of(locked + ": cannot list the folder: permission denied"),
                    collected.unreadable().stream().map(IngestException::getMessage).toList());
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }
}
