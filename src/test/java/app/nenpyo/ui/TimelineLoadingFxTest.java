package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While a project's events are still loading the timeline has no time to show: it must not draw
 * the axis of its default view (1 January 1970), only a plain background with a note.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineLoadingFxTest {
    private TimelineViewModel model;
    private TimelineView view;

    /** Runs UI work at once and never finishes background work: the load stays in progress. */
    private static final class NeverFinishing implements TaskExecutor {
        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        }

        @Override
        public void onUiThread(Runnable action) {
            Platform.runLater(action);
        }

        @Override
        public void shutdown() {
        }
    }

    @Start
    void start(Stage stage) {
        model = new TimelineViewModel(new InMemoryProject(), new NeverFinishing(), Messages.of(Language.JAPANESE));
        model.refresh();
        view = new TimelineView(model);
        Scene scene = new Scene(view, 800, 300);
        scene.getStylesheets().add(TimelineLoadingFxTest.class.getResource("/app/nenpyo/ui/nenpyo.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void whileLoadingOnlyTheBackgroundAndANoteArePainted(FxRobot robot) throws Exception {
        Settle.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> view.displayListProperty().get() != null);
        Settle.window();
        assertTrue(model.loadingProperty().get(), "the load never finishes here");
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        WritableImage image = snapshot(robot, canvas);
        PixelReader pixels = image.getPixelReader();
        int background = pixels.getArgb(2, 2);
        assertEquals(0xFF, background >>> 24, "the canvas was painted (an opaque background)");
        int axisRows = 60;
        for (int y = 0; y < axisRows; y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                assertEquals(background, pixels.getArgb(x, y), "no axis, tick or label at " + x + "," + y);
            }
        }
        boolean note = false;
        int middle = (int) image.getHeight() / 2;
        for (int y = middle - 15; y < middle + 15 && !note; y++) {
            for (int x = 0; x < (int) image.getWidth() && !note; x++) {
                note = pixels.getArgb(x, y) != background;
            }
        }
        assertTrue(note, "the loading note is written in the middle");
    }

    private static WritableImage snapshot(FxRobot robot, Canvas canvas) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas.snapshot(null, null));
        return image[0];
    }
}
