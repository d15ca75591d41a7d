package app.nenpyo.ui;

import static app.nenpyo.service.SampleProject.DETAINED;
import static app.nenpyo.service.SampleProject.TALKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in the window on the demo: a label corrected, undone and redone, the event selected and shown each time. */
@ExtendWith(ApplicationExtension.class)
class UndoRedoFxTest {
    private static final String RELABELLED = "米露の戦略対話";

    private SampleWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-undo-redo");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    private static MenuItem editItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu edit = bar.getMenus().stream().filter(m -> "edit-menu".equals(m.getId())).findFirst().orElseThrow();
        return edit.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static String selectedLabel(TimelineViewModel timeline) {
        Event selected = timeline.selectedEventProperty().get();
        return selected == null ? null : selected.label();
    }

    private static void settled(TimelineViewModel timeline) throws TimeoutException {
        Settle.window();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.loadingProperty().get());
        Settle.window();
    }

    @Test
    void ctrlZGivesTheLabelBackAndSelectsTheEventAndCtrlShiftZRelabelsItAgain(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        MenuItem undo = editItem(robot, "menu-undo");
        MenuItem redo = editItem(robot, "menu-redo");
        assertTrue(undo.isDisable(), "nothing corrected yet");
        assertEquals("元に戻す(_U)", undo.getText());

        Settle.clickOn(robot, "出来事 (12)");
        Settle.clickOn(robot, TALKS);
        robot.type(KeyCode.F2);
        Settle.window();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> {
            pane.lookupAll(".text-field").stream().map(TextField.class::cast).findFirst().orElseThrow().setText(RELABELLED);
            ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire();
        });
        settled(timeline);
        Settle.shown(robot, RELABELLED);
        assertEquals("元に戻す(_U): 見出しを直す", undo.getText());
        assertFalse(undo.isDisable());

        // the analyst goes on to another event, then thinks better of the label
        Settle.clickOn(robot, DETAINED);
        assertEquals(DETAINED, selectedLabel(timeline));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settled(timeline);
        assertEquals(TALKS, selectedLabel(timeline), "the event undone is selected");
        Settle.shown(robot, TALKS);
        assertTrue(robot.lookup(RELABELLED).tryQuery().isEmpty(), "the corrected label is gone from the window");
        assertTrue(timeline.scaleProperty().get().contains(timeline.itemsProperty().get().stream()
                .filter(i -> i.id() == timeline.selectedIdProperty().get()).findFirst().orElseThrow().anchor()), "shown on the timeline");
        assertEquals("やり直す(_R): 見出しを直す", redo.getText());
        assertTrue(undo.isDisable(), "nothing more to undo");

        Settle.clickOn(robot, DETAINED);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        settled(timeline);
        assertEquals(RELABELLED, selectedLabel(timeline), "redone, the relabelled event is selected");
        Settle.shown(robot, RELABELLED);
        assertTrue(redo.isDisable());

        // Ctrl+Y, as on Windows, redoes too
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settled(timeline);
        assertEquals(TALKS, selectedLabel(timeline));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        settled(timeline);
        assertEquals(RELABELLED, selectedLabel(timeline), "Ctrl+Y redid the relabel");

        // in the search field Ctrl+Z is the field's own: the relabel stays
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.interact(search::requestFocus);
        robot.write("abc");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settled(timeline);
        assertTrue(timeline.events().stream().anyMatch(e -> e.label().equals(RELABELLED)), "Ctrl+Z in the search field undid the relabel");
        assertEquals("元に戻す(_U): 見出しを直す", undo.getText());
    }
}
