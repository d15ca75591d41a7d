package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File › Export on the demo project: the dialog opens with Ctrl+E, previews, and writes what it was set to. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogFxTest {
    private SampleWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "export-fx-test");
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void ctrlEOpensTheDialogWhichPreviewsAndExportsTheChosenDaysAsPngThenPdf(FxRobot robot) throws Exception {
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !window.shell.current().orElseThrow().timeline().itemsProperty().get().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.E);
        ImageView preview = waitForNode(robot, "#export-preview");
        Settle.waitFor(15, TimeUnit.SECONDS, () -> preview.getImage() != null);
        assertTrue(preview.getImage().getWidth() > 400, "a preview of the page is shown");
        assertEquals(window.directory.getFileSystem().getPath(System.getProperty("user.home"), "年表.png").toString(),
                robot.lookup("#export-file").<TextField>query().getText(), "the file is named after the title, in the home folder");

        Settle.clickOn(robot, "#export-range-DAYS");
        DatePicker from = robot.lookup("#export-from").query();
        DatePicker to = robot.lookup("#export-to").query();
        assertTrue(!from.isDisabled(), "the days can be chosen once the range is days");
        robot.interact(() -> {
            from.setValue(LocalDate.of(2022, 1, 5));
            to.setValue(LocalDate.of(2022, 1, 10));
        });
        assertEquals("2022年1月5日(水)", from.getEditor().getText(), "the days are written the Japanese way");
        assertEquals("2022年1月10日(月)", to.getEditor().getText());
        Path png = window.directory.resolve("一月上旬.png");
        robot.interact(() -> robot.lookup("#export-file").<TextField>query().setText(png.toString()));
        Settle.clickOn(robot, "#export-save");
        Label status = robot.lookup("#export-status").query();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(png) && status.getText().contains("一月上旬.png"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3200, image.getWidth(), "1,600 px at the default 2×");
        assertTrue(image.getHeight() > 300, "the page is drawn: " + image.getHeight());

        ChoiceBox<ExportFormat> format = robot.lookup("#export-format").query();
        robot.interact(() -> format.setValue(ExportFormat.PDF));
        Path pdf = window.directory.resolve("一月上旬.pdf");
        assertEquals(pdf.toString(), robot.lookup("#export-file").<TextField>query().getText(), "the extension follows the format");
        Settle.clickOn(robot, "#export-save");
        Settle.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(pdf) && status.getText().contains("一月上旬.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("2022年1月5日(水)") && text.contains("2022年1月10日(月)"), "the subtitle gives the chosen days: " + text);
            assertTrue(!text.contains("2022年2月"), "nothing after the chosen days is cited: " + text);
        }
        Settle.clickOn(robot, "#export-close");
        Settle.window();
        assertTrue(robot.lookup("#export-save").tryQuery().isEmpty(), "the dialog closed");
    }

    @Test
    void anEventListIsChosenLikeAPictureFormatAndWritesTheEventsWithThePicturesOptionsOff(FxRobot robot) throws Exception {
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !window.shell.current().orElseThrow().timeline().itemsProperty().get().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitForNode(robot, "#export-preview");
        ChoiceBox<ExportFormat> format = robot.lookup("#export-format").query();
        TextField title = robot.lookup("#export-title").query();
        javafx.scene.control.Spinner<?> width = robot.lookup("#export-width").query();
        javafx.scene.control.Button copy = robot.lookup("#export-copy").query();
        Label hint = robot.lookup("#export-data-hint").query();
        assertTrue(!title.isDisabled() && !width.isDisabled() && !copy.isDisabled() && !hint.isVisible());
        assertTrue(format.getItems().containsAll(java.util.List.of(ExportFormat.TSV, ExportFormat.CSV, ExportFormat.JSON)));

        Settle.clickOn(robot, "#export-format");
        Settle.clickOn(robot, "TSV（出来事の一覧、タブ区切り）");
        Settle.window();
        assertEquals(ExportFormat.TSV, format.getValue());
        assertTrue(title.isDisabled() && width.isDisabled() && copy.isDisabled(), "a list has no title, size or picture to copy");
        assertTrue(robot.lookup("#export-scale").query().isDisabled());
        assertTrue(hint.isVisible(), "the dialog says what a list is");
        String file = robot.lookup("#export-file").<TextField>query().getText();
        assertTrue(file.endsWith("年表.tsv"), "the extension follows the format: " + file);

        Settle.clickOn(robot, "#export-range-WHOLE");
        Path tsv = window.directory.resolve("出来事.tsv");
        robot.interact(() -> robot.lookup("#export-file").<TextField>query().setText(tsv.toString()));
        Settle.clickOn(robot, "#export-save");
        Label status = robot.lookup("#export-status").query();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> status.getText().equals("12 件の出来事を 出来事.tsv に書き出しました"));
        java.util.List<String> lines = Files.readAllLines(tsv);
        assertEquals("id\tstart\tend\tlabel\tactors\tplace\texpressions\tsources", lines.get(0));
        assertEquals(13, lines.size(), "the demo's twelve events: " + lines);

        // again to the same file: asked, and replaced on OK (the answer was compared with a new button and never matched)
        Files.writeString(tsv, "stale\n");
        Settle.clickOn(robot, "#export-save");
        Settle.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(p -> p instanceof javafx.scene.control.DialogPane d && d.getContentText() != null
                        && d.getContentText().contains("置き換え")));
        javafx.scene.control.DialogPane ask = robot.lookup(".dialog-pane").queryAll().stream()
                .filter(p -> p instanceof javafx.scene.control.DialogPane d && d.getContentText() != null
                        && d.getContentText().contains("置き換え"))
                .map(javafx.scene.control.DialogPane.class::cast).findFirst().orElseThrow();
        javafx.scene.control.ButtonType replace = ask.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        robot.interact(() -> ((javafx.scene.control.Button) ask.lookupButton(replace)).fire());
        Settle.waitFor(20, TimeUnit.SECONDS, () -> Files.readAllLines(tsv).size() == 13);
        assertEquals(lines, Files.readAllLines(tsv), "the file is written again");

        robot.interact(() -> format.setValue(ExportFormat.PNG));
        assertTrue(!title.isDisabled() && !width.isDisabled() && !copy.isDisabled() && !hint.isVisible(), "a picture again");
        Settle.clickOn(robot, "#export-close");
    }

    private static <T extends javafx.scene.Node> T waitForNode(FxRobot robot, String query) throws TimeoutException {
        Settle.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }
}
