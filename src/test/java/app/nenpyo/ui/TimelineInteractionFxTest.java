package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.timeline.DensityHistogram;
import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineItem;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Pointer and keys on the real window over the demo project: zoom, filter, open, overview. */
@ExtendWith(ApplicationExtension.class)
class TimelineInteractionFxTest {
    private SampleWindow window;
    private WindowViewModel model;
    private TimelineViewModel timeline;
    private TimelineView view;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-interaction-test");
    }

    @BeforeEach
    void loaded(FxRobot robot) throws TimeoutException {
        model = window.shell.current().orElseThrow();
        timeline = model.timeline();
        view = Settle.found(robot, "#timeline");
        // the events' summaries come after the first frame is drawn from their outlines, later on a loaded machine
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.itemsProperty().get().isEmpty()
                && !timeline.loadingProperty().get() && view.displayListProperty().get() != null);
        Settle.window();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void scrollingZoomsAboutThePointer(FxRobot robot) {
        Canvas canvas = canvas(view);
        double x = canvas.getWidth() * 0.3;
        TimeScale before = timeline.scaleProperty().get();
        long underPointer = before.time(x);
        robot.moveTo(canvas.localToScreen(x, canvas.getHeight() * 0.6));
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        Settle.window();
        TimeScale after = timeline.scaleProperty().get();
        assertTrue(after.span() != before.span(), "the wheel zooms");
        assertEquals(x, after.x(underPointer), 1.0, "the date under the pointer stays put");
    }

    @Test
    void theZoomKeysKeepTheSelectedEventWhereItIsDrawn(FxRobot robot) {
        TimelineItem last = timeline.itemsProperty().get().stream().max(java.util.Comparator.comparingLong(TimelineItem::anchor))
                .orElseThrow();
        robot.interact(() -> timeline.select(last.id()));
        TimeScale before = timeline.scaleProperty().get();
        double x = before.x(last.anchor());
        assertTrue(x > before.width() * 0.6, "the latest event is drawn right of the middle: " + x);
        robot.interact(view::requestFocus);
        robot.type(KeyCode.ADD);
        Settle.window();
        TimeScale after = timeline.scaleProperty().get();
        assertEquals(before.span() / 2.0, after.span(), before.span() * 0.01, "+ zooms in");
        assertEquals(x, after.x(last.anchor()), 1.0, "the selected event stays put");
    }

    @Test
    void tickingAnActorHidesTheOtherActorsEvents(FxRobot robot) throws TimeoutException {
        Settle.clickOn(robot, "#filters-tab .tab-label");
        ListView<FacetRow> actors = robot.lookup("#filter-actors").query();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !actors.getItems().isEmpty());
        int all = timeline.itemsProperty().get().size();
        Settle.clickOn(robot, "#filter-actor-search");
        robot.write("ロシア");
        Settle.waitFor(5, TimeUnit.SECONDS, () -> actors.getItems().size() >= 1
                && actors.getItems().get(0).key().startsWith("ロシア"));
        Settle.window();
        robot.clickOn(robot.lookup("#filter-actors .check-box").nth(0).queryAs(javafx.scene.Node.class));
        Settle.waitFor(5, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() < all);
        for (var item : timeline.itemsProperty().get()) {
            Event e = timeline.wholeEvent(item.id()).orElseThrow();
            assertTrue(e.actors().stream().map(Actor::displayName).anyMatch("ロシア"::equals),
                    "only ロシア's events stay: " + e.label());
        }
        Settle.window();
        long drawn = view.displayListProperty().get().hits().stream()
                .filter(h -> h.hit() instanceof DisplayList.ItemHit i
                        && timeline.wholeEvent(i.itemId()).orElseThrow().actors().stream().noneMatch(a -> a.displayName().equals("ロシア")))
                .count();
        assertEquals(0, drawn, "no other actor's event is drawn");
        Settle.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".filter-chip").tryQuery().isPresent());

        assertEquals(1, model.filters().active().size(), "the filter shows as a chip");
        Settle.clickOn(robot, ".filter-chip");
        Settle.waitFor(5, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == all);
    }

    @Test
    void doubleClickOnAnEventOpensItsDocumentAtTheParagraph(FxRobot robot) throws TimeoutException {
        DisplayList.HitBox box = view.displayListProperty().get().hits().stream()
                .filter(h -> h.hit() instanceof DisplayList.ItemHit).findFirst().orElseThrow();
        long id = ((DisplayList.ItemHit) box.hit()).itemId();
        int paragraph = timeline.events().get((int) id).sources().get(0).paragraph();
        Canvas canvas = canvas(view);
        Point2D at = canvas.localToScreen(Math.min(box.x0() + 4, (box.x0() + box.x1()) / 2), (box.y0() + box.y1()) / 2);
        DoubleClick.at(robot, at);
        Settle.waitFor(10, TimeUnit.SECONDS, () -> model.reader().focusedParagraphProperty().get() == paragraph);
        assertEquals(id, timeline.selectedIdProperty().get());
        ListView<?> reader = robot.lookup("#reader").query();
        Settle.waitFor(5, TimeUnit.SECONDS, reader::isFocused);

        // back on the timeline, → walks to the next event in time and Escape clears
        robot.interact(view::requestFocus);
        robot.type(KeyCode.RIGHT);
        Settle.window();
        assertTrue(timeline.selectedIdProperty().get() != null && timeline.selectedIdProperty().get() != id,
                "→ selects the next event");
        robot.type(KeyCode.ESCAPE);
        Settle.window();
        assertEquals(null, timeline.selectedIdProperty().get());
    }

    @Test
    void aRightClickOnAnEventSelectsItAndItsMenuCorrectsIt(FxRobot robot) throws TimeoutException {
        DisplayList.HitBox box = view.displayListProperty().get().hits().stream()
                .filter(h -> h.hit() instanceof DisplayList.ItemHit i && timeline.events().get((int) i.itemId()).label()
                        .equals("内務省が8000人拘束と発表")).findFirst().orElseThrow();
        long id = ((DisplayList.ItemHit) box.hit()).itemId();
        Canvas canvas = canvas(view);
        double x = Math.min(box.x0() + 4, (box.x0() + box.x1()) / 2);
        double y = (box.y0() + box.y1()) / 2;
        robot.moveTo(canvas.localToScreen(x, y)).clickOn(MouseButton.SECONDARY);
        Settle.window();
        assertEquals(id, timeline.selectedIdProperty().get(), "the event under the pointer is selected");
        // headless Monocle turns no right click into a menu request, as a desktop does: asked for here
        requestMenu(robot, canvas, x, y);
        assertTrue(view.getContextMenu().isShowing());
        assertEquals(List.of("出典を読む", "日付を直す…", "見出しを直す…", "背景に回す", "別の出来事とまとめる…"),
                view.getContextMenu().getItems().stream().map(javafx.scene.control.MenuItem::getText).filter(t -> t != null)
                        .toList());
        Settle.clickOn(robot, "背景に回す");
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.loadingProperty().get()
                && timeline.itemsProperty().get().stream().noneMatch(i -> i.label().equals("内務省が8000人拘束と発表")));

        // on empty space there is no menu
        requestMenu(robot, canvas, canvas.getWidth() - 5, canvas.getHeight() - 5);
        assertFalse(view.getContextMenu().isShowing());
    }

    private static void requestMenu(FxRobot robot, Canvas canvas, double x, double y) {
        Point2D screen = canvas.localToScreen(x, y);
        // an event's x and y are its scene's, made the target's own as it is delivered
        Point2D scene = canvas.localToScene(x, y);
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, null)));
        Settle.window();
    }

    @Test
    void draggingTheOverviewWindowPansTheTimeline(FxRobot robot) {
        OverviewBand band = robot.lookup("#overview").query();
        robot.interact(() -> timeline.zoomCentre(4));
        Settle.window();
        TimeScale before = timeline.scaleProperty().get();
        Canvas canvas = canvas(band);
        TimeScale overview = ((OverviewBandSkin) band.getSkin()).overviewScale();
        double centre = overview.x(before.start() + before.span() / 2);
        robot.drag(canvas.localToScreen(centre, canvas.getHeight() / 2), MouseButton.PRIMARY)
                .dropTo(canvas.localToScreen(centre + 60, canvas.getHeight() / 2));
        Settle.window();
        TimeScale after = timeline.scaleProperty().get();
        assertEquals(before.span(), after.span(), TimeScale.HOUR, "dragging the window keeps the zoom");
        assertTrue(after.start() > before.start(), "and shows later times");
        assertEquals(60 * overview.millisPerPixel(), after.start() - before.start(), 2 * overview.millisPerPixel());

        // a click left of the window jumps there
        robot.clickOn(canvas.localToScreen(4, canvas.getHeight() / 2));
        Settle.window();
        assertFalse(timeline.scaleProperty().get().start() >= after.start(), "the click moved the view back");
    }

    @Test
    void draggingAnEdgeOfTheOverviewWindowZoomsWithTheOtherEdgeHeld(FxRobot robot) {
        OverviewBand band = robot.lookup("#overview").query();
        robot.interact(() -> timeline.zoomCentre(4));
        Settle.window();
        Canvas canvas = canvas(band);
        TimeScale overview = ((OverviewBandSkin) band.getSkin()).overviewScale();
        TimeScale before = timeline.scaleProperty().get();
        double[] frame = DensityHistogram.window(overview, before);
        assertTrue(frame[1] - frame[0] > 40, "the window is wide enough to grab an edge: " + (frame[1] - frame[0]));
        double y = canvas.getHeight() / 2;

        // the right edge dragged 30 px right: a wider view (zoomed out), the start held
        robot.drag(canvas.localToScreen(frame[1], y), MouseButton.PRIMARY).dropTo(canvas.localToScreen(frame[1] + 30, y));
        Settle.window();
        TimeScale wider = timeline.scaleProperty().get();
        double px = overview.millisPerPixel();
        assertEquals(before.start(), wider.start(), 2 * px, "the left edge stays");
        assertEquals(before.span() + 30 * px, wider.span(), 3 * px, "the view grew by what the edge moved");

        // the left edge dragged 20 px right: a narrower view (zoomed in), the end held
        double[] widerFrame = DensityHistogram.window(overview, wider);
        robot.drag(canvas.localToScreen(widerFrame[0], y), MouseButton.PRIMARY).dropTo(canvas.localToScreen(widerFrame[0] + 20, y));
        Settle.window();
        TimeScale narrower = timeline.scaleProperty().get();
        assertEquals(wider.end(), narrower.end(), 2 * px, "the right edge stays");
        assertEquals(wider.span() - 20 * px, narrower.span(), 3 * px, "the view shrank by what the edge moved");
        assertTrue(narrower.millisPerPixel() < wider.millisPerPixel(), "the timeline zoomed in");
    }

    private static Canvas canvas(javafx.scene.control.Control control) {
        return (Canvas) control.getChildrenUnmodifiable().get(0);
    }
}
