package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.nenpyo.timeline.TimelineItem;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The events' context menus from the keyboard and away from any event, on the demo. */
@ExtendWith(ApplicationExtension.class)
class EventMenuFxTest {
    private SampleWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-event-menu");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    /** As the Scene delivers Shift+F10 or the menu key: to the focus owner, a quarter across and half down. */
    private static void keyboardMenu(FxRobot robot, Node focused) {
        robot.interact(() -> {
            focused.requestFocus();
            Bounds b = focused.localToScene(focused.getBoundsInLocal());
            double x = b.getMinX() + b.getWidth() / 4;
            double y = b.getMinY() + b.getHeight() / 2;
            Point2D screen = focused.localToScreen(focused.getBoundsInLocal().getWidth() / 4, focused.getBoundsInLocal().getHeight() / 2);
            javafx.event.Event.fireEvent(focused, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y,
                    screen.getX(), screen.getY(), true, null));
        });
        Settle.window();
    }

    @Test
    void shiftF10OnTheTimelineWithNothingSelectedOpensNoMenu(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.itemsProperty().get().isEmpty() && !timeline.loadingProperty().get());
        TimelineView view = Settle.found(robot, "#timeline");
        assertNull(timeline.selectedIdProperty().get());
        keyboardMenu(robot, view);
        boolean showing = view.getContextMenu().isShowing();
        robot.interact(view.getContextMenu()::hide);
        assertFalse(showing, "from the keyboard without a selection, there is no menu");
    }

    @Test
    void aRightClickOnTheListsHeaderActsOnNoEvent(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        Settle.clickOn(robot, "出来事 (12)");
        @SuppressWarnings("unchecked")
        TableView<TimelineItem> table = robot.lookup("#event-list").queryAs(TableView.class);
        Settle.clickOn(robot, "米露協議がジュネーブで開始");
        Settle.window();
        // a right click on the header of the date column (as a desktop makes it: a menu request where the pointer is)
        Node header = robot.from(table).lookup(".column-header").match(n -> "event-date".equals(n.getId())).query();
        Point2D screen = header.localToScreen(10, 5);
        Point2D scene = header.localToScene(10, 5);
        robot.interact(() -> javafx.event.Event.fireEvent(header, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null)));
        Settle.window();
        boolean showing = table.getContextMenu().isShowing();
        boolean relabelEnabled = showing && table.getContextMenu().getItems().stream()
                .filter(i -> "menu-relabel".equals(i.getId())).noneMatch(MenuItem::isDisable);
        robot.interact(table.getContextMenu()::hide);
        assertFalse(showing && relabelEnabled, "a right click on a column header offers to relabel the event selected elsewhere");
    }

    @Test
    void aRightClickOnARowStillOpensTheMenu(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        Settle.clickOn(robot, "出来事 (12)");
        @SuppressWarnings("unchecked")
        TableView<TimelineItem> table = robot.lookup("#event-list").queryAs(TableView.class);
        Node cell = Settle.shown(robot, "米露協議がジュネーブで開始");
        robot.clickOn(cell);
        Point2D screen = cell.localToScreen(5, 5);
        Point2D scene = cell.localToScene(5, 5);
        robot.interact(() -> javafx.event.Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, new javafx.scene.input.PickResult(cell, scene.getX(), scene.getY()))));
        Settle.window();
        boolean showing = table.getContextMenu().isShowing();
        robot.interact(table.getContextMenu()::hide);
        org.junit.jupiter.api.Assertions.assertTrue(showing);
    }

    @Test
    void theWindowsEventMenuHasTheCorrectionsWithKeysAndTheUndoings(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu menu = bar.getMenus().stream().filter(m -> "event-menu".equals(m.getId())).findFirst().orElseThrow();
        assertFalse(menu.getItems().stream().filter(i -> i.getId() != null).anyMatch(i -> !i.isDisable()), "nothing selected, nothing to do");

        robot.interact(() -> timeline.select(timeline.itemsProperty().get().stream()
                .filter(i -> i.label().equals("米露協議がジュネーブで開始")).findFirst().orElseThrow().id()));
        MenuItem unjoin = menu.getItems().stream().filter(i -> "menu-unjoin".equals(i.getId())).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(unjoin.isDisable(), "nothing joined to undo");
        robot.interact(() -> robot.lookup("#timeline").queryAs(TimelineView.class).requestFocus());
        robot.type(javafx.scene.input.KeyCode.F2);
        Settle.window();
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        org.junit.jupiter.api.Assertions.assertEquals(window.shell.current().orElseThrow().timeline().messages().get("relabel.header"),
                pane.getHeaderText(), "F2 relabels the selected event");
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
        Settle.window();

        // in the reader, F2 stays the reader's own (it selects a paragraph's text to copy)
        javafx.scene.control.ListView<?> reader = robot.lookup("#reader").queryAs(javafx.scene.control.ListView.class);
        Settle.waitFor(10, TimeUnit.SECONDS, () -> reader.getFocusModel().getFocusedIndex() >= 0);
        robot.interact(reader::requestFocus);
        robot.type(javafx.scene.input.KeyCode.F2);
        Settle.window();
        org.junit.jupiter.api.Assertions.assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "no relabel dialog over the reader");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void f2InTheEventListRelabelsTheSelectedEvent(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        Settle.clickOn(robot, "出来事 (12)");
        Settle.clickOn(robot, "米露協議がジュネーブで開始");
        robot.type(javafx.scene.input.KeyCode.F2);
        Settle.window();
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        org.junit.jupiter.api.Assertions.assertEquals(timeline.messages().get("relabel.header"), pane.getHeaderText(),
                "F2 relabels from the list as from the timeline");
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
    }
}
