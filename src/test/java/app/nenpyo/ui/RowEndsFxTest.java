package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.nenpyo.timeline.TimelineItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Ctrl+Home and Ctrl+End: the first and the last row of the list or table with the focus, chosen
 * as a click would; the caret's in a text field; elsewhere Ctrl+Home fits the timeline to all
 * events (表示 › 全体を表示). The timeline is zoomed in first, so a fit shows in its span.
 */
@ExtendWith(ApplicationExtension.class)
class RowEndsFxTest {
    private SampleWindow window;
    private WindowViewModel model;
    private TimelineViewModel timeline;
    private long fittedSpan;
    private long zoomedSpan;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-row-ends");
    }

    @BeforeEach
    void zoomedIn(FxRobot robot) throws TimeoutException {
        model = window.shell.current().orElseThrow();
        timeline = model.timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        robot.interact(timeline::fitAll);
        fittedSpan = timeline.scaleProperty().get().span();
        robot.interact(() -> timeline.zoomCentre(4));
        zoomedSpan = timeline.scaleProperty().get().span();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void theEventListGoesToItsFirstAndLastEventAndTheTimelineKeepsItsZoom(FxRobot robot) throws TimeoutException {
        Settle.clickOn(robot, "出来事 (12)");
        TableView<TimelineItem> events = robot.lookup("#event-list").queryTableView();
        Settle.clickOn(robot, "米露協議がジュネーブで開始");
        int clicked = events.getSelectionModel().getSelectedIndex();
        assertNotEquals(0, clicked);
        assertNotEquals(11, clicked);

        shortcut(robot, KeyCode.END);
        assertEquals(11, events.getSelectionModel().getSelectedIndex());
        assertEquals(events.getItems().get(11).label(), timeline.selectedEventProperty().get().label(), "chosen, as a click would");
        shortcut(robot, KeyCode.HOME);
        assertEquals(0, events.getSelectionModel().getSelectedIndex());
        assertEquals(events.getItems().get(0).label(), timeline.selectedEventProperty().get().label());
        assertEquals(zoomedSpan, timeline.scaleProperty().get().span(), "the key was the list's: the timeline is not fitted");
    }

    @Test
    void theDocumentListGoesToItsFirstAndLastDocument(FxRobot robot) throws Exception {
        Path second = Files.writeString(window.directory.resolve("clip-2022-01-12.txt"), "米露協議の続報\n\n協議は来週も続く見通しだ。\n");
        robot.interact(() -> model.imports().start(List.of(second), Map.of()));
        Settle.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".import-report").tryQuery().isPresent());
        Settle.clickOn(robot, Messages.of(Language.JAPANESE).get("button.close"));
        TableView<DocumentRow> documents = robot.lookup("#documents").queryTableView();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> documents.getItems().size() == 2 && !timeline.loadingProperty().get());
        robot.interact(() -> documents.getSelectionModel().clearAndSelect(0));
        robot.interact(documents::requestFocus);

        shortcut(robot, KeyCode.END);
        assertEquals(1, documents.getSelectionModel().getSelectedIndex());
        // the document is read off the FX thread
        Settle.until(() -> model.reader().documentIdProperty().get() == documents.getItems().get(1).id());
        assertEquals(documents.getItems().get(1).id(), model.reader().documentIdProperty().get(), "the reader shows the last document");
        shortcut(robot, KeyCode.HOME);
        assertEquals(0, documents.getSelectionModel().getSelectedIndex());
        Settle.until(() -> model.reader().documentIdProperty().get() == documents.getItems().get(0).id());
        assertEquals(documents.getItems().get(0).id(), model.reader().documentIdProperty().get());
        assertEquals(zoomedSpan, timeline.scaleProperty().get().span(), "the timeline is not fitted");
    }

    @Test
    void theSearchResultsAndTheSourcesGoToTheirFirstAndLastRow(FxRobot robot) throws TimeoutException {
        robot.clickOn("#search").write("協議").type(KeyCode.ENTER);
        ListView<SearchResultRow> results = robot.lookup("#search-results").queryListView();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !model.search().searchingProperty().get() && results.getItems().size() > 2);
        robot.interact(results::requestFocus);
        shortcut(robot, KeyCode.END);
        assertEquals(results.getItems().size() - 1, results.getSelectionModel().getSelectedIndex());
        shortcut(robot, KeyCode.HOME);
        assertEquals(0, results.getSelectionModel().getSelectedIndex());

        robot.interact(() -> timeline.select(timeline.itemsProperty().get().stream()
                .filter(i -> i.label().equals("米露協議がジュネーブで開始")).findFirst().orElseThrow().id()));
        ListView<SourceRow> sources = robot.lookup("#sources").queryListView();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> sources.getItems().size() == 3);
        robot.interact(sources::requestFocus);
        shortcut(robot, KeyCode.END);
        assertEquals(2, sources.getSelectionModel().getSelectedIndex());
        shortcut(robot, KeyCode.HOME);
        assertEquals(0, sources.getSelectionModel().getSelectedIndex());
        assertEquals(zoomedSpan, timeline.scaleProperty().get().span(), "the timeline is not fitted");
    }

    @Test
    void inTheSearchFieldTheKeysMoveTheCaret(FxRobot robot) {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search).write("米露協議");
        assertEquals(4, search.getCaretPosition());

        shortcut(robot, KeyCode.HOME);
        assertEquals(0, search.getCaretPosition(), "to the start of the text");
        assertEquals(zoomedSpan, timeline.scaleProperty().get().span(), "the key was the field's: the timeline is not fitted");
        shortcut(robot, KeyCode.END);
        assertEquals(4, search.getCaretPosition(), "to its end");
    }

    @Test
    void onTheTimelineOrAButtonCtrlHomeFitsTheTimelineToAllEvents(FxRobot robot) {
        robot.interact(() -> window.shell.mainWindow().orElseThrow().timeline().requestFocus());
        shortcut(robot, KeyCode.HOME);
        assertEquals(fittedSpan, timeline.scaleProperty().get().span(), "fitted from the timeline");

        robot.interact(() -> timeline.zoomCentre(4));
        robot.interact(() -> robot.lookup("#zoom-in").queryAs(Node.class).requestFocus());
        shortcut(robot, KeyCode.HOME);
        assertEquals(fittedSpan, timeline.scaleProperty().get().span(), "fitted by the window's shortcut (表示 › 全体を表示)");
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        Settle.window();
    }
}
