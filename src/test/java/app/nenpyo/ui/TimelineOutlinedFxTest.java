package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * Drawn from the outlines, with the summaries still loading, the timeline paints its axis and
 * items like any other frame: neither the loading note nor the note of a project without events.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineOutlinedFxTest {
    private static final String TEXT = "米ロ協議\n\n米ロは10日、ジュネーブで協議した。";

    private TimelineViewModel model;
    private TimelineView view;

    /** Does background work at once on the UI thread; what waits for a drawn frame never runs, so the summaries never come. */
    private static final class NoFrameEver implements TaskExecutor {
        private final TaskExecutor now = new SameThreadTaskExecutor();

        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            now.execute(work, onSuccess, onFailure);
        }

        @Override
        public void onUiThread(Runnable action) {
            now.onUiThread(action);
        }

        @Override
        public void afterFrame(Runnable action) {
        }

        @Override
        public void shutdown() {
        }
    }

    @Start
    void start(Stage stage) {
        InMemoryProject project = new InMemoryProject();
        project.add(7, "米ロ協議の記事", TEXT, InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        int at = TEXT.indexOf("米ロは10日");
        for (int day = 3; day <= 10; day++) {
            project.addEvent(new Event("ev-" + day, TimeValue.day(LocalDate.of(2022, 1, day)), "協議 " + day, List.of(), "",
                    EventCategory.MEETING, List.of(new EventSource("hash7", OptionalLong.empty(), "src-" + day, 2,
                    new TextSpan(at, at + 10), new TextSpan(at, at + 10), new TextSpan(at + 3, at + 6), "10日", "")),
                    List.of(), false));
        }
        model = new TimelineViewModel(project, new NoFrameEver(), Messages.of(Language.JAPANESE));
        view = new TimelineView(model);
        Scene scene = new Scene(view, 800, 300);
        scene.getStylesheets().add(TimelineOutlinedFxTest.class.getResource("/app/nenpyo/ui/nenpyo.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.refresh();
    }

    @Test
    void theAxisAndTheItemsArePaintedWhileTheSummariesLoad(FxRobot robot) throws Exception {
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !model.itemsProperty().get().isEmpty());
        Settle.window();
        assertTrue(model.loadingProperty().get(), "the summaries never come here");
        assertEquals(0, model.events().size());
        assertEquals(8, model.itemsProperty().get().size());
        assertTrue(view.displayListProperty().get().shapes().size() > 8, "the frame lays out ticks and the items");

        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas.snapshot(null, null));
        PixelReader pixels = image[0].getPixelReader();
        int background = pixels.getArgb((int) image[0].getWidth() - 2, (int) image[0].getHeight() - 2);
        int painted = 0;
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < (int) image[0].getWidth(); x++) {
                if (pixels.getArgb(x, y) != background) {
                    painted++;
                }
            }
        }
        assertTrue(painted > 500, "the axis is painted, not a plain background (" + painted + " pixels)");
    }
}
