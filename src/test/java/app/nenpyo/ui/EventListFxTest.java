package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Granularity;
import app.nenpyo.timeline.TimelineItem;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The demo's events in the 出来事 tab: one selection with the timeline, sorted by a header, Enter to the reader. */
@ExtendWith(ApplicationExtension.class)
class EventListFxTest {
    private SampleWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-event-list");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void aRowClickedIsTheTimelinesSelectionAndTheTimelinesSelectionIsTheRows(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        TableView<TimelineItem> table = eventsTab(robot, timeline);
        assertEquals(12, table.getItems().size());

        Settle.clickOn(robot, "米露協議がジュネーブで開始");
        assertEquals("米露協議がジュネーブで開始", timeline.selectedEventProperty().get().label());
        robot.type(KeyCode.DOWN);
        assertEquals(table.getSelectionModel().getSelectedItem().label(), timeline.selectedEventProperty().get().label(),
                "the arrow keys walk the timeline too");

        robot.interact(() -> timeline.select(timeline.itemsProperty().get().stream()
                .filter(i -> i.label().equals("内務省が8000人拘束と発表")).findFirst().orElseThrow().id()));
        assertEquals("内務省が8000人拘束と発表", table.getSelectionModel().getSelectedItem().label());

        TableColumn<TimelineItem, ?> sources = table.getColumns().stream().filter(c -> "event-sources".equals(c.getId())).findFirst().orElseThrow();
        // a header takes its column's id
        javafx.scene.Node header = robot.from(table).lookup(".column-header").match(n -> "event-sources".equals(n.getId())).query();
        robot.clickOn(header);
        robot.clickOn(header);
        assertEquals(TableColumn.SortType.DESCENDING, sources.getSortType());
        // sorted on a worker
        Settle.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().get(0).sourceCount() == 3);
        assertEquals("米露協議がジュネーブで開始", table.getItems().get(0).label(), "the Geneva talks, reported three times, first");
        assertEquals("内務省が8000人拘束と発表", table.getSelectionModel().getSelectedItem().label(), "still selected after the sort");

        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        // the document is read off the FX thread
        Settle.until(() -> window.shell.current().orElseThrow().reader().focusedParagraphProperty().get() == 17);
        assertEquals(17, window.shell.current().orElseThrow().reader().focusedParagraphProperty().get(),
                "the reader at ¶17, where the detained are reported");
    }
    @Test
    void anEventTheAnalystCorrectedIsMarkedInItsRowWithWhatWasCorrected(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        TableView<TimelineItem> table = eventsTab(robot, timeline);
        assertEquals(List.of(), marked(robot, table), "nothing corrected in the demo");

        robot.interact(() -> timeline.select(timeline.itemsProperty().get().stream()
                .filter(i -> i.label().equals("内務省が8000人拘束と発表")).findFirst().orElseThrow().id()));
        robot.interact(() -> timeline.setSelectedLabel("内務省、8000人を拘束"));
        // corrected on a worker, then read again
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.loadingProperty().get()
                && table.getItems().stream().anyMatch(i -> i.label().equals("内務省、8000人を拘束")));
        Settle.window();
        List<TableCell<?, ?>> cells = marked(robot, table);
        assertEquals(1, cells.size(), "one row marked");
        assertEquals("内務省、8000人を拘束", ((TimelineItem) cells.get(0).getTableRow().getItem()).label());
        assertEquals("分析者が直した点：見出し", cells.get(0).getTooltip().getText());
    }

    /**
     * The analyst found the English list's labels cut to two characters in the pane as it opens while
     * the date and the count took twice what they say: in either language every column is as wide as
     * what it says, the label has the rest and is the widest, and a day's date shows whole.
     */
    /** The events list of the demo's twelve events, shown, in a window built again in {@code language}. */
    private TableView<TimelineItem> eventListIn(FxRobot robot, Language language) throws TimeoutException {
        robot.interact(() -> window.shell.switchLanguage(language));
        MainWindow main = window.shell.mainWindow().orElseThrow();
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        robot.interact(() -> main.showLeftTab(1));
        Settle.window();
        return main.eventTable();
    }

    @Test
    void theLabelHasTheRoomTheOtherColumnsDoNotNeedInEitherLanguage(FxRobot robot) throws TimeoutException {
        for (Language language : List.of(Language.ENGLISH, Language.JAPANESE)) {
            TableView<TimelineItem> table = eventListIn(robot, language);
            TableColumn<TimelineItem, ?> label = column(table, "event-label");
            for (TableColumn<TimelineItem, ?> other : table.getVisibleLeafColumns()) {
                if (other != label) {
                    assertTrue(label.getWidth() > other.getWidth(), language + ": the label (" + label.getWidth() + " px) is wider than "
                            + other.getId() + " (" + other.getWidth() + " px)");
                }
            }
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            assertTrue(columns <= table.getWidth(), language + ": the columns fit the list, none scrolled out of it ("
                    + columns + " of " + table.getWidth() + " px)");
            List<TableCell<?, ?>> dates = cells(robot, table, "event-date");
            assertEquals(12, dates.size(), language + ": a date cell per event");
            for (TableCell<?, ?> date : dates) {
                if (((TimelineItem) date.getTableRow().getItem()).granularity() == Granularity.DAY) {
                    assertEquals(date.getText(), shown(date), language + ": a day's date whole");
                }
            }
            // the category gives way to the label only when the pane has no room for it: the Japanese ones fit
            TableColumn<TimelineItem, ?> category = column(table, "event-category");
            if (language == Language.JAPANESE) {
                assertEquals(category.getMaxWidth(), category.getWidth(), 0.5, "the category as wide as the widest one");
            }
            if (category.getWidth() >= category.getMaxWidth() - 0.5) {
                for (TableCell<?, ?> cell : cells(robot, table, "event-category")) {
                    assertEquals(cell.getText(), shown(cell), language + ": a category whole");
                }
            }
        }
    }

    /**
     * The analyst found the English list at the window's first size cutting labels after six
     * characters beside a date with its year, a category cut to "Announ…" and a count as wide as its
     * header. At that size the label now shows some sixteen characters in either language: the dates
     * go without the year all the events share (whole when hovered), the count is as narrow as its
     * digits under a "#" whose full name shows when hovered, and the English categories, too long
     * to name there, are their colour's dot, named when hovered; the Japanese ones keep their names.
     */
    @Test
    void atTheWindowsFirstSizeTheLabelShowsSixteenCharactersInEitherLanguage(FxRobot robot) throws TimeoutException {
        for (Language language : List.of(Language.ENGLISH, Language.JAPANESE)) {
            Messages messages = Messages.of(language);
            TableView<TimelineItem> table = eventListIn(robot, language);

            List<TableCell<?, ?>> labels = cells(robot, table, "event-label");
            double sixteen = textWidth("トカエフ大統領が演説で強硬な姿勢", labels.get(0).getFont());
            TableColumn<TimelineItem, ?> label = column(table, "event-label");
            assertTrue(label.getWidth() - labels.get(0).snappedLeftInset() - labels.get(0).snappedRightInset() >= sixteen,
                    language + ": sixteen characters of a label (" + sixteen + " px) in its " + label.getWidth() + " px");

            for (TableCell<?, ?> date : cells(robot, table, "event-date")) {
                TimelineItem row = (TimelineItem) date.getTableRow().getItem();
                String inFull = window.shell.current().orElseThrow().eventList().date(row);
                assertTrue(inFull.startsWith("2022年"), "the demo's events are all of 2022: " + inFull);
                assertEquals(inFull.replace("2022年", ""), date.getText(), language + ": the year they share goes without saying");
                assertEquals(inFull, date.getTooltip().getText(), language + ": the date in full when hovered");
                if (row.granularity() == Granularity.DAY) {
                    assertEquals(date.getText(), shown(date), language + ": a day's date whole");
                }
            }

            TableColumn<TimelineItem, ?> sources = column(table, "event-sources");
            Labeled count = (Labeled) sources.getGraphic();
            assertEquals("#", count.getText());
            assertEquals(messages.get("column.sources.tip"), count.getTooltip().getText());
            assertEquals(messages.get("column.sources"), sources.getText(), "the menu of columns names it in full");
            double widestCount = cells(robot, table, "event-sources").stream()
                    .mapToDouble(c -> textWidth(c.getText(), c.getFont())).max().orElseThrow();
            assertTrue(sources.getWidth() < widestCount + 40, language + ": the count as narrow as its digits and its header's # ("
                    + sources.getWidth() + " px for " + widestCount + " px of digits)");
            for (TableCell<?, ?> cell : cells(robot, table, "event-sources")) {
                assertEquals(cell.getText(), shown(cell), language + ": a count whole");
            }

            TableColumn<TimelineItem, ?> category = column(table, "event-category");
            for (TableCell<?, ?> cell : cells(robot, table, "event-category")) {
                TimelineItem row = (TimelineItem) cell.getTableRow().getItem();
                String name = window.shell.current().orElseThrow().eventList().category(row);
                assertTrue(cell.getGraphic().getStyleClass().contains("category-" + row.category()), language + ": the timeline's colour");
                assertEquals(name, cell.getTooltip().getText(), language + ": the category named when hovered");
                if (language == Language.ENGLISH) {
                    assertEquals("", cell.getText(), "no room for the English names: the dots alone");
                } else {
                    assertEquals(name, cell.getText(), "the Japanese names beside their dots");
                    assertEquals(name, shown(cell), "a Japanese category whole");
                }
            }
            if (language == Language.ENGLISH) {
                assertTrue(category.getWidth() < 40, "the English category as narrow as its dot: " + category.getWidth() + " px");
            }
        }
    }

    private static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text measured = new javafx.scene.text.Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }

    /** The cells of a column that show a row. */
    private static List<TableCell<?, ?>> cells(FxRobot robot, TableView<TimelineItem> table, String columnId) {
        return robot.from(table).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?>)
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()) && !c.isEmpty()
                        && c.getTableRow() != null && c.getTableRow().getItem() != null)
                .toList();
    }

    private static TableColumn<TimelineItem, ?> column(TableView<TimelineItem> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** What a cell really draws: its text, or less and "…" when it does not fit. */
    private static String shown(TableCell<?, ?> cell) {
        return java.util.Optional.ofNullable((javafx.scene.text.Text) cell.lookup(".text")).map(javafx.scene.text.Text::getText).orElse("");
    }

    /** The 出来事 tab's table, once the demo's twelve events are in. */
    private static TableView<TimelineItem> eventsTab(FxRobot robot, TimelineViewModel timeline) throws TimeoutException {
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        Settle.clickOn(robot, "出来事 (12)");
        @SuppressWarnings("unchecked")
        TableView<TimelineItem> table = robot.lookup("#event-list").queryAs(TableView.class);
        return table;
    }

    /** The cells of the corrected column that show the mark. */
    private static List<TableCell<?, ?>> marked(FxRobot robot, TableView<TimelineItem> table) {
        return robot.from(table).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?>)
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && "event-corrected".equals(c.getTableColumn().getId())
                        && EventListViewModel.CORRECTED_MARK.equals(c.getText()))
                .toList();
    }
}
