package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.timeline.TimelineItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The analyst sets events aside one after another from the 出来事 list with Ctrl+B: the list stays
 * where it was scrolled to, and the selection stays in the row (the event after the one set aside,
 * or the same event while background dates are shown), so the next Ctrl+B goes on from there.
 */
@ExtendWith(ApplicationExtension.class)
class EventListPlaceFxTest {
    /** Forty meetings, one a day from 2021年12月1日: with the demo's twelve events, a list that scrolls. */
    private static final String MEETINGS = "各国外相の会談記録\n\n" + IntStream.range(0, 40)
            .mapToObj(i -> java.time.LocalDate.of(2021, 12, 1).plusDays(i))
            .map(d -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日、両国の外相が東京で会談した。")
            .collect(Collectors.joining("\n\n")) + "\n";

    private SampleWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = SampleWindow.open(stage, "fx-event-list-place");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void settingEventsAsideInARowKeepsTheListsPlaceAndTheSelectionsRow(FxRobot robot) throws Exception {
        WindowViewModel model = window.shell.current().orElseThrow();
        TimelineViewModel timeline = model.timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        Path meetings = Files.writeString(window.directory.resolve("clip-2022-01-20.txt"), MEETINGS);
        robot.interact(() -> model.imports().start(List.of(meetings), Map.of()));
        Settle.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".import-report").tryQuery().isPresent());
        Settle.clickOn(robot, Messages.of(Language.JAPANESE).get("button.close"));
        Settle.waitFor(30, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 52 && !timeline.loadingProperty().get());
        robot.interact(() -> stage.setHeight(520));
        Settle.clickOn(robot, "出来事 (52)");
        TableView<TimelineItem> table = robot.lookup("#event-list").queryTableView();
        VirtualFlow<?> flow = robot.from(table).lookup(".virtual-flow").queryAs(VirtualFlow.class);
        robot.interact(() -> flow.scrollToTop(20));
        Settle.window();
        assertEquals(20, firstShown(flow));
        int shown = lastShown(flow) - firstShown(flow);
        assertTrue(shown >= 4 && shown < 30, "a list that scrolls, a few rows in view: " + shown);

        int row = 23;
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row);
        });
        for (int round = 0; round < 3; round++) {
            String next = table.getItems().get(row + 1).label();
            int count = table.getItems().size();
            setAside(robot, timeline);
            Settle.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == count - 1 && !timeline.loadingProperty().get()
                    && timeline.selectedEventProperty().get() != null);
            Settle.window();
            assertEquals(next, timeline.selectedEventProperty().get().label(), "the row after the one set aside");
            assertEquals(row, table.getSelectionModel().getSelectedIndex(), "in the same row");
            assertEquals(20, firstShown(flow), "the list has not moved");
            assertEquals(0, topOf(flow, 20), 0.5, "not by a pixel");
            assertTrue(table.isFocused(), "the keys go on to the list");
        }

        robot.interact(() -> timeline.showBackgroundProperty().set(true));
        Settle.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 52 && !timeline.loadingProperty().get());
        Settle.window();
        assertEquals(20, firstShown(flow), "the set-aside events come back into the list, the list stays");
        robot.interact(() -> table.getSelectionModel().clearAndSelect(row));
        String same = table.getItems().get(row).label();
        assertTrue(timeline.selectedEventProperty().get().background(), "one of those set aside, back in its row");
        for (boolean background : new boolean[] {false, true}) {
            setAside(robot, timeline);
            Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.loadingProperty().get() && timeline.selectedEventProperty().get() != null
                    && timeline.selectedEventProperty().get().background() == background);
            Settle.window();
            assertEquals(same, timeline.selectedEventProperty().get().label(), "shown still: the same event stays selected");
            assertEquals(row, table.getSelectionModel().getSelectedIndex());
            assertEquals(20, firstShown(flow), "the list has not moved");
        }
    }

    /** Ctrl+B, 出来事 › 背景に回す (時系列に戻す for a background event). */
    private static void setAside(FxRobot robot, TimelineViewModel timeline) {
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        Settle.window();
    }

    /** The first row in view: the flow may keep one just above its top among its cells. */
    private static int firstShown(VirtualFlow<?> flow) {
        IndexedCell<?> cell = flow.getFirstVisibleCell();
        if (cell == null) {
            return -1;
        }
        return cell.getLayoutY() + cell.getHeight() <= 0 ? cell.getIndex() + 1 : cell.getIndex();
    }

    /** Where the top of the row is in the view, in px; NaN when it is not laid out. */
    private static double topOf(VirtualFlow<?> flow, int row) {
        IndexedCell<?> cell = flow.getVisibleCell(row);
        return cell == null ? Double.NaN : cell.getLayoutY();
    }

    private static int lastShown(VirtualFlow<?> flow) {
        IndexedCell<?> cell = flow.getLastVisibleCell();
        return cell == null ? -1 : cell.getIndex();
    }
}
