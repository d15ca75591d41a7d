package app.nenpyo.ui;

import static app.nenpyo.service.SampleProject.TALKS;
import static app.nenpyo.service.SampleProject.sampleProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventSummary;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which event is selected after a correction: the one holding the selected report, never a hidden one, never over a later choice. */
class CorrectionSelectionTest {
    @TempDir
    Path dir;

    private final AtomicBoolean failSummaries = new AtomicBoolean();

    private WindowViewModel open() throws Exception {
        return open(new SameThreadTaskExecutor());
    }

    /** The demo, behind a gateway whose summaries can fail once asked to. */
    private WindowViewModel open(TaskExecutor executor) throws Exception {
        Path file = sampleProject(dir.resolve("p.nenpyo"));
        ProjectGateway real = ServiceProjectGateway.open(file);
        ProjectGateway failing = (ProjectGateway) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ProjectGateway.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("eventSummaries") && failSummaries.get()) {
                        throw new IllegalStateException("the disk hiccupped");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        WindowViewModel window = new WindowViewModel(failing, executor, Messages.of(Language.JAPANESE));
        window.load();
        if (executor instanceof QueuedTaskExecutor queued) {
            queued.runAll();
        }
        return window;
    }

    private static long indexOf(TimelineViewModel timeline, String label) {
        List<EventSummary> events = timeline.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no " + label);
    }

    /** The talks selected and their first report taken out, the correction handed to the executor. */
    private static TimelineViewModel takingTheTalksFirstReportOut(WindowViewModel window) {
        TimelineViewModel timeline = window.timeline();
        timeline.select(indexOf(timeline, TALKS));
        timeline.keepSourceApart(timeline.selectedEventProperty().get().sources().get(0).sourceId());
        return timeline;
    }

    @Test
    void aReloadThatFailedDoesNotLaterTakeTheSelectionBack() throws Exception {
        try (WindowViewModel window = open()) {
            TimelineViewModel timeline = window.timeline();
            timeline.select(indexOf(timeline, TALKS));
            failSummaries.set(true);
            timeline.setSelectedLabel("直した見出し");
            failSummaries.set(false);
            assertFalse(timeline.errorProperty().get().isEmpty(), "the failed reload is said");

            long olympics = indexOf(timeline, "トカエフ大統領が北京オリンピックの開会式に出席");
            timeline.select(olympics);
            timeline.showBackgroundProperty().set(true);
            assertEquals("トカエフ大統領が北京オリンピックの開会式に出席", timeline.selectedEventProperty().get().label(), "the analyst's choice stays");
        }
    }

    @Test
    void anEventChosenWhileTheCorrectionIsStoredStaysSelected() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        try (WindowViewModel window = open(executor)) {
            TimelineViewModel timeline = takingTheTalksFirstReportOut(window);
            timeline.select(indexOf(timeline, "トカエフ大統領が北京オリンピックの開会式に出席"));
            executor.runAll();
            assertEquals("トカエフ大統領が北京オリンピックの開会式に出席", timeline.selectedEventProperty().get().label());
        }
    }

    @Test
    void aReloadOfTheWindowsOwnThatFinishesFirstIsNoChoiceOfTheAnalysts() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        try (WindowViewModel window = open(executor)) {
            TimelineViewModel timeline = takingTheTalksFirstReportOut(window);
            // background dates shown while the correction is stored: that reload finishes first
            timeline.showBackgroundProperty().set(true);
            executor.runLastFirst();
            assertEquals(2, timeline.selectedEventProperty().get().sources().size(),
                    "what is left of the talks stays selected, not the report taken out, which kept the old id");
        }
    }

    @Test
    void theRestOfAnEventAFilterHidesIsNotSelected() throws Exception {
        try (WindowViewModel window = open()) {
            TimelineViewModel timeline = window.timeline();
            timeline.select(indexOf(timeline, TALKS));
            Event talks = timeline.selectedEventProperty().get();
            EventSource thirty = talks.sources().stream().filter(s -> s.paragraph() == 30).findFirst().orElseThrow();
            timeline.filterProperty().unbind();
            timeline.filterProperty().set(new EventFilter(Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                    Optional.of(Set.of(new EventFilter.ParagraphRef(thirty.documentId().getAsLong(), 30)))));
            timeline.keepSourceApart(thirty.sourceId());
            // the talks' ¶26 and ¶31 do not match the filter: they are not drawn, so not selected
            assertNull(timeline.selectedEventProperty().get());
        }
    }
}
