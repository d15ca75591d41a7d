package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private static final Path SAMPLE = Path.of("assets/samples/kazakhstan-ukraine-2022-01-11.txt");

    private final Preferences preferences = Preferences.userRoot().node("app/nenpyo/ui/fx-test-" + ProcessHandle.current().pid());
    private NenpyoShell shell;

    @Start
    void start(Stage stage) throws IOException {
        LanguagePreference language = new LanguagePreference(preferences);
        language.set(Language.JAPANESE);
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        ProjectGateway project = new InMemoryProject().add(1, "kazakhstan-ukraine-2022-01-11", text,
                InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        shell = new NenpyoShell(stage, new JavaFxTaskExecutor(), language, JapaneseFont.load());
        shell.show(project);
        shell.show();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void showsTheDemoDocumentAndFindsWangYi(FxRobot robot) throws TimeoutException {
        TableView<DocumentRow> documents = robot.lookup("#documents").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> documents.getItems().size() == 1);
        DocumentRow row = documents.getItems().get(0);
        assertEquals("2022年1月11日(火)", row.date());
        assertTrue(robot.lookup("2022年1月11日(火)").tryQuery().isPresent(), "the date is shown in the table");

        robot.clickOn("#search").write("王毅");
        ListView<SearchResultRow> results = robot.lookup("#search-results").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        SearchResultRow hit = results.getItems().get(0);
        assertEquals(row.id(), hit.documentId());
        assertTrue(hit.text().hasHits());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".result-cell .hit").tryQuery().isPresent());
        Text highlighted = robot.lookup(".result-cell .hit").query();
        assertEquals("王毅", highlighted.getText(), "the hit is drawn highlighted in the results");

        robot.clickOn(".result-cell");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> shell.current().orElseThrow().reader().focusedParagraphProperty().get() == hit.paragraphNumber());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".paragraph-cell.hit-paragraph").tryQuery().isPresent());
        Text inReader = robot.lookup(".paragraph-cell.hit-paragraph .hit").query();
        assertEquals("王毅", inReader.getText(), "the reader marks the hit in its paragraph");
    }
}
