package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.events.EventPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document whose events cannot be read (here its stored text no longer adds up, as a file
 * changed by hand or damaged would have it; a fault of the extractor on one text goes the same
 * way) leaves the other documents' events merged, is named, and is read again by every later
 * merge until it reads.
 */
class UnreadDocumentsTest {

    @TempDir
    Path temp;

    private static final String ORDINANCE = "東京都は２０日、新しい条例を発表しました。\n\n都議会は同日、条例案を可決しました。\n";

    @Test
    void aDocumentWhoseEventsCannotBeReadLeavesTheOthersEventsAndIsReadAgainOnceItReads() throws Exception {
        Path file = temp.resolve("p.nenpyo");
        long damaged;
        List<Event> before;
        try (ProjectService project = ProjectService.open(file)) {
            imported(project, sampleAndOrdinance(temp.resolve("in")));
            damaged = idOf(project, "tokyo-2022-01-21.txt");
            before = project.events();
            assertTrue(before.stream().anyMatch(e -> citesDocument(e, damaged)), "the ordinance is an event");
        }
        DamagedText.damage(file, damaged);

        try (ProjectService project = ProjectService.open(file)) {
            assertEquals(1, project.eventsUnread().size(), project.eventsUnread().toString());
            UnreadDocument unread = project.eventsUnread().get(0);
            assertEquals(damaged, unread.documentId());
            assertTrue(unread.origin().endsWith("tokyo-2022-01-21.txt"), unread.origin());
            assertTrue(unread.reason().contains("document " + damaged + "'s text cannot be put together again"), unread.reason());
            assertTrue(unread.message().startsWith(unread.origin() + ": its events could not be read ("), unread.message());
            assertTrue(project.eventsBehind().isEmpty(), "the merge itself succeeded: " + project.eventsBehind());
            assertEquals(before.stream().filter(e -> !citesDocument(e, damaged)).toList(), project.events(),
                    "the sample's events as they were, the ordinance's gone");
        }
        assertEquals(List.of(1L, 1L), outdatedAndStale(file, damaged), "read again by the next merge and opening");

        try (ProjectService project = ProjectService.open(file)) {
            assertEquals(List.of(damaged), ids(project.eventsUnread()),
                    "tried again, and named again, at every opening");
        }
        DamagedText.repair(file, damaged);
        try (ProjectService project = ProjectService.open(file)) {
            assertTrue(project.eventsUnread().isEmpty(), project.eventsUnread().toString());
            assertEquals(before, project.events(), "read once it reads");
        }
        assertEquals(List.of(0L, 0L), outdatedAndStale(file, damaged));
    }

    @Test
    void anImportNamesADocumentOfTheProjectWhoseEventsCannotBeReadAndMergesTheRest() throws Exception {
        Path file = temp.resolve("p.nenpyo");
        Path in = Files.createDirectories(temp.resolve("in"));
        long damaged = projectOfSampleAndOrdinance(file, in);
        DamagedText.damage(file, damaged);
        try (ProjectService project = ProjectService.open(file)) {
            assertEquals(1, project.eventsUnread().size(), "named as the project opened");
            ImportReport report = project.importFiles(List.of(Files.writeString(in.resolve("osaka-2022-01-26.txt"),
                    "大阪府は２５日、観光支援策を発表しました。\n", StandardCharsets.UTF_8)), ImportOptions.defaults(),
                    ImportProgress.NONE, new Cancellation());

            assertFalse(report.anyFailed(), "every file was imported");
            assertEquals(List.of(damaged), ids(report.events().orElseThrow().unread()));
            long osaka = idOf(project, "osaka-2022-01-26.txt");
            assertTrue(project.events().stream().anyMatch(e -> citesDocument(e, osaka)), "the new document's events are merged");
            assertFalse(project.events().stream().anyMatch(e -> citesDocument(e, damaged)));
        }
    }

