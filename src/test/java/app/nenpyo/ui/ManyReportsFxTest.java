package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An event of 172 reports in a project of generated posts showed its merge reasons, one per
 * report, as one label as tall as its text: the pane's buttons and its list of sources were pushed
 * out of sight. The reasons scroll in a third of the pane at most.
 */
@ExtendWith(ApplicationExtension.class)
class ManyReportsFxTest {
    private static final String SENTENCE = "政府は10日、国境での不満が高まっていると伝えた。";
    private static final int REPORTS = 150;

    private Preferences preferences;
    private NenpyoShell shell;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("app/nenpyo/ui/many-reports-" + ProcessHandle.current().pid());
        LanguagePreference language = new LanguagePreference(preferences);
        language.set(Language.JAPANESE);
        InMemoryProject project = new InMemoryProject();
        project.add(7, "不満の記事", String.join("\n\n", Collections.nCopies(REPORTS, SENTENCE)),
                new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.FILE_NAME, "clip-2022-01-11.txt"));
        List<EventSource> sources = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            int start = i * (SENTENCE.length() + 2);
            TextSpan sentence = new TextSpan(start, start + SENTENCE.length());
            sources.add(new EventSource("hash7", OptionalLong.empty(), "src-" + i, i + 1, sentence, sentence,
                    new TextSpan(start + 3, start + 6), "10日", ""));
            if (i > 0) {
                reasons.add("「不満の記事」¶1 with「不満の記事」¶" + (i + 1) + ": same day (2022年1月10日(月)); same happening (不満/伝達);"
                        + " same category (other); 100% of the words shared");
            }
        }
        project.addEvent(new Event("ev-many", TimeValue.day(LocalDate.of(2022, 1, 10)), "政府が不満の高まりを伝達", List.of(), "",
                EventCategory.OTHER, sources, reasons, false));
        shell = new NenpyoShell(stage, new JavaFxTaskExecutor(), language, new WindowMemory(preferences.node("window")),
                JapaneseFont.load());
        shell.show(project);
        shell.show();
        // the headless screen is 1280 × 800
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws BackingStoreException {
        robot.interact(shell::close);
        preferences.removeNode();
    }

    @Test
    void theReasonsOfAnEventOfManyReportsScrollAndLeaveTheButtonsAndTheSourcesTheirRoom(FxRobot robot) throws Exception {
        TimelineViewModel timeline = shell.current().orElseThrow().timeline();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> !timeline.itemsProperty().get().isEmpty() && !timeline.loadingProperty().get());
        robot.interact(() -> timeline.select(0L));
        ListView<SourceRow> sources = robot.lookup("#sources").queryListView();
        Settle.waitFor(10, TimeUnit.SECONDS, () -> sources.getItems().size() == REPORTS);
        Settle.window();

        Region pane = (Region) sources.getParent();
        Node reasons = robot.lookup("#sources-footer-scroll").query();
        assertTrue(reasons.isVisible(), "the reasons are shown");
        assertTrue(reasons.getBoundsInParent().getHeight() <= pane.getHeight() / 3 + 1,
                "a third of the pane at most: " + reasons.getBoundsInParent().getHeight() + " of " + pane.getHeight());
        ScrollPane scroll = (ScrollPane) reasons;
        assertTrue(scroll.getContent().getBoundsInLocal().getHeight() > scroll.getViewportBounds().getHeight() + 100,
                "the reasons scroll, they are not cut: " + scroll.getContent().getBoundsInLocal().getHeight());
        Bounds shown = pane.localToScene(pane.getBoundsInLocal());
        for (String button : List.of("#redate", "#relabel")) {
            Node node = robot.lookup(button).query();
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            assertTrue(node.isVisible() && shown.contains(bounds), button + " in the pane: " + bounds + " in " + shown);
        }
        assertTrue(sources.getHeight() >= 60, "room for the sources: " + sources.getHeight());
        assertEquals(REPORTS, sources.getItems().size());
    }
}
