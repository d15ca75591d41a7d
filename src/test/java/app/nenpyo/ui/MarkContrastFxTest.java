package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The marks in an event's sources (the date expression, the actors), in search results and in the
 * reader's paragraphs stay legible in every row: unselected, selected while the list has the focus
 * and selected while it has not. Legible: a contrast of at least 4.5 with the row's
 * background, the level WCAG asks of text (the marks are drawn at 14 px).
 */
@ExtendWith(ApplicationExtension.class)
class MarkContrastFxTest {
    private static final double LEGIBLE = 4.5;

    private SampleWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-mark-contrast");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void theMarksOfASourceAreLegibleSelectedOrNotWithOrWithoutTheFocus(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        robot.interact(() -> timeline.select(timeline.itemsProperty().get().stream()
                .filter(i -> i.label().equals("米露協議がジュネーブで開始")).findFirst().orElseThrow().id()));
        ListView<SourceRow> sources = robot.lookup("#sources").queryListView();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> sources.getItems().size() == 3);

        // its first line: a narrow pane wraps the paragraph into more lines than the list shows
        javafx.geometry.Bounds second = cell(robot, sources, 1).localToScreen(cell(robot, sources, 1).getLayoutBounds());
        robot.clickOn(new javafx.geometry.Point2D(second.getMinX() + 20, second.getMinY() + 8));
        robot.moveTo("#search");
        Settle.window();
        ListCell<?> selected = cell(robot, sources, 1);
        assertTrue(selected.isSelected() && sources.isFocused());
        assertLegible(selected, "selected, the list focused", "actor");
        assertLegible(selected, "selected, the list focused", "hit");
        assertNotEquals(backgroundOf(cell(robot, sources, 0)), backgroundOf(selected), "the selection shows");
        assertLegible(cell(robot, sources, 0), "unselected", "actor");
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertLegible(cell(robot, sources, 2), "selected with the arrow key", "actor");
        assertLegible(cell(robot, sources, 1), "the row left", "actor");
        robot.type(javafx.scene.input.KeyCode.UP);

        robot.interact(() -> robot.lookup("#search").query().requestFocus());
        Settle.window();
        assertLegible(cell(robot, sources, 1), "selected, the focus elsewhere", "actor");
        assertNotEquals(backgroundOf(cell(robot, sources, 0)), backgroundOf(cell(robot, sources, 1)), "the selection still shows");

        robot.interact(() -> {
            sources.requestFocus();
            sources.getSelectionModel().clearAndSelect(0);
        });
        Settle.window();
        assertLegible(cell(robot, sources, 0), "selected in its turn", "actor");
        assertLegible(cell(robot, sources, 1), "the row selected before, unselected again", "actor");

        // the reader: ¶2 tells of 今月2日 in カザフスタン
        ListView<ParagraphRow> reader = robot.lookup("#reader").queryListView();
        robot.interact(() -> {
            reader.requestFocus();
            reader.getSelectionModel().clearAndSelect(1);
            reader.getFocusModel().focus(1);
            reader.scrollTo(0);
        });
        Settle.window();
        assertLegible(cell(robot, reader, 1), "a paragraph selected in the reader", "date");
        robot.interact(() -> robot.lookup("#search").query().requestFocus());
        Settle.window();
        assertLegible(cell(robot, reader, 1), "a paragraph selected, the focus elsewhere", "date");
    }

    @Test
    void theHitsOfASearchResultAreLegibleSelectedOrNot(FxRobot robot) throws TimeoutException {
        robot.clickOn("#search").write("ロシア").type(javafx.scene.input.KeyCode.ENTER);
        ListView<SearchResultRow> results = robot.lookup("#search-results").queryListView();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> results.getItems().size() > 2);
        robot.interact(() -> {
            results.requestFocus();
            results.getSelectionModel().clearAndSelect(0);
        });
        Settle.window();
        assertLegible(cell(robot, results, 0), "selected, the list focused", "hit");
        assertLegible(cell(robot, results, 1), "unselected", "hit");
        robot.interact(() -> robot.lookup("#search").query().requestFocus());
        Settle.window();
        assertLegible(cell(robot, results, 0), "selected, the focus elsewhere", "hit");
    }

    /** The row of that index, once the list has laid it out. */
    private static ListCell<?> cell(FxRobot robot, ListView<?> list, int index) throws TimeoutException {
        Settle.waitFor(5, TimeUnit.SECONDS, () -> robot.from(list).lookup(".list-cell")
                .match(n -> n instanceof ListCell<?> c && c.getIndex() == index).tryQuery().isPresent());
        return robot.from(list).lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getIndex() == index).query();
    }

    /** Every text of the row (the line saying where, the sentence and each mark) against the row's background; a {@code mark} among them. */
    private static void assertLegible(ListCell<?> cell, String row, String mark) {
        Color background = backgroundOf(cell);
        List<String> texts = new ArrayList<>();
        for (Text text : texts(cell)) {
            if (!text.getText().isBlank() && text.getFill() instanceof Color fill) {
                double contrast = contrast(fill, background);
                texts.add(text.getStyleClass() + " " + text.getText() + " " + fill + " " + Math.round(contrast * 10) / 10.0);
                assertTrue(contrast >= LEGIBLE, row + ": 「" + text.getText() + "」 " + text.getStyleClass() + " " + fill + " on "
                        + background + ", contrast " + contrast);
            }
        }
        assertTrue(texts(cell).stream().anyMatch(t -> t.getStyleClass().contains(mark)), row + ": a " + mark + " among " + texts);
        assertTrue(!cell.getStyleClass().contains("result-cell") || texts.stream().anyMatch(t -> t.startsWith("text ")),
                row + ": where it is from, among " + texts);
    }

    /**
     * The texts of the row that must be legible: each run of its highlighted text, and the line saying
     * where a source or result is from (not the paragraph number, dim by design in every row).
     */
    private static List<Text> texts(Node node) {
        List<Text> found = new ArrayList<>();
        if (node instanceof Text text && (node.getParent() instanceof HighlightedTextFlow
                || node.getParent() != null && node.getParent().getStyleClass().contains("result-source"))) {
            found.add(text);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(texts(child));
            }
        }
        return found;
    }

    /** The colour painted last behind the row, its outermost fill covered by the inner ones. */
    private static Color backgroundOf(ListCell<?> cell) {
        Background background = cell.getBackground();
        List<BackgroundFill> fills = background == null ? List.of() : background.getFills();
        return fills.isEmpty() ? Color.WHITE : (Color) fills.get(fills.size() - 1).getFill();
    }

    /** WCAG's contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
