package app.nenpyo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                FileCollector.collect(dir));
    }

    @Test
    void aFileIsReturnedAsGivenWhateverItsExtension() throws Exception {
        Path file = Files.writeString(dir.resolve("clip.dat"), "本文");
        assertEquals(List.of(file), FileCollector.collect(file));
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
        assertEquals(List.of(link.resolve("2022/a.txt"), link.resolve("b.txt")), FileCollector.collect(link));

        Path broken = Files.createSymbolicLink(dir.resolve("Old"), dir.resolve("mnt/gone"));
        IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> FileCollector.collect(broken));
        assertEquals(broken + ": the link leads nowhere (→ " + dir.resolve("mnt/gone") + ")", e.getMessage());
    }
}
