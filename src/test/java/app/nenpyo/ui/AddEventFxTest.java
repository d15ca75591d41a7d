package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.TimeValue;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The analyst adds a sentence of the demo the machine did not read as an event (decision 0020):
 * from the reader's menu, dated in a dialog, selected on the timeline after, and removed again.
 */
@ExtendWith(ApplicationExtension.class)
class AddEventFxTest {
    private static final String CSTO = "またロシアが主導するCSTO=集団安全保障条約機構の部隊が、各地の重要施設を管理下に置いたということです。";

    private SampleWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-add-event");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    /** The window's timeline once it shows the demo's twelve events. */
    private TimelineViewModel demoTimeline() throws TimeoutException {
        TimelineViewModel timeline = window.shell.current().orElseThrow().timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        return timeline;
    }

    /** The reader once it shows the demo post's 36 paragraphs. */
    private static ListView<ParagraphRow> demoReader(FxRobot robot) throws TimeoutException {
        @SuppressWarnings("unchecked")
        ListView<ParagraphRow> reader = robot.lookup("#reader").queryAs(ListView.class);
        Settle.waitFor(20, TimeUnit.SECONDS, () -> reader.getItems().size() == 36);
        return reader;
    }

    @Test
    void aSentenceOfTheReaderIsAddedAsAnEventOnTheDateTypedAndRemovedAgain(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = demoTimeline();
        ListView<ParagraphRow> reader = demoReader(robot);
        robot.interact(() -> {
            reader.getSelectionModel().clearAndSelect(4);
            reader.getFocusModel().focus(4);
        });
        MenuItem add = reader.getContextMenu().getItems().stream().filter(i -> i.getStyleClass().contains("reader-add-event"))
                .findFirst().orElseThrow();
        assertEquals("出来事として加える…", add.getText());
        assertFalse(add.isDisable(), "the demo post is dated");
        robot.interact(add::fire);
        Settle.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#add-event-date").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("¶5：機械が読み落とした出来事の報道", pane.getHeaderText());
        assertEquals(CSTO, robot.from(pane).lookup("#add-event-clause").queryAs(Label.class).getText());
        TextField date = robot.from(pane).lookup("#add-event-date").queryAs(TextField.class);
        Label preview = robot.from(pane).lookup("#add-event-preview").queryAs(Label.class);
        TextField label = robot.from(pane).lookup("#add-event-label").queryAs(TextField.class);
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertEquals("2022-01-11", date.getText(), "no date in the sentence: the post's");
        assertEquals("→ 2022年1月11日(火)", preview.getText());
        assertFalse(label.getText().isBlank(), "the machine's reading to start from");
        robot.interact(() -> date.setText("いつか"));
        assertTrue(ok.isDisabled(), "not a date");
        robot.interact(() -> date.setText("2022-13-45"));
        Settle.window();
        for (String id : List.of("#add-event-date-name", "#add-event-label-name", "#add-event-preview")) {
            Label shown = robot.from(pane).lookup(id).queryAs(Label.class);
            assertEquals(shown.getText(), ((javafx.scene.text.Text) shown.lookup(".text")).getText().replace("\n", ""),
                    id + " is not cut short by the reason the date cannot be read");
        }
        robot.interact(() -> date.setText("8日"));
        assertEquals("→ 2022年1月8日(土)", preview.getText(), "read as the post would write it");
        robot.interact(() -> label.setText("CSTO部隊が重要施設を管理下に"));
        assertFalse(ok.isDisabled());
        robot.interact(ok::fire);

        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 13 && !timeline.loadingProperty().get()
                && timeline.selectedEventProperty().get() != null);
        Event added = timeline.selectedEventProperty().get();
        assertEquals("CSTO部隊が重要施設を管理下に", added.label(), "the added event is selected");
        assertEquals(TimeValue.parse("2022-01-08"), added.time());
        assertEquals(List.of(5), added.sources().stream().map(s -> s.paragraph()).toList());
        Settle.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#remove-added").queryAs(Button.class).isVisible());
        assertEquals("分析者が直した点：出来事として加えた", robot.lookup("#sources-corrected").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        ListView<SourceRow> sources = robot.lookup("#sources").queryAs(ListView.class);
        Settle.waitFor(20, TimeUnit.SECONDS, () -> sources.getItems().size() == 1);
        assertEquals(CSTO, sources.getItems().get(0).text().runs().stream().filter(Highlighted.Run::hit).map(Highlighted.Run::text)
                .collect(java.util.stream.Collectors.joining()), "the clause added is what is marked");
        assertTrue(robot.lookup("#status").queryAs(StatusBar.class).getText()
                .endsWith("「CSTO部隊が重要施設を管理下に」を 2022年1月8日(土) の出来事として加えました"),
                robot.lookup("#status").queryAs(StatusBar.class).getText());

        Settle.clickOn(robot, "#remove-added");
        Settle.waitFor(20, TimeUnit.SECONDS, () -> timeline.itemsProperty().get().size() == 12 && !timeline.loadingProperty().get());
        assertTrue(timeline.itemsProperty().get().stream().noneMatch(i -> i.label().equals("CSTO部隊が重要施設を管理下に")));
    }

    @Test
    void aSelectionInASelectableParagraphIsTheClauseTheMenuBarAdds(FxRobot robot) throws TimeoutException {
        TimelineViewModel timeline = demoTimeline();
        ListView<ParagraphRow> reader = demoReader(robot);
        robot.interact(() -> {
            reader.scrollTo(29);
            reader.getFocusModel().focus(29);
            reader.edit(29);
        });
        Settle.window();
        javafx.scene.control.TextArea area = robot.lookup(".paragraph-selectable").queryAs(javafx.scene.control.TextArea.class);
        String paragraph = area.getText();
        int at = paragraph.indexOf("米国の圧力に屈して譲歩することはない");
        robot.interact(() -> area.selectRange(at, at + "米国の圧力に屈して譲歩することはない".length()));
        MenuItem add = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-add-event".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("段落を出来事として加える(_A)…", add.getText());
        assertFalse(add.isDisable());
        robot.interact(add::fire);
        Settle.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#add-event-date").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("¶30：機械が読み落とした出来事の報道", pane.getHeaderText());
        assertEquals("米国の圧力に屈して譲歩することはない", robot.from(pane).lookup("#add-event-clause").queryAs(Label.class).getText(),
                "the selection is the clause");
        assertEquals("2022-01-09", robot.from(pane).lookup("#add-event-date").queryAs(TextField.class).getText(),
                "ロシアは9日、…: the date the sentence writes");
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
        Settle.window();
        assertEquals(12, timeline.itemsProperty().get().size(), "cancelled: nothing added");
    }
}
