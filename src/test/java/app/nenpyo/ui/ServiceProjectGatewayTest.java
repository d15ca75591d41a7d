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
}
