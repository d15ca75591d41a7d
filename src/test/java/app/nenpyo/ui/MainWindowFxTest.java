package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private SampleWindow window;
    private NenpyoShell shell;
    /** Projects a test opens beside the sample's; emptied after each test, once its window has closed. */
    @TempDir
    Path scratch;

    @Start
    void start(Stage stage) throws Exception {
        window = SampleWindow.open(stage, "fx-test");
        shell = window.shell;
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void aWindowOpeningAProjectSaysSoUntilItIsOpen(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(scratch, "nenpyo-opening").resolve("new.nenpyo");
        Preferences preferences = Preferences.userRoot().node("app/nenpyo/ui/opening-" + ProcessHandle.current().pid());
        LanguagePreference language = new LanguagePreference(preferences);
        language.set(Language.JAPANESE);
        CountDownLatch release = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        NenpyoShell[] opening = new NenpyoShell[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            opening[0] = new NenpyoShell(stage[0], new JavaFxTaskExecutor(), language, new WindowMemory(preferences.node("window")),
                    window.fontFamily);
            opening[0].openFrom(() -> {
                release.await(10, TimeUnit.SECONDS);
                return file;
            });
        });
        try {
            assertTrue(stage[0].getScene().getRoot().lookupAll(".label").stream()
                            .anyMatch(node -> "プロジェクトを開いています…".equals(((Labeled) node).getText())),
                    "the start page says a project is opening");
        } finally {
            release.countDown();
        }
        Settle.waitFor(10, TimeUnit.SECONDS, () -> opening[0].current().isPresent());
        robot.interact(opening[0]::close);
        preferences.removeNode();
    }

    @Test
    void aProjectOpenedReadOnlySaysSoImportsNothingAndSaysWhyACorrectionFails(FxRobot robot) throws Exception {
        Path file = shell.current().orElseThrow().project().file();
        ProjectGateway readOnly = ServiceProjectGateway.openReadOnly(file);
        robot.interact(() -> shell.show(readOnly));
        WindowViewModel model = shell.current().orElseThrow();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !model.timeline().events().isEmpty());
        Stage stage = (Stage) robot.lookup("#status").query().getScene().getWindow();
        assertEquals("年表 Nenpyo — demo.nenpyo（読み取り専用）", stage.getTitle());
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> imports = menus.getMenus().get(0).getItems().stream()
                .filter(item -> item.getText() != null && item.getText().startsWith("ファイルを取り込む")).toList();
        assertEquals(1, imports.size());
        assertTrue(imports.get(0).isDisable(), "nothing is imported into a project opened read-only");
        assertTrue(model.readOnly(), "asked of the window, as every part of it asks");
        java.util.Set<javafx.scene.control.Button> setDate = robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(button -> "日付を設定…".equals(button.getText())).collect(java.util.stream.Collectors.toSet());
        assertEquals(1, setDate.size(), "the reader's button to date its document");
        assertTrue(setDate.iterator().next().isDisable(), "the reader dates nothing in a project opened read-only");

        robot.interact(() -> {
            model.timeline().select(0L);
            model.timeline().setSelectedBackground(true);
        });
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !model.timeline().errorProperty().get().isEmpty());
        assertEquals(file + ": プロジェクトは読み取り専用で開いています（変更できません）", model.timeline().errorProperty().get());
        assertTrue(readOnly.eventSummaries().stream().noneMatch(EventSummary::background), "nothing was changed");
        assertFalse(model.timeline().loadingProperty().get());
        assertTrue(robot.lookup("#redate").queryAs(javafx.scene.control.Button.class).isDisable(),
                "the sources' corrections are off, the events loaded or not");
    }

    /** The exploratory tester found the Language menu disabled with a project opened read-only. */
    @Test
    void theLanguageIsChosenWithAProjectOpenedReadOnlyToo(FxRobot robot) throws Exception {
        ProjectGateway readOnly = ServiceProjectGateway.openReadOnly(shell.current().orElseThrow().project().file());
        robot.interact(() -> shell.show(readOnly));
        Menu language = languageMenu(robot);
        assertFalse(language.isDisable(), "the language is how the window speaks, not a change to the project");
        // nothing offers a correction a read-only project would refuse only after it was made (a second round found 日付を設定…)
        TimelineViewModel timeline = shell.current().orElseThrow().timeline();
        Settle.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !timeline.itemsProperty().get().isEmpty());
        robot.interact(() -> timeline.select(timeline.itemsProperty().get().get(0).id()));
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        java.util.List<MenuItem> corrections = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item.getId() != null && java.util.Set.of("menu-redate", "menu-relabel", "menu-set-aside", "menu-join").contains(item.getId()))
                .toList();
        assertEquals(4, corrections.size(), corrections.toString());
        assertTrue(corrections.stream().allMatch(MenuItem::isDisable), "no correction offered");
        assertTrue(bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-open-source".equals(item.getId())).allMatch(item -> !item.isDisable()), "reading is");

        MenuItem english = language.getItems().stream().filter(item -> "English".equals(item.getText())).findFirst().orElseThrow();
        robot.interact(english::fire);
        Stage stage = (Stage) robot.lookup("#status").query().getScene().getWindow();
        assertEquals("Nenpyo — demo.nenpyo (read-only)", stage.getTitle(), "the same project, read-only still, in English");
        assertFalse(languageMenu(robot).isDisable());
    }

    private static Menu languageMenu(FxRobot robot) {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return menus.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item instanceof Menu).map(item -> (Menu) item)
                .filter(menu -> menu.getItems().stream().anyMatch(item -> "English".equals(item.getText())))
                .findFirst().orElseThrow();
    }

    @Test
    void whileAnotherProjectReadsItsDocumentsAgainTheStatusBarOffersToPutThatOff(FxRobot robot) {
        WindowViewModel model = shell.current().orElseThrow();
        Button putOff = robot.lookup("#status #put-off-reading").queryButton();
        assertFalse(putOff.isVisible(), "nothing is read again");
        java.util.concurrent.atomic.AtomicInteger putOffs = new java.util.concurrent.atomic.AtomicInteger();

        robot.interact(() -> model.putOffOpeningProperty().set(putOffs::incrementAndGet));
        assertTrue(putOff.isVisible());
        assertEquals("後回しにする", putOff.getText());
        // shown now, laid out at the next pulse
        Settle.window();
        robot.clickOn(putOff);

        assertEquals(1, putOffs.get());
        assertFalse(putOff.isVisible(), "put off once");
    }

    /** The analyst asked for a second project while the first was opening: only the second is shown. */
    @Test
    void aProjectAskedForLaterReplacesOneStillOpeningWhichIsNeverShown(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory(scratch, "nenpyo-two");
        Path first = folder.resolve("first.nenpyo");
        Path second = folder.resolve("second.nenpyo");
        CountDownLatch release = new CountDownLatch(1);
        openWhenReleased(robot, first, release);
        robot.interact(() -> shell.open(second));
        Settle.waitFor(10, TimeUnit.SECONDS,
                () -> shell.current().map(c -> c.project().file().equals(second)).orElse(false));

        release.countDown();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(first));
        // the first opening ends, and what it does then (close the project, unseen) has run
        window.work.awaitIdle();
        Settle.window();
        assertEquals(second, shell.current().orElseThrow().project().file(), "the first project opened, and was closed unseen");
        org.controlsfx.control.StatusBar bar = robot.lookup("#status").query();
        assertFalse(bar.getText().contains("開いています"), bar.getText());
    }

    @Test
    void aProjectStillOpeningWhenTheWindowClosesIsNeverShown(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(scratch, "nenpyo-closing").resolve("late.nenpyo");
        CountDownLatch release = new CountDownLatch(1);
        openWhenReleased(robot, file, release);
        robot.interact(shell::close);

        release.countDown();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        window.work.awaitIdle();
        Settle.window();
        assertEquals(java.util.Optional.empty(), shell.current(), "opened, and closed unseen");
    }

    @Test
    void aLanguageSwitchWhileAnotherProjectOpensKeepsSayingSoAndOfferingToPutItOff(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(scratch, "nenpyo-switch").resolve("another.nenpyo");
        CountDownLatch release = new CountDownLatch(1);
        Runnable putOff = () -> { };
        openWhenReleased(robot, file, release);
        try {
            robot.interact(() -> shell.current().orElseThrow().putOffOpeningProperty().set(putOff));
            robot.interact(() -> shell.switchLanguage(Language.ENGLISH));

            org.controlsfx.control.StatusBar bar = robot.lookup("#status").query();
            assertTrue(bar.getText().endsWith("プロジェクトを開いています…"), "said again at the next progress, in English: " + bar.getText());
            assertTrue(robot.lookup("#status #put-off-reading").queryButton().isVisible());
            assertEquals("Put off", robot.lookup("#status #put-off-reading").queryButton().getText());
        } finally {
            release.countDown();
        }
        Settle.waitFor(10, TimeUnit.SECONDS,
                () -> shell.current().map(c -> c.project().file().equals(file)).orElse(false));
        Settle.window();
        assertFalse(robot.lookup("#status #put-off-reading").queryButton().isVisible(), "nothing to put off in the new window");
    }

    /**
     * The language switched while an import runs (after a put-off reading, its merge reads every
     * document again): the window built again shows the import going on and can cancel it, then
     * shows its report and lists what it stored.
     */
    @Test
    void aLanguageSwitchDuringAnImportGoesOnShowingItInTheWindowBuiltAgain(FxRobot robot) throws Exception {
        Path memo = Files.writeString(window.directory.resolve("memo.txt"), "米露協議について\n\n協議は来週も続く見通しだ。\n");
        TableView<DocumentRow> before = robot.lookup("#documents").queryTableView();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> before.getItems().size() == 1);
        String[] shownAtOnce = new String[1];
        robot.interact(() -> {
            shell.current().orElseThrow().imports().start(List.of(memo), java.util.Map.of());
            shell.switchLanguage(Language.ENGLISH);
            // in the same turn of the FX thread: the import cannot have ended yet
            org.controlsfx.control.StatusBar bar = (org.controlsfx.control.StatusBar) shell.mainWindow().orElseThrow().root().lookup("#status");
            Node cancel = bar.getRightItems().stream().filter(node -> "cancel-import".equals(node.getId())).findFirst().orElseThrow();
            shownAtOnce[0] = shell.current().orElseThrow().imports().stateProperty().get() + " " + cancel.isVisible() + " " + bar.getText();
        });
        assertTrue(shownAtOnce[0].startsWith("RUNNING true ") && shownAtOnce[0].endsWith("   —   Importing: memo.txt"),
                "the import goes on, said in English, with its cancel button: " + shownAtOnce[0]);

        Settle.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".import-report").tryQuery().isPresent());
        robot.clickOn(Messages.of(Language.ENGLISH).get("button.close"));
        TableView<DocumentRow> after = robot.lookup("#documents").queryTableView();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> after.getItems().size() == 2);
        assertEquals("Title", after.getColumns().get(0).getText(), "the window built again lists the document imported");
    }

    @Test
    void aWindowOpeningAnotherProjectSaysSoInItsStatusBarUntilTheOtherIsOpen(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(scratch, "nenpyo-another").resolve("another.nenpyo");
        CountDownLatch release = new CountDownLatch(1);
        openWhenReleased(robot, file, release);
        try {
            org.controlsfx.control.StatusBar bar = robot.lookup("#status").query();
            assertTrue(bar.getText().endsWith("プロジェクトを開いています…") || bar.getText().endsWith("Opening the project…"), bar.getText());
            assertEquals(-1, bar.getProgress(), "busy");
        } finally {
            release.countDown();
        }
        Settle.waitFor(10, TimeUnit.SECONDS,
                () -> shell.current().map(c -> c.project().file().equals(file)).orElse(false));
        // the rest of showing it (its remembered layout) runs on the toolkit's thread, before the window closes
        Settle.window();
    }

    @Test
    void showsTheDemoDocumentAndFindsWangYi(FxRobot robot) throws TimeoutException {
        TableView<DocumentRow> documents = robot.lookup("#documents").queryTableView();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> documents.getItems().size() == 1);
        // its cells are made at the next layout
        Settle.window();
        DocumentRow row = documents.getItems().get(0);
        assertEquals("2022年1月11日(火)", row.date());
        assertTrue(robot.lookup("2022年1月11日(火)").tryQuery().isPresent(), "the date is shown in the table");

        // Enter searches at once instead of waiting for the typing pause
        assertTrue(window.fontFamily.isPresent(), "the shipped font loads");
        Labeled dateCell = robot.lookup(".table-cell").match(node -> "2022年1月11日(火)".equals(((Labeled) node).getText())).query();
        assertEquals(window.fontFamily.get(), dateCell.getFont().getFamily(), "Japanese text is drawn with the shipped font");

        robot.clickOn("#search").write("王毅").type(KeyCode.ENTER);
        ListView<SearchResultRow> results = robot.lookup("#search-results").queryListView();
        SearchViewModel search = shell.current().orElseThrow().search();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !search.searchingProperty().get() && !results.getItems().isEmpty());
        Settle.window();
        assertEquals("王毅", search.queryProperty().get());
        SearchResultRow hit = results.getItems().get(0);
        assertEquals(row.id(), hit.documentId());
        assertTrue(hit.text().hasHits());

        Settle.waitFor(10, TimeUnit.SECONDS, () -> !hitsShownIn(robot, ".result-cell").isEmpty());
        assertEquals("王毅", hitsShownIn(robot, ".result-cell").get(0), "the hit is drawn highlighted in the results");

        robot.clickOn(robot.lookup(".result-cell").match(MainWindowFxTest::showsAnItem).<Node>query());
        Settle.waitFor(10, TimeUnit.SECONDS,
                () -> shell.current().orElseThrow().reader().focusedParagraphProperty().get() == hit.paragraphNumber());
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !hitsShownIn(robot, ".paragraph-cell.hit-paragraph").isEmpty());
        assertEquals("王毅", hitsShownIn(robot, ".paragraph-cell.hit-paragraph").get(0), "the reader marks the hit in its paragraph");
    }

    @Test
    void asksForTheDateOfAnUndatedImportAndStoresItAtOnce(FxRobot robot) throws Exception {
        // a long title must wrap, not squeeze the picker and the date's source to "…"
        Path memo = Files.writeString(window.directory.resolve("memo.txt"),
                "米露協議について、ジュネーブでの二日間の協議の内容と今後の見通しを各国の報道から詳しくまとめた長い見出しの記事\n\n協議は来週も続く見通しだ。\n");
        TableView<DocumentRow> documents = robot.lookup("#documents").queryTableView();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> documents.getItems().size() == 1);

        robot.interact(() -> shell.current().orElseThrow().imports().start(List.of(memo), java.util.Map.of()));
        Settle.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".import-report").tryQuery().isPresent());
        Settle.window();
        DatePicker picker = robot.lookup(".import-report .date-picker").query();
        assertEquals(null, picker.getValue(), "the undated document comes first, its picker empty");
        assertTrue(picker.getWidth() >= picker.prefWidth(-1) - 1, "the picker keeps its width: " + picker.getWidth());
        Label source = robot.lookup(".import-report .report-dates .undated").queryAs(Label.class);
        Text shown = (Text) source.lookup(".text");
        assertEquals(source.getText(), shown.getText(), "the source is not cut to …");
        robot.interact(() -> picker.setValue(LocalDate.of(2022, 1, 12)));

        // picked, stored and re-read at once, with the dialog still open
        Settle.waitFor(10, TimeUnit.SECONDS, () -> documents.getItems().stream()
                .anyMatch(row -> row.date().equals("2022年1月12日(水)") && row.dateSource().equals("分析者")));
        assertEquals(2, documents.getItems().size());
        assertTrue(robot.lookup(".import-report").tryQuery().isPresent());
        Settle.clickOn(robot, Messages.of(Language.JAPANESE).get("button.close"));
    }

    @Test
    void theTableHighlightsTheDocumentTheReaderShowsAndARefreshMovesNeither(FxRobot robot) throws Exception {
        Path memo = Files.writeString(window.directory.resolve("memo.txt"), "米露協議について\n\n協議は来週も続く見通しだ。\n");
        TableView<DocumentRow> documents = robot.lookup("#documents").queryTableView();
        WindowViewModel model = shell.current().orElseThrow();
        robot.interact(() -> model.imports().start(List.of(memo), java.util.Map.of()));
        Settle.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".import-report").tryQuery().isPresent());
        Settle.clickOn(robot, Messages.of(Language.JAPANESE).get("button.close"));
        Settle.waitFor(10, TimeUnit.SECONDS, () -> documents.getItems().size() == 2);
        long memoId = documents.getItems().stream().filter(row -> row.origin().endsWith("memo.txt")).findFirst().orElseThrow().id();
        long sampleId = documents.getItems().stream().filter(row -> row.id() != memoId).findFirst().orElseThrow().id();
        TimelineViewModel timeline = model.timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.itemsProperty().get().isEmpty() && !timeline.loadingProperty().get());

        robot.interact(() -> timeline.select(timeline.itemsProperty().get().get(0).id()));
        Settle.waitFor(10, TimeUnit.SECONDS, () -> model.reader().documentIdProperty().get() == sampleId);
        assertEquals(sampleId, documents.getSelectionModel().getSelectedItem().id(), "the event's document is the one highlighted");

        int memoRow = documents.getItems().indexOf(documents.getItems().stream().filter(row -> row.id() == memoId).findFirst().orElseThrow());
        robot.interact(() -> documents.getSelectionModel().clearAndSelect(memoRow));
        Settle.waitFor(10, TimeUnit.SECONDS, () -> model.reader().documentIdProperty().get() == memoId);
        robot.interact(() -> model.setDocumentDate(memoId, LocalDate.of(2022, 1, 12)));
        Settle.waitFor(10, TimeUnit.SECONDS, () -> documents.getItems().stream()
                .anyMatch(row -> row.id() == memoId && row.date().equals("2022年1月12日(水)")));
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.loadingProperty().get());
        Settle.window();
        assertEquals(memoId, model.reader().documentIdProperty().get(), "the reader stays on the document just dated");
        assertEquals(memoId, documents.getSelectionModel().getSelectedItem().id(), "and so does the table: Ctrl+D dates it again");
    }

    @Test
    void switchesToEnglishAndShowsIsoDates(FxRobot robot) throws TimeoutException {
        robot.interact(() -> shell.switchLanguage(Language.ENGLISH));
        TableView<DocumentRow> documents = robot.lookup("#documents").queryTableView();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> documents.getItems().size() == 1);
        assertEquals("2022年1月11日(火)", documents.getItems().get(0).date());
        assertEquals("Title", documents.getColumns().get(0).getText());
        assertEquals(Language.ENGLISH, new LanguagePreference(window.preferences).current(), "the choice is kept");
    }

    /** An exploratory test lost the selection, the filters, the search and the toggles on switching language. */
    @Test
    void switchingLanguageKeepsTheSelectionFiltersSearchAndToggles(FxRobot robot) throws Exception {
        WindowViewModel before = shell.current().orElseThrow();
        TimelineViewModel timeline = before.timeline();
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !timeline.itemsProperty().get().isEmpty()
                && !before.filters().actors().isEmpty());
        String label = "内務省が8000人拘束と発表";
        robot.interact(() -> {
            timeline.select(timeline.itemsProperty().get().stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow().id());
            before.filters().actors().stream().filter(r -> r.key().equals("内務省")).findFirst().orElseThrow().chosenProperty().set(true);
            before.search().queryProperty().set("王毅");
            before.search().search();
            timeline.showBackgroundProperty().set(true);
            timeline.showEraProperty().set(false);
        });

        robot.interact(() -> shell.switchLanguage(Language.ENGLISH));

        WindowViewModel after = shell.current().orElseThrow();
        assertTrue(after != before, "a window built again");
        Settle.waitFor(20, TimeUnit.SECONDS, () -> !after.filters().active().isEmpty());
        Settle.waitFor(20, TimeUnit.SECONDS, () -> after.timeline().selectedEventProperty().get() != null);
        assertEquals(label, after.timeline().selectedEventProperty().get().label());
        assertEquals(List.of("内務省"), after.filters().active().stream().map(ActiveFilter::key).toList());
        assertEquals("王毅", after.search().queryProperty().get());
        assertTrue(after.timeline().showBackgroundProperty().get());
        assertFalse(after.timeline().showEraProperty().get());
    }

    /** Opens a project whose file is found only once {@code release} counts down: it is still opening until then. */
    private void openWhenReleased(FxRobot robot, Path file, CountDownLatch release) {
        robot.interact(() -> shell.openFrom(() -> {
            release.await(10, TimeUnit.SECONDS);
            return file;
        }));
    }

    /** The highlighted runs drawn in the list cells that show an item. */
    private static List<String> hitsShownIn(FxRobot robot, String cells) {
        return robot.lookup(cells).match(MainWindowFxTest::showsAnItem).queryAll().stream()
                .flatMap(cell -> cell.lookupAll(".hit").stream())
                .map(node -> ((Text) node).getText())
                .toList();
    }

    /** A list keeps an invisible cell for measuring; only the shown ones can be clicked. */
    private static boolean showsAnItem(Node node) {
        return node.isVisible() && node instanceof ListCell<?> cell && cell.getItem() != null;
    }
}