    @Test
    void whenMostDocumentsCannotBeReadTheMergeFailsAndTheEventsOfBeforeAreKept() throws Exception {
        Path file = temp.resolve("p.nenpyo");
        List<Event> before;
        List<Long> ids;
        try (ProjectService project = ProjectService.open(file)) {
            imported(project, sampleAndOrdinance(temp.resolve("in")));
            before = project.events();
            ids = project.documents().stream().map(StoredDocument::id).toList();
        }
        for (long id : ids) {
            DamagedText.damage(file, id);
        }

        try (ProjectService project = ProjectService.open(file)) {
            String why = project.eventsBehind().orElseThrow();
            assertTrue(why.startsWith("2 of 2 documents could not be read, the first "), why);
            assertFalse(why.contains(file.toString()), "the window and the command line name the project already: " + why);
            assertTrue(project.eventsUnread().isEmpty(), "nothing was merged");
            assertEquals(before, project.events(), "a fault of the extractor or the project does not empty the timeline");
        }
    }

    @Test
    void aDocumentReadAgainOnlyInAWindowOfThePartialMergeIsTriedAgainWhenItCannotBeRead() throws Exception {
        Path file = temp.resolve("p.nenpyo");
        Path in = Files.createDirectories(temp.resolve("in"));
        long damaged = projectOfSampleAndOrdinance(file, in);
        // its text and its saved reports damaged (as one damaged disk would have it); nothing marks it outdated,
        // so only the window of a merge that makes its day again finds out, and reads its text again
        DamagedText.sql(file, "UPDATE documents SET char_count = char_count + 1 WHERE id = " + damaged,
                "UPDATE document_reports SET reports = zeroblob(length(reports)) WHERE document = " + damaged);
        try (ProjectService project = ProjectService.open(file)) {
            ImportReport report = project.importFiles(List.of(Files.writeString(in.resolve("osaka-2022-01-21.txt"),
                    "大阪府は２０日、観光支援策を発表しました。\n", StandardCharsets.UTF_8)), ImportOptions.defaults(),
                    ImportProgress.NONE, new Cancellation());
            assertEquals(List.of(damaged), ids(report.events().orElseThrow().unread()),
                    "named by the import's merge");
        }
        assertEquals(List.of(1L, 1L), outdatedAndStale(file, damaged), "read again by the next merge and opening");
        try (ProjectService project = ProjectService.open(file)) {
            assertEquals(List.of(damaged), ids(project.eventsUnread()),
                    "tried again, and named again, at the next opening");
        }
    }

