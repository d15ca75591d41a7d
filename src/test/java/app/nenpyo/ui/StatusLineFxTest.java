package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The exploratory tester could not read the end of the status line after undoing a join of an event the analyst had dated. */
@ExtendWith(ApplicationExtension.class)
class StatusLineFxTest {
    private SampleWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = SampleWindow.open(stage, "status-line");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void aLongMessageRunsOntoMoreLinesAndIsShownWhole(FxRobot robot) throws TimeoutException {
        StatusBar bar = robot.lookup("#status").query();
        Label message = (Label) bar.lookup(".status-label");
        double oneLine = bar.getHeight();
        for (Language language : Language.values()) {
            robot.interact(() -> window.shell.switchLanguage(language));
            // the window built anew loads its events first, and says so in the same bar
            TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
            Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.itemsProperty().get().isEmpty()
                    && !timeline.loadingProperty().get());
            Settle.window();
            StatusBar now = robot.lookup("#status").query();
            Label said = (Label) now.lookup(".status-label");
            for (double width : new double[] {1280, 900}) {
                String long1 = Messages.of(language).format("status.unjoinedDateKept", "トカエフ大統領が演説で強硬な姿勢を示す");
                robot.interact(() -> {
                    stage.setWidth(width);
                    window.shell.current().orElseThrow().timeline().announce(long1);
                });
                Settle.window();
                assertTrue(now.getText().endsWith(long1), now.getText());
                assertEquals(said.getText(), shown(said), "the whole message, " + language + " at " + width);
                assertTrue(now.getHeight() > oneLine, "the bar grew to hold it: " + now.getHeight());
            }
            robot.interact(() -> window.shell.current().orElseThrow().timeline().announce("OK"));
            Settle.window();
            assertEquals(oneLine, now.getHeight(), 0.5, "a short message: one line again");
        }
        assertTrue(message.isWrapText());
    }

    /** What a label really draws: its text, or less and "…" when it does not fit. */
    private static String shown(Label label) {
        return Optional.ofNullable((Text) label.lookup(".text")).map(Text::getText).orElse("").replace("\n", "");
    }
}
