package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The exploratory tester made the window smaller and larger again and found the divider between
 * the sources and the reader elsewhere: every divider comes back where it was, the sources' and the
 * timeline's at their share, the left pane at its width, where the analyst put them or by default.
 */
@ExtendWith(ApplicationExtension.class)
class SteadyDividersFxTest {
    private SampleWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = SampleWindow.open(stage, "steady-dividers");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void theDividersComeBackWhereTheyWereWhenTheWindowIsEnlargedAgain(FxRobot robot) {
        resize(robot, 1280, 800);
        List<SplitPane> splits = window.shell.mainWindow().orElseThrow().splits();
        SplitPane outer = splits.get(0);
        SplitPane lower = splits.get(2);
        double[] before = positions(splits);
        double leftWidth = ((Region) outer.getItems().get(0)).getWidth();
        double sourcesShare = ((Region) lower.getItems().get(0)).getWidth() / lower.getWidth();

        resize(robot, 600, 420);
        assertNotEquals(leftWidth, ((Region) outer.getItems().get(0)).getWidth(), "the small window squeezed the left pane");
        resize(robot, 1280, 800);
        assertDividers(before, positions(splits), "by default");
        assertEquals(leftWidth, ((Region) outer.getItems().get(0)).getWidth(), 1, "the left pane as wide as before");
        assertEquals(sourcesShare, ((Region) lower.getItems().get(0)).getWidth() / lower.getWidth(), 0.003);

        // where the analyst puts them, as a drag does
        robot.interact(() -> {
            outer.setDividerPositions(0.2);
            splits.get(1).setDividerPositions(0.62);
            lower.setDividerPositions(0.3);
        });
        Settle.window();
        double[] chosen = positions(splits);
        for (double[] size : new double[][] {{900, 600}, {700, 480}, {1100, 700}, {1280, 800}}) {
            resize(robot, size[0], size[1]);
        }
        assertDividers(chosen, positions(splits), "where the analyst put them");
        assertEquals(0.3, positions(splits)[2], 0.003);
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Settle.window();
    }

    private static double[] positions(List<SplitPane> splits) {
        return splits.stream().mapToDouble(split -> split.getDividerPositions()[0]).toArray();
    }

    private static void assertDividers(double[] expected, double[] actual, String when) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 0.003, "divider " + i + ", " + when);
        }
    }
}