    @Test
    void anExtractorThatFailsOnOneTextLeavesTheOthersEventsAndNamesItAsOneOfThisImports() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        List<Path> files = new ArrayList<>(List.of(sampleAndOrdinance(in)));
        files.add(Files.writeString(in.resolve("osaka-2022-01-26.txt"), "大阪府は２５日、観光支援策を発表しました。\n", StandardCharsets.UTF_8));
        List<Event> expected;
        try (ProjectService fresh = ProjectService.open(temp.resolve("fresh.nenpyo"))) {
            imported(fresh, files.toArray(Path[]::new));
            expected = fresh.events();
        }
        for (RuntimeException fault : List.of(new IllegalStateException("no clause"), new ArrayIndexOutOfBoundsException())) {
            Path file = temp.resolve(fault.getClass().getSimpleName() + ".nenpyo");
            try (ProjectService project = ProjectService.open(file, OpeningProgress.NONE, new Cancellation(), failingOn("条例", fault))) {
                ImportReport report = project.importFiles(files, ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());

                assertEquals(3, report.imported().size());
                long tokyo = idOf(project, "tokyo-2022-01-21.txt");
                String kind = fault.getClass().getSimpleName();
                assertEquals(List.of(new UnreadDocument(tokyo, files.get(1).toString(), fault.getMessage() == null ? kind
                        : kind + ": " + fault.getMessage())), report.importedUnread());
                assertEquals(expected.stream().filter(e -> !citesDocument(e, tokyo)).toList(), project.events());
            }
            try (ProjectService project = ProjectService.open(file)) {
                assertTrue(project.eventsUnread().isEmpty(), "read at the next opening, by an extractor that reads it");
                assertEquals(expected, project.events());
            }
        }
    }

    @Test
    void aStackOverflowOnOneTextIsContainedAsAnyFaultOfTheExtractor() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path file = temp.resolve("p.nenpyo");
        try (ProjectService project = ProjectService.open(file, OpeningProgress.NONE, new Cancellation(),
                failingOn("条例", new StackOverflowError()))) {
            ImportReport report = project.importFiles(List.of(sampleAndOrdinance(in)), ImportOptions.defaults(), ImportProgress.NONE,
                    new Cancellation());

            assertEquals(2, report.imported().size(), "both imported");
            assertEquals(List.of("StackOverflowError"), report.importedUnread().stream().map(UnreadDocument::reason).toList());
            assertFalse(project.events().isEmpty());
        }
    }

    @Test
    void anExtractorThatFailsOnEveryTextLeavesTheImportedDocumentsAndTheEventsStale() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path file = temp.resolve("p.nenpyo");
        try (ProjectService project = ProjectService.open(file, OpeningProgress.NONE, new Cancellation(),
                failingOn("", new IllegalStateException("broken")))) {
            ImportReport report = project.importFiles(List.of(SampleFiles.copyTo(in)), ImportOptions.defaults(),
                    ImportProgress.NONE, new Cancellation());

            assertEquals(1, report.imported().size(), "the documents are stored");
            assertTrue(report.events().isEmpty(), "no merge was written");
            assertEquals("1 of 1 documents could not be read, the first " + in.resolve(SampleFiles.NAME)
                    + ": IllegalStateException: broken", project.eventsBehind().orElseThrow());
            assertTrue(project.events().isEmpty());
        }
        try (ProjectService project = ProjectService.open(file)) {
            assertTrue(project.eventsBehind().isEmpty());
            assertFalse(project.events().isEmpty(), "merged at the next opening");
        }
    }

    /** The events layer's extraction, failing with {@code fault} (unchecked) on every text holding {@code word}. */
    private static DocumentExtraction failingOn(String word, Throwable fault) {
        EventPipeline pipeline = new EventPipeline();
        return (input, added) -> {
            if (input.document().text().contains(word)) {
                if (fault instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) fault;
            }
            return pipeline.analyseWithAdded(input, added);
        };
    }

    /** A project of {@link #sampleAndOrdinance} imported from {@code folder}; the ordinance's document id. */
    private static long projectOfSampleAndOrdinance(Path file, Path folder) throws Exception {
        try (ProjectService project = ProjectService.open(file)) {
            imported(project, sampleAndOrdinance(folder));
            return idOf(project, "tokyo-2022-01-21.txt");
        }
    }

    /** The sample and a clipping of 21 January on a Tokyo ordinance, written into {@code folder}. */
    private static Path[] sampleAndOrdinance(Path folder) throws IOException {
        return new Path[] {SampleFiles.copyTo(folder),
                Files.writeString(folder.resolve("tokyo-2022-01-21.txt"), ORDINANCE, StandardCharsets.UTF_8)};
    }

    /** Whether a document's saved reports are outdated, and whether the events are stale: 1 or 0 each. */
    private static List<Long> outdatedAndStale(Path file, long documentId) throws SQLException {
        return DamagedText.sql(file, "SELECT outdated FROM document_reports WHERE document = " + documentId,
                "SELECT stale FROM derived_state WHERE name = 'events'");
    }

    private static List<Long> ids(List<UnreadDocument> unread) {
        return unread.stream().map(UnreadDocument::documentId).toList();
    }

    private static void imported(ProjectService project, Path... inputs) throws ProjectException {
        ImportReport report = project.importFiles(List.of(inputs), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
        assertTrue(report.events().orElseThrow().unread().isEmpty());
    }

    private static long idOf(ProjectService project, String fileName) {
        return project.documents().stream().filter(d -> d.origin().endsWith(fileName)).findFirst().orElseThrow().id();
    }

    private static boolean citesDocument(Event event, long documentId) {
        return event.sources().stream().anyMatch(s -> s.documentId().orElse(-1) == documentId);
    }
}
