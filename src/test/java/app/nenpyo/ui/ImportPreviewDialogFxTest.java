package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.service.SampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Dropping a folder on the real window: the dates are shown and changed before anything is stored. */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewDialogFxTest {
    private static final Messages JA = Messages.of(Language.JAPANESE);

    private SampleWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-preview");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void listsEachDocumentWithItsDateUndatedFirstAndImportsWithTheDateTypedForIt(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(window.directory.resolve("clips"));
        SampleFiles.writeBlogExport(folder.resolve("blog.export.txt"));
        Files.writeString(folder.resolve("memo.txt"), "米露協議について\n\n協議は来週も続く見通しだ。\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7});

        // the dialog waits for the analyst in a nested loop: start it without waiting for it
        Platform.runLater(() -> window.shell.importPaths(List.of(folder)));
        Settle.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview-documents").tryQuery()
                .map(node -> ((TableView<?>) node).getItems().size() == 3).orElse(false));
        TableView<ImportPreviewRow> table = robot.lookup("#preview-documents").queryTableView();
        Settle.window();
        Node focused = table.getScene().getFocusOwner();
        assertTrue(focused instanceof Button button && button.getText().equals(JA.get("import.start")),
                "Enter imports once the files are read, not cancels: " + focused);

        ImportPreviewRow memo = table.getItems().get(0);
        assertTrue(memo.origin().endsWith("memo.txt"), "the undated document comes first");
        // the analyst found every file of a folder cut to the same folder's path: a path too long keeps its file's name
        javafx.scene.control.TableCell<?, ?> memoFile = robot.from(table).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && memo.origin().equals(c.getText()))
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n).findFirst().orElseThrow();
        String shown = ((javafx.scene.text.Text) memoFile.lookup(".text")).getText();
        assertTrue(shown.length() < memo.origin().length(), "the path is longer than its column: " + shown);
        assertTrue(shown.endsWith("memo.txt"), "the file's name shows: " + shown);
        assertEquals(JA.get("date.none"), memo.dateSourceProperty().get());
        assertTrue(robot.lookup(".table-row-cell.undated").tryQuery().isPresent(), "and is marked");
        assertEquals(JA.dateSource(DateSource.METADATA) + " (DATE: 01/11/2022 10:30:00)", table.getItems().get(1).dateSourceProperty().get());
        assertTrue(String.valueOf(robot.lookup("#preview-failures").queryListView().getItems().get(0)).contains("broken.txt"),
                "the unreadable file is listed apart");
        assertEquals(0, window.shell.current().orElseThrow().project().documents().stream()
                .filter(d -> d.origin().startsWith(folder.toString())).count(), "nothing is stored before Import");

        Node memoRow = robot.lookup(".table-row-cell").match(node -> node.isVisible() && ((TableRow<?>) node).getItem() == memo).query();
        DatePicker memoPicker = (DatePicker) memoRow.lookup(".preview-date");
        // Enter takes the typed date and leaves the dialog open for the next one
        robot.clickOn(memoPicker.getEditor()).write("2022-01-12").type(KeyCode.ENTER);
        Settle.window();
        assertEquals(LocalDate.of(2022, 1, 12), memo.chosenDateProperty().get());
        assertEquals(JA.dateSource(DateSource.USER), memo.dateSourceProperty().get());
        assertFalse(robot.lookup(".table-row-cell.undated").tryQuery().isPresent(), "dated now: no longer marked");
        assertTrue(robot.lookup("#preview-documents").tryQuery().isPresent(), "Enter did not import");

        robot.clickOn(robot.lookup(".button").match(node -> node instanceof Button b && b.getText().equals(JA.get("import.start")))
                .<Node>query());
        Settle.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".import-report").tryQuery().isPresent());
        List<StoredDocument> stored = window.shell.current().orElseThrow().project().documents().stream()
                .filter(d -> d.origin().startsWith(folder.toString())).toList();
        assertEquals(3, stored.size(), stored.toString());
        StoredDocument storedMemo = stored.stream().filter(d -> d.origin().endsWith("memo.txt")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2022, 1, 12), storedMemo.date().date());
        assertEquals(DateSource.USER, storedMemo.date().source());
        assertTrue(stored.stream().filter(d -> d.origin().contains("#")).allMatch(d -> d.date().source() == DateSource.METADATA),
                "the entries keep their own dates");
        assertNull(robot.lookup("#preview-documents").tryQuery().orElse(null), "the preview closed");
        Settle.clickOn(robot, JA.get("button.close"));
    }

    @Test
    void aDateTypedAsAnArticleWritesItIsReadAgainstTheDetectedDateAndNoDayIsRefused(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(window.directory.resolve("clips"));
        SampleFiles.writeBlogExport(folder.resolve("blog.export.txt"));
        Platform.runLater(() -> window.shell.importPaths(List.of(folder)));
        Settle.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview-documents").tryQuery()
                .map(node -> ((TableView<?>) node).getItems().size() == 2).orElse(false));
        TableView<ImportPreviewRow> table = robot.lookup("#preview-documents").queryTableView();
        Settle.window();
        ImportPreviewRow entry = table.getItems().get(0);
        LocalDate detected = entry.chosenDateProperty().get();
        Node row = robot.lookup(".table-row-cell").match(node -> node.isVisible() && ((TableRow<?>) node).getItem() == entry).query();
        DatePicker picker = (DatePicker) row.lookup(".preview-date");
        Label reading = (Label) row.lookup(".date-reading");

        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().setText("いつか"));
        robot.type(KeyCode.ENTER);
        assertEquals(detected, entry.chosenDateProperty().get());
        assertEquals("いつか", picker.getEditor().getText(), "the text stays, to be corrected");
        assertTrue(reading.isVisible() && reading.getStyleClass().contains("error"), reading.getText());

        robot.interact(() -> picker.getEditor().setText(detected.getMonthValue() + "月20日"));
        assertEquals("→ " + JA.date(detected.withDayOfMonth(20)), reading.getText());
        robot.type(KeyCode.ENTER);
        assertEquals(detected.withDayOfMonth(20), entry.chosenDateProperty().get(), "read in the detected date's year");
        assertFalse(reading.isVisible(), "the picker holds what was read");
        robot.clickOn(JA.get("button.cancel"));
    }
}
