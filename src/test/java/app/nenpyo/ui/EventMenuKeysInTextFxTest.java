package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 出来事 menu's keys while the analyst types in a text field of the window: the field's, not a correction. */
@ExtendWith(ApplicationExtension.class)
class EventMenuKeysInTextFxTest {
    private SampleWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-event-menu-keys");
    }

    @AfterEach
    void cleanUp() throws Exception {
        window.close();
    }

    @Test
    void ctrlBAndF2InTheSearchFieldChangeNoEvent(FxRobot robot) throws Exception {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        robot.interact(() -> timeline.select(timeline.itemsProperty().get().stream()
                .filter(i -> i.label().equals("内務省が8000人拘束と発表")).findFirst().orElseThrow().id()));
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.interact(search::requestFocus);
        robot.write("abc");

        robot.press(KeyCode.F2).release(KeyCode.F2);
        Settle.window();
        boolean dialog = robot.lookup(".dialog-pane").tryQuery().isPresent();
        if (dialog) {
            robot.type(KeyCode.ESCAPE);
            Settle.window();
        }
        assertFalse(dialog, "F2 typed in the search field opens no 見出しを直す dialog");

        robot.interact(search::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        // a correction would have begun with the key (its loading is set before the work is handed off)
        Settle.window();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !timeline.loadingProperty().get());
        assertTrue(timeline.noticeProperty().get().isEmpty(), "Ctrl+B typed in the search field set the event aside: "
                + timeline.noticeProperty().get());
        assertTrue(timeline.selectedEventProperty().get() != null && !timeline.selectedEventProperty().get().background(),
                "still selected, still on the timeline");
    }
}
