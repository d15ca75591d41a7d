package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ParagraphKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models on a real project file: what the window does, without the window. */
class ServiceProjectGatewayTest {
    private static final Path SAMPLE = Path.of("assets/samples/kazakhstan-ukraine-2022-01-11.txt");

    @TempDir
    Path directory;

    @Test
    void importsListsReadsAndSearchesTheSample() throws Exception {
        try (WindowViewModel window = new WindowViewModel(
                ServiceProjectGateway.open(directory.resolve("demo.nenpyo")), new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE))) {
            window.load();
            assertTrue(window.documents().rows().isEmpty());

            window.imports().start(List.of(SAMPLE), java.util.Map.of());
            assertEquals(ImportState.FINISHED, window.imports().stateProperty().get());
            assertEquals(1, window.imports().reportProperty().get().imported().size());
            DocumentRow row = window.documents().rows().get(0);
            assertEquals("2022年1月11日(火)", row.date());
            assertEquals("ファイル名", row.dateSource());
            assertEquals("UTF-8", row.encoding());

            window.reader().open(row.id());
            assertEquals(row.paragraphs(), window.reader().paragraphs().size());
            assertEquals(ParagraphKind.HEADER, window.reader().paragraphs().get(0).kind());
            assertTrue(window.reader().paragraphs().stream().anyMatch(p -> p.plainText().contains("\n▽")),
                    "the bullet lines stay on their own lines");

            window.search().queryProperty().set("王毅");
            window.search().search();
            assertFalse(window.search().results().isEmpty());
            for (SearchResultRow result : window.search().results()) {
                assertEquals(row.id(), result.documentId());
                assertTrue(result.text().runs().stream().anyMatch(run -> run.hit() && run.text().equals("王毅")),
                        () -> "王毅 is highlighted in " + result.text().runs());
            }

            window.imports().start(List.of(SAMPLE), java.util.Map.of());
            assertEquals(1, window.imports().reportProperty().get().duplicates().size(), "the same content again is a no-op");
            assertEquals(1, window.documents().rows().size());
        }
    }

    @Test
    void theReaderShowsHowEachDateWasReadAndReReadsItWhenTheDocumentDateChanges() throws Exception {
        try (WindowViewModel window = new WindowViewModel(
                ServiceProjectGateway.open(directory.resolve("demo.nenpyo")), new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE))) {
            window.load();
            window.imports().start(List.of(SAMPLE), java.util.Map.of());
            long id = window.documents().rows().get(0).id();
            window.reader().open(id);

            Highlighted.Run protests = dateRun(window, 2, "今月2日");
            assertTrue(protests.dateNote().startsWith("「今月2日」→ 2022年1月2日(日)"), protests.dateNote());
            assertTrue(protests.dateNote().contains("文書の日付 2022年1月11日(火) を基準に解決"), protests.dateNote());
            Highlighted.Run lastWeek = dateRun(window, 13, "先週");
            assertTrue(lastWeek.dateNote().startsWith("「先週」→ 2022年1月3日(月)〜2022年1月9日(日)"), lastWeek.dateNote());

            window.documents().setDate(id, java.time.LocalDate.of(2022, 3, 15), () -> { });
            window.reader().open(id);
            assertTrue(dateRun(window, 2, "今月2日").dateNote().startsWith("「今月2日」→ 2022年3月2日(水)"),
                    "a new document date re-resolves the dates at once");
        }
    }

    private static Highlighted.Run dateRun(WindowViewModel window, int paragraph, String expression) {
        ParagraphRow row = window.reader().paragraphs().get(window.reader().indexOf(paragraph));
        return row.text().runs().stream().filter(r -> r.isDate() && r.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " is not marked in ¶" + paragraph + ": " + row.text().runs()));
    }

    /**
     * The events of a list (an export of those chosen) are read by the project a chunk at a time, in
     * one read: past a chunk's end, what another connection changed while they were handed out is
     * not among them, as it would be were each read alone ({@link ProjectGateway}'s own way).
     */
    @Test
    void theEventsOfAListAreReadByTheStoreInOneReadNotOneByOne() throws Exception {
        Path file = directory.resolve("many.nenpyo");
        try (ProjectGateway gateway = ServiceProjectGateway.open(file)) {
            gateway.importFiles(List.of(SAMPLE), app.nenpyo.service.ImportOptions.defaults(), app.nenpyo.service.ImportProgress.NONE,
                    new app.nenpyo.service.Cancellation());
        }
        try (app.nenpyo.store.ProjectDatabase db = app.nenpyo.store.ProjectDatabase.open(file)) {
            String hash = db.documents().get(0).contentHash();
            List<app.nenpyo.domain.Event> events = new java.util.ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                events.add(new app.nenpyo.domain.Event(String.format("ev-%04d", i),
                        app.nenpyo.domain.TimeValue.day(java.time.LocalDate.of(2022, 1, 1).plusDays(i % 300)), "出来事" + i, List.of(), "",
                        app.nenpyo.domain.EventCategory.MEETING, List.of(new app.nenpyo.domain.EventSource(hash, java.util.OptionalLong.empty(),
                        "src-" + i, 1, new app.nenpyo.domain.TextSpan(0, 10), new app.nenpyo.domain.TextSpan(0, 10),
                        new app.nenpyo.domain.TextSpan(0, 2), "1日", "")), List.of(), false));
            }
            db.replaceEvents(events);
        }
        try (ProjectGateway gateway = ServiceProjectGateway.open(file)) {
            List<String> wanted = new java.util.ArrayList<>();
            for (int i = 1199; i >= 0; i -= 2) {
                wanted.add(String.format("ev-%04d", i));
            }
            wanted.add(1, "ev-gone");
            String last = wanted.get(wanted.size() - 1);
            List<String> asStored = wanted.stream().filter(id -> !id.equals("ev-gone"))
                    .map(id -> id + " " + gateway.event(id).orElseThrow().label()).toList();

            List<String> read = new java.util.ArrayList<>();
            gateway.forEachEvent(wanted, event -> {
                if (read.isEmpty()) {
                    try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                         java.sql.Statement change = other.createStatement()) {
                        change.executeUpdate("UPDATE events SET label = '書き換え' WHERE id = '" + last + "'");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
                read.add(event.id() + " " + event.label());
            });

            assertTrue(wanted.size() > 500, "more than a chunk: " + wanted.size());
            assertEquals(asStored, read, "in the order asked, the one gone skipped, as they were when the reading began");
            assertEquals("書き換え", gateway.event(last).orElseThrow().label(), "the change was made, after the reading");
        }
    }
}
