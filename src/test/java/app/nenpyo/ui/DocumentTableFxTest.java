package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
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
 * The exploratory tester saw "…" in the paragraph column of a long document list, and headers cut
 * to "日付の…": every column but the title fits its header and its values, in both languages, at
 * the window's default size and a smaller one, and the title takes the rest.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentTableFxTest {
    private Preferences preferences;
    private NenpyoShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        preferences = Preferences.userRoot().node("app/nenpyo/ui/document-table-" + ProcessHandle.current().pid());
        LanguagePreference language = new LanguagePreference(preferences);
        language.set(Language.JAPANESE);
        InMemoryProject project = new InMemoryProject();
        LocalDate day = LocalDate.of(2022, 12, 1);
        DateSource[] sources = DateSource.values();
        for (int i = 0; i < 80; i++) {
            DocumentDate date = i % 9 == 0 ? DocumentDate.undated()
                    : new DocumentDate(day.plusDays(i % 31), sources[i % sources.length] == DateSource.NONE
                            ? DateSource.TEXT_HEADER : sources[i % sources.length], "2022年12月" + (1 + i % 31) + "日");
            int paragraphs = i == 7 ? 1234 : 10 + i;
            project.add(i + 1, "ロシア外相がジュネーブで米国務長官と会談し、ウクライナ情勢を協議した 第" + i + "報",
                    String.join("\n\n", Collections.nCopies(paragraphs, "本文の段落です。")), date);
        }
        shell = new NenpyoShell(stage, new JavaFxTaskExecutor(), language, new WindowMemory(preferences.node("window")),
                JapaneseFont.load());
        shell.show(project);
        shell.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws BackingStoreException {
        robot.interact(shell::close);
        preferences.removeNode();
    }

    @Test
    void everyColumnButTheTitleFitsItsHeaderAndValuesAndTheTitleTakesTheRest(FxRobot robot) throws Exception {
        for (Language language : Language.values()) {
            robot.interact(() -> shell.switchLanguage(language));
            // the headless screen is 1280 × 800: a window of the default 1400 × 900 would not fit on it, and a
            // wider window only gives the list more room
            for (double[] size : new double[][] {{1280, 800}}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                TableView<DocumentRow> documents = robot.lookup("#documents").queryTableView();
                Settle.waitFor(10, TimeUnit.SECONDS, () -> documents.getItems().size() == 80);
                Settle.window();
                String where = language + " at " + size[0] + "×" + size[1];
                assertTrue(scrollBar(documents, Orientation.VERTICAL).isVisible(), "a list long enough to scroll: " + where);

                for (Node header : documents.lookupAll(".column-header .label")) {
                    Labeled label = (Labeled) header;
                    if (label.isVisible() && !label.getText().isEmpty()) {
                        assertEquals(label.getText(), shown(label), "a header whole, " + where);
                    }
                }
                int cells = 0;
                for (Node node : documents.lookupAll(".table-cell")) {
                    TableCell<?, ?> cell = (TableCell<?, ?>) node;
                    if (cell.isVisible() && cell.getText() != null && !cell.getText().isEmpty()
                            && !"title".equals(cell.getTableColumn().getId())) {
                        assertEquals(cell.getText(), shown(cell), cell.getTableColumn().getId() + ", " + where);
                        cells++;
                    }
                }
                assertTrue(cells > 40, "the cells on screen were looked at: " + cells);

                double others = documents.getColumns().stream().filter(c -> c.isVisible() && !"title".equals(c.getId()))
                        .mapToDouble(TableColumn::getWidth).sum();
                TableColumn<DocumentRow, ?> title = documents.getColumns().get(0);
                double content = ((javafx.scene.layout.Region) documents.lookup(".clipped-container")).getWidth();
                assertEquals(content, title.getWidth() + others, 1, "the title takes the rest, " + where);
                assertFalse(scrollBar(documents, Orientation.HORIZONTAL).isVisible(), "nothing to scroll sideways, " + where);
            }
        }
    }

    @Test
    void aColumnShownFromTheMenuFitsToo(FxRobot robot) throws Exception {
        TableView<DocumentRow> documents = robot.lookup("#documents").queryTableView();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> documents.getItems().size() == 80);
        TableColumn<DocumentRow, ?> encoding = documents.getColumns().stream().filter(c -> "encoding".equals(c.getId()))
                .findFirst().orElseThrow();
        assertFalse(encoding.isVisible(), "the encoding is hidden at first");
        robot.interact(() -> encoding.setVisible(true));
        Settle.window();
        for (Node node : documents.lookupAll(".table-cell")) {
            TableCell<?, ?> cell = (TableCell<?, ?>) node;
            if (cell.getTableColumn() == encoding && cell.getText() != null) {
                assertEquals(cell.getText(), shown(cell));
            }
        }
        assertTrue(documents.getColumns().get(0).getWidth() >= 60, "the title: " + documents.getColumns().get(0).getWidth());
    }

    /** What a label really draws: its text, or less and "…" when it does not fit. */
    private static String shown(Labeled labeled) {
        return Optional.ofNullable((Text) labeled.lookup(".text")).map(Text::getText).orElse("");
    }

    private static ScrollBar scrollBar(TableView<?> table, Orientation orientation) {
        return table.lookupAll(".scroll-bar").stream().map(node -> (ScrollBar) node)
                .filter(bar -> bar.getOrientation() == orientation).findFirst().orElseThrow();
    }
}
