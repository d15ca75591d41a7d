package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.timeline.DisplayList;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A double click on an event drawn before its summary is read (a loaded machine, a large project)
 * opens its report once the events are in; the reader takes the keys then only if the analyst has
 * not gone elsewhere meanwhile: what they typed in the search field went to the reader instead.
 */
@ExtendWith(ApplicationExtension.class)
class WaitingOpeningFxTest {
    private final HeldFrames executor = new HeldFrames();
    private SampleWindow window;
    private WindowViewModel model;
    private TimelineViewModel timeline;

    /** The window's executor, holding back what waits for a drawn frame (the summaries' read) until released. */
    private static final class HeldFrames implements TaskExecutor {
        private final TaskExecutor executor = new JavaFxTaskExecutor();
        private final List<Runnable> held = new ArrayList<>();
        private boolean holding = true;

        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            executor.execute(work, onSuccess, onFailure);
        }

        @Override
        public void onUiThread(Runnable action) {
            executor.onUiThread(action);
        }

        @Override
        public void afterFrame(Runnable action) {
            if (holding) {
                held.add(action);
            } else {
                executor.afterFrame(action);
            }
        }

        @Override
        public void later(Duration delay, Runnable action) {
            executor.later(delay, action);
        }

        @Override
        public void shutdown() {
            executor.shutdown();
        }

        /** Runs what was held back, on the FX thread, and holds nothing more. */
        void release() {
            holding = false;
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "waiting-opening", executor);
    }

    @BeforeEach
    void outlined() throws TimeoutException {
        model = window.shell.current().orElseThrow();
        timeline = model.timeline();
        TimelineView view = window.shell.mainWindow().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.itemsProperty().get().isEmpty() && view.displayListProperty().get() != null);
        Settle.window();
        assertTrue(timeline.events().isEmpty(), "the items are drawn from outlines, their events not read");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void whatTheAnalystTypedElsewhereMeanwhileKeepsTheKeys(FxRobot robot) throws TimeoutException {
        long id = doubleClickAnItem(robot);
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        Settle.clickOn(robot, "#search");
        robot.write("協議");
        Settle.window();

        robot.interact(executor::release);
        awaitOpened(id);
        assertSame(search, search.getScene().getFocusOwner(), "the search field keeps the keys");
        robot.write("し");
        assertEquals("協議し", search.getText(), "and what is typed next goes on in it");
    }

    @Test
    void theReaderTakesTheKeysWhenTheAnalystWaitedForIt(FxRobot robot) throws TimeoutException {
        long id = doubleClickAnItem(robot);

        robot.interact(executor::release);
        awaitOpened(id);
        ListView<?> reader = robot.lookup("#reader").queryAs(ListView.class);
        Settle.waitFor(5, TimeUnit.SECONDS, reader::isFocused);
    }

    /** Waits until the events are read and the reader shows the paragraph of the first report of the item's event. */
    private void awaitOpened(long id) throws TimeoutException {
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.events().size() > id);
        int paragraph = timeline.events().get((int) id).sources().get(0).paragraph();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> model.reader().focusedParagraphProperty().get() == paragraph);
        assertEquals(id, timeline.selectedIdProperty().get(), "the item double-clicked is selected");
        Settle.window();
    }

    /** Double-clicks the first item drawn, while the summaries are held back; its id. */
    private long doubleClickAnItem(FxRobot robot) {
        TimelineView view = window.shell.mainWindow().orElseThrow().timeline();
        DisplayList.HitBox box = view.displayListProperty().get().hits().stream()
                .filter(h -> h.hit() instanceof DisplayList.ItemHit).findFirst().orElseThrow();
        long id = ((DisplayList.ItemHit) box.hit()).itemId();
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        Point2D at = canvas.localToScreen(Math.min(box.x0() + 4, (box.x0() + box.x1()) / 2), (box.y0() + box.y1()) / 2);
        DoubleClick.at(robot, at);
        assertTrue(timeline.openingWaitsProperty().get(), "the double click waits for the events");
        return id;
    }
}
