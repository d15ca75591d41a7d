package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 日付を設定… (Ctrl+D): what is typed is what is kept, whatever form it is typed in, and nothing when nothing changed. */
@ExtendWith(ApplicationExtension.class)
class DocumentDateDialogFxTest {
    private static final LocalDate CURRENT = LocalDate.of(2022, 1, 11);
    private final Messages ja = Messages.of(Language.JAPANESE);
    private final DocumentRow document = new DocumentRow(1, "記事A", "2022年1月11日(火)", Optional.of(CURRENT), "ファイル名",
            true, "UTF-8", "テキスト", 1, "a.txt");
    private Stage stage;
    private Dialog<LocalDate> dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.setResult(null);
                dialog.close();
            }
        });
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = DocumentDateDialog.create(stage, ja, document, CURRENT);
            dialog.show();
        });
    }

    private Button ok() {
        return (Button) dialog.getDialogPane().getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(dialog.getDialogPane()::lookupButton).findFirst().orElseThrow();
    }

    private void type(FxRobot robot, String text) {
        DatePicker picker = robot.lookup("#document-date").queryAs(DatePicker.class);
        robot.interact(() -> picker.getEditor().setText(text));
    }

    @Test
    void aDateTypedTheJapaneseWayIsTheOneKept(FxRobot robot) {
        open(robot);
        type(robot, "2022年1月22日");
        assertEquals("→ 2022年1月22日(土)", robot.lookup("#document-date-reading").queryAs(Label.class).getText());
        robot.interact(() -> ok().fire());
        assertEquals(LocalDate.of(2022, 1, 22), dialog.getResult(), "not the date it had");
    }

    @Test
    void aMonthDayIsReadAgainstTheDocumentsDate(FxRobot robot) {
        open(robot);
        type(robot, "2022/01/22");
        robot.interact(() -> ok().fire());
        assertEquals(LocalDate.of(2022, 1, 22), dialog.getResult());
        open(robot);
        type(robot, "1月9日");
        robot.interact(() -> ok().fire());
        assertEquals(LocalDate.of(2022, 1, 9), dialog.getResult());
    }

    @Test
    void aTextThatIsNoDaySaysSoAndCannotBeKept(FxRobot robot) {
        open(robot);
        type(robot, "いつか");
        Label reading = robot.lookup("#document-date-reading").queryAs(Label.class);
        assertEquals(ja.get("documentDate.unreadable"), reading.getText());
        assertTrue(reading.getStyleClass().contains("error"));
        assertTrue(ok().isDisabled());
    }

    @Test
    void theDateItHasIsNotKeptAgain(FxRobot robot) {
        open(robot);
        assertFalse(ok().isDisabled());
        robot.interact(() -> ok().fire());
        assertNull(dialog.getResult(), "an unchanged date stays the file name's, not the analyst's");
    }
}
