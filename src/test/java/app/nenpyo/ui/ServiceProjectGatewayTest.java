package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ParagraphKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

            window.imports().start(List.of(SAMPLE), Optional.empty());
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

            window.imports().start(List.of(SAMPLE), Optional.empty());
            assertEquals(1, window.imports().reportProperty().get().duplicates().size(), "the same content again is a no-op");
            assertEquals(1, window.documents().rows().size());
        }
    }
}
