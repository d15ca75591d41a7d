package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The exploratory tester found the + of the lists' column menu over the last column's header (¶ of
 * the document list, 出典 of the events) in a list too short to scroll: the columns stay clear of
 * it, and every header of the two lists shows whole, in both languages, whichever column is last.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnMenuButtonFxTest {
    private SampleWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "column-menu");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void theLastColumnsHeaderIsClearOfTheMenuButtonAndWhole(FxRobot robot) throws Exception {
        for (Language language : Language.values()) {
            robot.interact(() -> window.shell.switchLanguage(language));
            MainWindow main = window.shell.mainWindow().orElseThrow();
            Settle.waitFor(20, TimeUnit.SECONDS, () -> main.eventTable().getItems().size() == 12
                    && main.documentTable().getItems().size() == 1);
            robot.interact(() -> main.showLeftTab(1));
            // the list fits its columns to the room over a pulse or two after it shows (the category's name or its dot)
            Settle.until(() -> lastHeaderEnd(main.eventTable()) <= plusStart(main.eventTable()) + 0.5);
            assertClear(main.eventTable(), language + ", events");
            robot.interact(() -> main.showLeftTab(0));
            // the document list fits its columns over a pulse or two too: on a loaded machine one pulse was not enough
            Settle.until(() -> lastHeaderEnd(main.documentTable()) <= plusStart(main.documentTable()) + 0.5);
            assertClear(main.documentTable(), language + ", documents");
            // another column last: the paragraphs hidden from the menu leave where the date came from last
            robot.interact(() -> main.hideDocumentColumns(java.util.Set.of("paragraphs", "encoding", "format")));
            Settle.until(() -> lastHeaderEnd(main.documentTable()) <= plusStart(main.documentTable()) + 0.5);
            assertEquals("dateSource", last(main.documentTable()).getId());
            assertClear(main.documentTable(), language + ", documents without the paragraphs");
        }
    }

    /**
     * The document list's date source and paragraph count grow wider when its rows are read again (a second
     * document imported, a date set): the title gives them the room, shown or behind the events' tab. JavaFX
     * shares a table's width out again only when the width, the scroll bar or the shown columns change, and
     * the title kept its width: the last header reached some 50 px under the + and stayed there.
     */
    @Test
    void theLastHeaderStaysClearWhenTheRowsGrowWiderShownOrAway(FxRobot robot) throws Exception {
        MainWindow main = window.shell.mainWindow().orElseThrow();
        TableView<DocumentRow> documents = main.documentTable();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> documents.getItems().size() == 1);
        robot.interact(() -> main.showLeftTab(0));
        Settle.until(() -> lastHeaderEnd(documents) <= plusStart(documents) + 0.5);
        assertClear(documents, "documents as read");
        DocumentRow read = documents.getItems().get(0);
        robot.interact(() -> documents.getItems().setAll(wider(read)));
        Settle.until(() -> lastHeaderEnd(documents) <= plusStart(documents) + 0.5);
        assertClear(documents, "documents read again, shown");
        robot.interact(() -> documents.getItems().setAll(read));
        Settle.window();
        robot.interact(() -> main.showLeftTab(1));
        Settle.window();
        robot.interact(() -> documents.getItems().setAll(wider(read)));
        Settle.window();
        robot.interact(() -> main.showLeftTab(0));
        Settle.until(() -> lastHeaderEnd(documents) <= plusStart(documents) + 0.5);
        assertClear(documents, "documents read again behind the events' tab");
    }

    /** The row as a list read again might say it: a date source twice as long, a count of two more digits. */
    private static DocumentRow wider(DocumentRow row) {
        return new DocumentRow(row.id(), row.title(), row.date(), row.dateValue(), row.dateSource() + " " + row.dateSource(),
                row.dated(), row.encoding(), row.format(), row.paragraphs() * 100 + 99, row.origin());
    }

    private static void assertClear(TableView<?> table, String where) {
        assertFalse(verticalBar(table).isVisible(), "a list too short to scroll, " + where);
        Node button = table.lookup(".show-hide-columns-button");
        assertTrue(button.isVisible(), where);
        TableColumn<?, ?> last = last(table);
        assertTrue(lastHeaderEnd(table) <= plusStart(table) + 0.5,
                "the last header (" + last.getId() + ") ends at " + lastHeaderEnd(table) + ", the + starts at " + plusStart(table) + ", " + where);
        // a header with a short title draws its graphic only (a label of its own, checked here too), not its text
        for (Node node : table.lookupAll(".column-header .label")) {
            Labeled label = (Labeled) node;
            if (label.isVisible() && !label.getText().isEmpty() && label.getScene() != null
                    && label.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
                assertEquals(label.getText(), shown(label), "a header whole, " + where);
            }
        }
    }

    private static double plusStart(TableView<?> table) {
        Node button = table.lookup(".show-hide-columns-button");
        return button.localToScene(button.getLayoutBounds()).getMinX();
    }

    private static double lastHeaderEnd(TableView<?> table) {
        TableColumn<?, ?> last = last(table);
        Node header = table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == last)
                .findFirst().orElseThrow();
        return header.localToScene(header.getLayoutBounds()).getMaxX();
    }

    private static TableColumn<?, ?> last(TableView<?> table) {
        List<? extends TableColumn<?, ?>> visible = table.getVisibleLeafColumns();
        return visible.get(visible.size() - 1);
    }

    private static ScrollBar verticalBar(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream().map(node -> (ScrollBar) node)
                .filter(bar -> bar.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
    }

    /** What a label really draws: its text, or less and "…" when it does not fit. */
    private static String shown(Labeled labeled) {
        return Optional.ofNullable((Text) labeled.lookup(".text")).map(Text::getText).orElse("");
    }
}
