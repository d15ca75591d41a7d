package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.timeline.TimeScale;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A window closed and opened again with the same preferences looks as the analyst left it. */
@ExtendWith(ApplicationExtension.class)
class RememberedLayoutFxTest {
    private SampleWindow window;
    private Stage firstStage;

    @Start
    void start(Stage stage) throws Exception {
        firstStage = stage;
        window = SampleWindow.open(stage, "fx-remembered");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void dividersLanesAndTheVisibleRangeComeBackInANewWindow(FxRobot robot) throws Exception {
        TimelineViewModel timeline = loaded(window);
        List<Double> dividers = List.of(0.22, 0.48, 0.61);
        MainWindow first = window.shell.mainWindow().orElseThrow();
        assertEquals(List.of("title", "date", "dateSource", "paragraphs"), visibleDocumentColumns(first),
                "encoding and format are hidden at first: the reader's header shows them");
        robot.interact(() -> {
            first.documentTable().getColumns().stream().filter(c -> c.getId().equals("encoding")).findFirst().orElseThrow().setVisible(true);
            first.documentTable().getColumns().stream().filter(c -> c.getId().equals("dateSource")).findFirst().orElseThrow().setVisible(false);
        });
        robot.interact(() -> {
            List<SplitPane> splits = window.shell.mainWindow().orElseThrow().splits();
            for (int i = 0; i < splits.size(); i++) {
                splits.get(i).setDividerPositions(dividers.get(i));
            }
            timeline.laneModeProperty().set(LaneMode.ACTOR);
            timeline.zoomCentre(3);
            timeline.zoomCentre(2);
        });
        Settle.window();
        TimeScale left = timeline.scaleProperty().get();

        SampleWindow[] reopened = new SampleWindow[1];
        robot.interact(() -> {
            try {
                reopened[0] = window.reopen(new Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            firstStage.hide();
        });
        window = reopened[0];
        TimelineViewModel again = loaded(window);
        Settle.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(again.scaleProperty().get().start() - left.start()) < TimeScale.HOUR);

        List<Double> shown = window.shell.mainWindow().orElseThrow().splits().stream()
                .map(split -> split.getDividerPositions()[0]).toList();
        for (int i = 0; i < dividers.size(); i++) {
            assertEquals(dividers.get(i), shown.get(i), 0.01, "divider " + i);
        }
        assertEquals(LaneMode.ACTOR, again.laneModeProperty().get());
        assertEquals(List.of("title", "date", "encoding", "paragraphs"), visibleDocumentColumns(window.shell.mainWindow().orElseThrow()));
        TimeScale restored = again.scaleProperty().get();
        assertEquals(left.start(), restored.start(), TimeScale.HOUR, "the same first moment");
        assertEquals(left.end(), restored.end(), TimeScale.HOUR, "and the same last");
    }

    /** An exploratory test lost the left pane: a narrow window squeezed it to nothing, and the divider was remembered there. */
    @Test
    void aNarrowWindowOrADividerRememberedAtTheEdgeLeavesEveryPaneItsLeastSize(FxRobot robot) throws Exception {
        loaded(window);
        MainWindow shown = window.shell.mainWindow().orElseThrow();
        Stage stage = (Stage) shown.splits().get(0).getScene().getWindow();
        robot.interact(() -> stage.setWidth(600));
        Settle.window();
        robot.interact(() -> {
            stage.setWidth(1200);
            shown.splits().forEach(split -> split.setDividerPositions(0.0));
        });
        Settle.window();
        robot.interact(() -> shown.splits().get(0).layout());
        Settle.window();

        SplitPane outer = shown.splits().get(0);
        double leftWidth = outer.getItems().get(0).getLayoutBounds().getWidth();
        assertTrue(leftWidth >= MainWindow.MIN_PANE - 1, "the left pane is " + leftWidth + " px wide");
        SplitPane lower = shown.splits().get(2);
        assertTrue(lower.getItems().get(0).getLayoutBounds().getWidth() >= MainWindow.MIN_PANE - 1, "the sources pane");
    }

    /**
     * An exploratory test shrank the window: the timeline kept the width it had been drawn at, so
     * its pane overflowed, shifted it left and cut it, and the pane's title was squeezed to "件".
     */
    @Test
    void aWindowMadeSmallerDrawsTheTimelineInTheSpaceItHas(FxRobot robot) throws Exception {
        loaded(window);
        MainWindow shown = window.shell.mainWindow().orElseThrow();
        Stage stage = (Stage) shown.splits().get(0).getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        Settle.window();
        for (double[] size : new double[][] {{1000, 700}, {800, 560}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            Settle.window();
            for (Region drawn : List.of(shown.timeline(), (Region) shown.timeline().getParent().lookup("#overview"))) {
                String at = size[0] + " × " + size[1] + ": " + drawn.getId();
                Bounds inScene = drawn.localToScene(drawn.getLayoutBounds());
                Bounds centre = shown.splits().get(1).localToScene(shown.splits().get(1).getLayoutBounds());
                assertTrue(inScene.getMinX() >= centre.getMinX() - 0.5 && inScene.getMaxX() <= centre.getMaxX() + 0.5,
                        at + " lies at " + inScene.getMinX() + "–" + inScene.getMaxX() + " in the centre pane's "
                        + centre.getMinX() + "–" + centre.getMaxX());
                Canvas canvas = (Canvas) drawn.getChildrenUnmodifiable().get(0);
                Insets insets = drawn.getInsets();
                assertEquals(drawn.getWidth() - insets.getLeft() - insets.getRight(), canvas.getWidth(), 0.5,
                        at + ": the canvas fills the control");
            }
            Label title = (Label) shown.timeline().getParent().lookup(".timeline-title");
            assertEquals(title.getText(), ((Text) title.lookup(".text")).getText(), "the pane's title is shown whole");
        }
    }

    private static List<String> visibleDocumentColumns(MainWindow window) {
        return window.documentTable().getVisibleLeafColumns().stream().map(c -> c.getId()).toList();
    }

    private static TimelineViewModel loaded(SampleWindow window) throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.itemsProperty().get().isEmpty());
        Settle.window();
        return timeline;
    }
}
