package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventSummary;
import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.Lane;
import app.nenpyo.timeline.LaneLayout;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timeline in the real window, on a project with the sample imported (events are extracted at import). */
@ExtendWith(ApplicationExtension.class)
class TimelineFxTest {
    private SampleWindow window;
    private NenpyoShell shell;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-timeline-test");
        shell = window.shell;
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void showsTheEventsOpensTheGenevaTalksAtTheirParagraphAndSplitsByActor(FxRobot robot) throws TimeoutException {
        TimelineViewModel model = shell.current().orElseThrow().timeline();
        TimelineView view = Settle.found(robot, "#timeline");
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !model.itemsProperty().get().isEmpty());
        int count = model.itemsProperty().get().size();
        assertTrue(count >= 8 && count <= 16, "about a dozen events on the timeline: " + count);
        Settle.waitFor(10, TimeUnit.SECONDS, () -> marks(view) > 0);
        Settle.window();

        // the 10 January Geneva talks: the event one of whose reports is paragraph 26 (the summaries
        // arrive after the first frame, later on a loaded machine)
        Settle.waitFor(20, TimeUnit.SECONDS, () -> model.events().stream()
                .anyMatch(e -> e.sources().stream().anyMatch(s -> s.paragraph() == 26)));
        long geneva = -1;
        for (int i = 0; i < model.events().size(); i++) {
            EventSummary e = model.events().get(i);
            if (e.sources().stream().anyMatch(s -> s.paragraph() == 26)) {
                geneva = i;
            }
        }
        assertTrue(geneva >= 0, "an event reported in ¶26");
        assertEquals(java.time.LocalDate.of(2022, 1, 10), model.events().get((int) geneva).time().start());

        clickItem(robot, view, geneva);
        Settle.waitFor(10, TimeUnit.SECONDS, () -> model.selectedEventProperty().get() != null);
        assertEquals(geneva, model.selectedIdProperty().get(), "the click selects the Geneva talks");
        ReaderViewModel reader = shell.current().orElseThrow().reader();
        TimelineViewModel.SourceRef first = model.sources().get(0);
        Settle.waitFor(10, TimeUnit.SECONDS, () -> reader.focusedParagraphProperty().get() == first.paragraph());
        // the source pane lists ¶26 with 10日 marked; clicking it opens the document there
        Settle.waitFor(10, TimeUnit.SECONDS, () -> sourceCell(robot, 26).isPresent());
        ListCell<?> p26 = sourceCell(robot, 26).orElseThrow();
        assertTrue(p26.lookupAll(".hit").stream().map(node -> ((Text) node).getText()).toList().contains("10日"),
                "the source pane marks 10日 in ¶26");
        assertTrue(!p26.lookupAll(".actor").isEmpty(), "the source pane marks the actors in ¶26");
        robot.clickOn(p26);
        Settle.waitFor(10, TimeUnit.SECONDS, () -> reader.focusedParagraphProperty().get() == 26);
        Settle.waitFor(10, TimeUnit.SECONDS, () -> hitsShownIn(robot).contains("10日"));

        ComboBox<LaneMode> lanes = robot.lookup("#lanes").query();
        robot.interact(() -> lanes.setValue(LaneMode.ACTOR));
        Settle.window();
        List<String> keys = LaneLayout.lanes(model.indexProperty().get(), model.laneSpecProperty().get()).stream()
                .map(Lane::key).toList();
        assertTrue(keys.containsAll(List.of("カザフスタン", "中国", "ロシア", "米国")), "lanes by actor: " + keys);
        Settle.waitFor(10, TimeUnit.SECONDS, () -> view.displayListProperty().get().shapes().stream()
                .anyMatch(s -> s instanceof DisplayList.LaneHeader));
    }

    @Test
    void anEventChosenInALaneBelowThoseShownIsScrolledIntoView(FxRobot robot) throws TimeoutException {
        TimelineViewModel model = shell.current().orElseThrow().timeline();
        TimelineView view = Settle.found(robot, "#timeline");
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !model.itemsProperty().get().isEmpty() && marks(view) > 0);
        ComboBox<LaneMode> lanes = robot.lookup("#lanes").query();
        robot.interact(() -> lanes.setValue(LaneMode.ACTOR));
        Settle.waitFor(10, TimeUnit.SECONDS, () -> view.displayListProperty().get().moreBelow());
        List<Long> hidden = model.itemsProperty().get().stream().map(item -> item.id()).filter(id -> !drawn(view, id)).toList();
        assertTrue(!hidden.isEmpty(), "the sample's actor lanes run below the view");
        long below = hidden.get(hidden.size() - 1);

        robot.interact(() -> {
            model.select(below);
            model.revealSelection();
        });

        Settle.waitFor(10, TimeUnit.SECONDS, () -> drawn(view, below));
    }

    /** Whether the timeline draws an item's mark or bar inside its lanes as shown. */
    private static boolean drawn(TimelineView view, long id) {
        DisplayList list = view.displayListProperty().get();
        return list.shapes().stream().anyMatch(s -> s instanceof DisplayList.Marker m && m.itemId() == id
                && m.cy() >= list.axisHeight() && m.cy() <= view.getHeight()
                || s instanceof DisplayList.Bar b && b.itemId() == id && b.y0() >= list.axisHeight() && b.y1() <= view.getHeight());
    }

    /** Clicks an event's hit box on the canvas, opening the cluster it is folded into first if need be. */
    private static void clickItem(FxRobot robot, TimelineView view, long id) {
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        for (int attempt = 0; attempt < 6; attempt++) {
            DisplayList list = view.displayListProperty().get();
            Optional<DisplayList.HitBox> item = list.hits().stream()
                    .filter(h -> h.hit() instanceof DisplayList.ItemHit i && i.itemId() == id).findFirst();
            Optional<DisplayList.HitBox> box = item.or(() -> list.hits().stream()
                    .filter(h -> h.hit() instanceof DisplayList.ClusterHit c && c.itemIds().contains(id)).findFirst());
            assertTrue(box.isPresent(), "the event is on the canvas");
            DisplayList.HitBox b = box.get();
            // the mark's end of the box: the dot sits at its start
            Point2D at = canvas.localToScreen(Math.min(b.x0() + 4, (b.x0() + b.x1()) / 2), (b.y0() + b.y1()) / 2);
            robot.clickOn(at);
            Settle.window();
            if (item.isPresent()) {
                return;
            }
        }
        throw new AssertionError("the event stays folded in a cluster");
    }

    private static long marks(TimelineView view) {
        DisplayList list = view.displayListProperty().get();
        return list == null ? 0 : list.shapes().stream()
                .filter(s -> s instanceof DisplayList.Marker || s instanceof DisplayList.Bar || s instanceof DisplayList.ClusterMark)
                .count();
    }

    private static Optional<ListCell<?>> sourceCell(FxRobot robot, int paragraph) {
        return robot.lookup(".source-cell").match(TimelineFxTest::showsAnItem).queryAll().stream()
                .<ListCell<?>>map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getItem() instanceof SourceRow row && row.paragraph() == paragraph)
                .findFirst();
    }

    private static List<String> hitsShownIn(FxRobot robot) {
        return robot.lookup(".paragraph-cell.hit-paragraph").match(TimelineFxTest::showsAnItem).queryAll().stream()
                .flatMap(cell -> cell.lookupAll(".hit").stream())
                .map(node -> ((Text) node).getText())
                .toList();
    }

    private static boolean showsAnItem(Node node) {
        return node.isVisible() && node instanceof ListCell<?> cell && cell.getItem() != null;
    }
}
