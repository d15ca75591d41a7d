package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportReportTest {

    @TempDir
    Path dir;

    @Test
    void theKindsOfFilesNotReadAreTheirExtensionsMostFirstCountedWhenMoreThanOne() {
        assertEquals(".png ×3, (none), .pdf",
                ImportReport.kindsOf(List.of("/c/a.png", "/c/scan.pdf", "/c/b.PNG", "/c/README", "/c/d/c.png"), "(none)"));
        assertEquals(".jpg", ImportReport.kindsOf(List.of("/c/写真.jpg"), "(none)"));
        assertEquals("", ImportReport.kindsOf(List.of(), "(none)"));
    }

    /** A folder given with one of its subfolders, the project kept inside it: each photo said once, the project's files not at all. */
    @Test
    void theFilesOfOtherKindsAreSaidOnceAndNeverTheProjectsOwn() throws Exception {
        Path clips = Files.createDirectories(dir.resolve("clips"));
        Path sub = Files.createDirectories(clips.resolve("2022"));
        Files.writeString(clips.resolve("2022-01-11-記事.txt"), "政府は10日、声明を発表した。");
        Files.writeString(sub.resolve("2022-01-12-記事.txt"), "政府は11日、声明を発表した。");
        for (Path other : List.of(clips.resolve("photo.png"), sub.resolve("scan.pdf"), clips.resolve("case.nenpyo"),
                clips.resolve("case.nenpyo-wal"))) {
            Files.write(other, new byte[] {1, 2, 3});
        }
        List<ImportReport.Failure> failures = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<Path> files = ImportPipeline.collect(List.of(clips, sub, clips), failures, others,
                new ProjectOwnFiles(clips.resolve("case.nenpyo"))::includes);
        assertEquals(List.of(clips.resolve("2022-01-11-記事.txt"), clips.resolve("2022/2022-01-12-記事.txt")), files);
        assertEquals(List.of(clips.resolve("2022/scan.pdf").toString(), clips.resolve("photo.png").toString()), others);
        assertEquals(List.of(), failures);
    }
}
