package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.ingest.DocumentReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The look before an import, and an import with the dates the analyst chose in it, on real files. */
class ImportPreviewTest {

    @TempDir
    Path temp;

    private Path folderOfThree() throws Exception {
        Path folder = temp.resolve("clips");
        SampleFiles.copyTo(folder);
        SampleFiles.writeBlogExport(folder.resolve("blog.export.txt"));
        Files.writeString(folder.resolve("memo.txt"), "政府は10日、新たな対策を発表した。\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7});
        return folder;
    }

    @Test
    void aDocumentTheProjectHoldsAlreadyIsPreviewedWithThatDocument() throws Exception {
        Path folder = folderOfThree();
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            project.importFiles(List.of(folder.resolve("memo.txt")), new ImportOptions(Optional.of(LocalDate.of(2022, 1, 14))),
                    ImportProgress.NONE, new Cancellation());
            long memo = project.documents().get(0).id();

            ImportPreview preview = project.preview(List.of(folder), ImportProgress.NONE, new Cancellation());

            Map<String, Optional<Long>> inProject = new TreeMap<>();
            preview.documents().forEach(d -> inProject.put(folder.relativize(Path.of(d.origin().replaceAll("#\\d+$", ""))).toString()
                    + d.origin().replaceAll("^[^#]*", ""), d.inProject().map(StoredDocument::id)));
            assertEquals(Optional.of(memo), inProject.get("memo.txt"), inProject.toString());
            assertEquals(LocalDate.of(2022, 1, 14), preview.documents().stream().filter(d -> d.inProject().isPresent()).findFirst()
                    .orElseThrow().inProject().orElseThrow().date().date(), "with its date in the project");
            assertEquals(3, inProject.values().stream().filter(Optional::isEmpty).count(), "the others are new");
        }
    }

    @Test
    void listsEveryDocumentWithItsDateAndSourceAndEachUnreadableFileWithoutStoringAnything() throws Exception {
        Path folder = folderOfThree();
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            List<Long> progress = new ArrayList<>();
            ImportPreview preview = project.preview(List.of(folder), (done, total, file) -> progress.add(done), new Cancellation());

            assertFalse(preview.cancelled());
            Map<String, DocumentDate> dates = new TreeMap<>();
            preview.documents().forEach(d -> dates.put(folder.relativize(Path.of(d.origin().replaceAll("#\\d+$", ""))) + d.origin().replaceAll("^[^#]*", ""), d.date()));
            assertEquals(List.of("blog.export.txt#1", "blog.export.txt#2", "kazakhstan-ukraine-2022-01-11.txt", "memo.txt"),
                    List.copyOf(dates.keySet()), "a blog export gives one document per entry");
            assertEquals(new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.METADATA, dates.get("blog.export.txt#1").evidence()),
                    dates.get("blog.export.txt#1"));
            assertEquals(LocalDate.of(2022, 3, 2), dates.get("blog.export.txt#2").date());
            assertEquals(DateSource.FILE_NAME, dates.get("kazakhstan-ukraine-2022-01-11.txt").source());
            assertFalse(dates.get("memo.txt").isDated());
            assertEquals("開会式", preview.documents().stream().filter(d -> d.origin().endsWith("#2")).findFirst().orElseThrow().title());

            assertEquals(1, preview.failures().size(), preview.failures().toString());
            assertTrue(preview.failures().get(0).origin().endsWith("broken.txt"));
            assertEquals(0, project.documentCount(), "a preview stores nothing");
            assertEquals(Files.size(folder.resolve("blog.export.txt")) + Files.size(folder.resolve("broken.txt"))
                    + Files.size(folder.resolve("kazakhstan-ukraine-2022-01-11.txt")) + Files.size(folder.resolve("memo.txt")),
                    progress.get(progress.size() - 1), "progress reaches every byte");
        }
    }

    @Test
    void aMissingInputIsOneFailureAndCancellingStopsBeforeTheNextFile() throws Exception {
        Path folder = folderOfThree();
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            Cancellation cancellation = new Cancellation();
            ImportPreview preview = project.preview(List.of(temp.resolve("gone"), folder), (done, total, file) -> {
                if (!file.isEmpty()) {
                    cancellation.cancel();
                }
            }, cancellation);
            assertTrue(preview.cancelled());
            assertEquals(2, preview.documents().size(), "only the first file (the export, sorted first) was read");
            assertTrue(preview.failures().get(0).message().contains("gone"));
        }
    }

    @Test
    void importStoresTheDatesChosenForSingleDocumentsAsTheAnalystsAndLeavesTheOthersAlone() throws Exception {
        Path folder = folderOfThree();
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            ImportPreview preview = project.preview(List.of(folder), ImportProgress.NONE, new Cancellation());
            String memo = origin(preview, "memo.txt");
            String opening = origin(preview, "#2");
            ImportOptions options = ImportOptions.withDocumentDates(Map.of(memo, LocalDate.of(2022, 1, 12), opening, LocalDate.of(2022, 3, 3)));

            ImportReport report = project.importFiles(List.of(folder), options, ImportProgress.NONE, new Cancellation());
            assertEquals(4, report.imported().size(), report.toString());
            assertTrue(report.undated().isEmpty());

            List<StoredDocument> stored = project.documents().stream().sorted(Comparator.comparing(StoredDocument::origin)).toList();
            assertEquals(List.of("METADATA 2022-01-11", "USER 2022-03-03", "FILE_NAME 2022-01-11", "USER 2022-01-12"),
                    stored.stream().map(d -> d.date().source() + " " + d.date().date()).toList());
            long memoId = stored.get(3).id();
            assertEquals(List.of(LocalDate.of(2022, 1, 10)), project.events().stream()
                            .filter(e -> e.sources().stream().anyMatch(s -> s.documentId().equals(java.util.OptionalLong.of(memoId))))
                            .map(e -> e.time().start()).toList(),
                    "the memo's 10日 is resolved against the chosen 2022-01-12");
        }
    }

    private static String origin(ImportPreview preview, String suffix) {
        return preview.documents().stream().map(DocumentPreview::origin).filter(o -> o.endsWith(suffix)).findFirst().orElseThrow();
    }

    @Test
    void aBlogExportPreviewedInPartsListsWhatPreviewingItWholeLists() throws Exception {
        Path export = SampleFiles.writeManyEntryExport(temp.resolve("blog.export"), 60, 17);
        List<Long> done = new ArrayList<>();

        ImportPreview whole = new ImportPreviewReader(new DocumentReader(), Integer.MAX_VALUE / 8)
                .read(List.of(export), ImportProgress.NONE, new Cancellation());
        ImportPreview inParts = new ImportPreviewReader(new DocumentReader(), 200)
                .read(List.of(export), (bytes, total, current) -> done.add(bytes), new Cancellation());

        assertEquals(60, whole.documents().size());
        assertEquals(whole.documents(), inParts.documents());
        assertEquals(whole.failures(), inParts.failures());
        assertTrue(done.size() > 10, "progress along the file: " + done);
        assertEquals(Files.size(export), done.get(done.size() - 1));
    }
}
