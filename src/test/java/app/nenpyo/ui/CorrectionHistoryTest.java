package app.nenpyo.ui;

import static app.nenpyo.service.SampleProject.DETAINED;
import static app.nenpyo.service.SampleProject.DINNER;
import static app.nenpyo.service.SampleProject.NO_CONCESSIONS;
import static app.nenpyo.service.SampleProject.SAMPLE;
import static app.nenpyo.service.SampleProject.TALKS;
import static app.nenpyo.service.SampleProject.sampleProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.service.AnalystCorrection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 編集 menu's history of corrections (decision 0034), on the demo project's file: each
 * correction the window offers, undone, gives the project's events as they were before it, and
 * redone, as they were after it; the selection follows the event it touched; a new correction
 * clears what was undone; nothing is undone while a correction or an import runs, nor in a project
 * open read-only; an import forgets what no event holds any more.
 */
class CorrectionHistoryTest {
    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path file = sampleProject(dir.resolve("p.nenpyo"));
        return file;
    }

    private WindowViewModel open(TaskExecutor executor) throws Exception {
        WindowViewModel window = new WindowViewModel(ServiceProjectGateway.open(sample()), executor, Messages.of(Language.JAPANESE));
        window.load();
        if (executor instanceof QueuedTaskExecutor queued) {
            queued.runAll();
        }
        window.timeline().viewWidth(1000);
        return window;
    }

    /** The project's events as every view reads them, background ones included, and what of each the analyst corrected. */
    private record Project(List<Event> events, Map<String, Set<AnalystCorrection>> corrected) {
        static Project of(ProjectGateway gateway) {
            List<Event> events = new ArrayList<>();
            gateway.forEachEvent(events::add);
            return new Project(events, gateway.correctedEvents());
        }
    }

    private static void select(TimelineViewModel timeline, String label) {
        List<app.nenpyo.domain.EventSummary> events = timeline.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).label().equals(label)) {
                timeline.select((long) i);
                return;
            }
        }
        throw new AssertionError("no " + label + " among " + events.stream().map(e -> e.label()).toList());
    }

    private static boolean holds(Event event, EventSource report) {
        return event != null && event.sources().stream().anyMatch(s -> s.sourceId().equals(report.sourceId()));
    }

    /**
     * Makes a correction of the selected event in the window, undoes and redoes it with the menu's
     * actions: the project's events before and after, exactly, and the event holding its first
     * report selected each time.
     */
    private static void undoneAndRedone(WindowViewModel window, String label, CorrectionKind kind, Consumer<TimelineViewModel> correction) {
        TimelineViewModel timeline = window.timeline();
        CorrectionHistory history = timeline.history();
        select(timeline, label);
        EventSource report = timeline.selectedEventProperty().get().sources().get(0);
        Project before = Project.of(window.project());
        correction.accept(timeline);
        Project after = Project.of(window.project());
        assertNotEquals(before, after, kind + " changed the project");
        assertEquals(Optional.of(kind), history.nextUndo().map(CorrectionHistory.Entry::kind));
        assertEquals("元に戻す(_U): " + kind.name(timeline.messages()), history.undoTextProperty().get());
        timeline.select(null);

        timeline.undo();
        assertEquals(before, Project.of(window.project()), kind + " undone: the events as before it, byte for byte");
        assertTrue(holds(timeline.selectedEventProperty().get(), report), kind + " undone selects the event it was made on");
        assertEquals("やり直す(_R): " + kind.name(timeline.messages()), history.redoTextProperty().get());
        assertTrue(timeline.noticeProperty().get().startsWith("元に戻しました: " + kind.name(timeline.messages())),
                timeline.noticeProperty().get());

        timeline.redo();
        assertEquals(after, Project.of(window.project()), kind + " redone: the events as after it");
        assertFalse(history.canRedoProperty().get());
        assertTrue(history.canUndoProperty().get());
    }

    @Test
    void everyCorrectionOfTheWindowIsUndoneAndRedoneExactlyAndTheSelectionFollows() throws Exception {
        try (WindowViewModel window = open(new SameThreadTaskExecutor())) {
            undoneAndRedone(window, TALKS, CorrectionKind.RELABEL, t -> t.setSelectedLabel("米露の戦略対話"));
            undoneAndRedone(window, "米露の戦略対話", CorrectionKind.RELABEL, t -> t.setSelectedLabel(""));
            undoneAndRedone(window, DINNER, CorrectionKind.REDATE, t -> t.setSelectedDate(Optional.of(TimeValue.parse("2022-01-08"))));
            window.timeline().showBackgroundProperty().set(true);
            undoneAndRedone(window, DETAINED, CorrectionKind.SET_ASIDE, t -> t.setSelectedBackground(true));
            undoneAndRedone(window, DETAINED, CorrectionKind.PUT_BACK, t -> t.setSelectedBackground(false));
            undoneAndRedone(window, TALKS, CorrectionKind.KEEP_APART,
                    t -> t.keepSourceApart(t.selectedEventProperty().get().sources().get(0).sourceId()));
            undoneAndRedone(window, TALKS, CorrectionKind.MERGE_AGAIN, TimelineViewModel::mergeSelectedAgain);
            undoneAndRedone(window, NO_CONCESSIONS, CorrectionKind.JOIN, t -> t.joinSelected(
                    t.events().stream().filter(e -> e.label().equals(DETAINED)).findFirst().orElseThrow().id(), DETAINED));
            String joined = window.timeline().selectedEventProperty().get().label();
            undoneAndRedone(window, joined, CorrectionKind.UNJOIN, TimelineViewModel::unjoinSelected);
            long document = window.documents().rows().get(0).id();
            TextSpan clause = window.project().proposeEvent(document, 5, new TextSpan(0, 0)).clause();
            undoneAndRedone(window, TALKS, CorrectionKind.ADD_EVENT,
                    t -> t.addEvent(document, clause, TimeValue.parse("2022-01-08"), "CSTO部隊が重要施設を管理", "CSTO部隊が重要施設を管理"));
            undoneAndRedone(window, "CSTO部隊が重要施設を管理", CorrectionKind.REMOVE_ADDED, TimelineViewModel::removeAddedFromSelected);
        }
    }

    @Test
    void aDocumentsDateIsUndoneWithTheEventsCorrectionsInOrder() throws Exception {
        try (WindowViewModel window = open(new SameThreadTaskExecutor())) {
            TimelineViewModel timeline = window.timeline();
            CorrectionHistory history = timeline.history();
            Project before = Project.of(window.project());
            select(timeline, TALKS);
            timeline.setSelectedLabel("米露の戦略対話");
            long document = window.documents().rows().get(0).id();
            window.setDocumentDate(document, LocalDate.of(2022, 1, 12));
            assertEquals("元に戻す(_U): 文書の日付を設定", history.undoTextProperty().get());
            assertEquals("2022年1月12日(水)", window.documents().rows().get(0).date());

            timeline.undo();
            assertEquals("2022年1月11日(火)", window.documents().rows().get(0).date(), "the list shows the date given back");
            assertEquals("ファイル名", window.documents().rows().get(0).dateSource(), "from where it came before, not the analyst's");
            assertEquals("元に戻す(_U): 見出しを直す", history.undoTextProperty().get(), "the label's correction is next");
            timeline.undo();
            assertEquals(before, Project.of(window.project()), "both undone, in order: the machine's events");
            assertEquals("元に戻す(_U)", history.undoTextProperty().get());
            assertFalse(history.canUndoProperty().get());
        }
    }

    @Test
    void aNewCorrectionClearsWhatWasUndone() throws Exception {
        try (WindowViewModel window = open(new SameThreadTaskExecutor())) {
            TimelineViewModel timeline = window.timeline();
            CorrectionHistory history = timeline.history();
            select(timeline, TALKS);
            timeline.setSelectedLabel("米露の戦略対話");
            timeline.undo();
            assertTrue(history.canRedoProperty().get());
            select(timeline, DETAINED);
            timeline.setSelectedLabel("8000人拘束");
            assertFalse(history.canRedoProperty().get(), "the relabel undone can no longer be redone");
            assertEquals("やり直す(_R)", history.redoTextProperty().get());
            timeline.redo();
            assertTrue(window.timeline().events().stream().noneMatch(e -> e.label().equals("米露の戦略対話")));
        }
    }

    @Test
    void nothingIsUndoneWhileACorrectionRunsNorWhileItsEventsAreRead() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        try (WindowViewModel window = open(executor)) {
            TimelineViewModel timeline = window.timeline();
            CorrectionHistory history = timeline.history();
            select(timeline, TALKS);
            timeline.setSelectedLabel("米露の戦略対話");
            assertFalse(history.canUndoProperty().get(), "the correction is being stored");
            executor.runAll();
            assertTrue(history.canUndoProperty().get());
            timeline.undo();
            assertFalse(history.canUndoProperty().get(), "the undo is being stored");
            assertFalse(history.canRedoProperty().get(), "nor redone before it is");
            timeline.redo();
            executor.runAll();
            assertTrue(history.canRedoProperty().get());
            assertTrue(window.timeline().events().stream().anyMatch(e -> e.label().equals(TALKS)), "undone once, not redone meanwhile");
        }
    }

    @Test
    void nothingIsUndoneInAProjectOpenReadOnly() throws Exception {
        Path file = sample();
        try (WindowViewModel window = new WindowViewModel(ServiceProjectGateway.openReadOnly(file), new SameThreadTaskExecutor(),
                Messages.of(Language.JAPANESE))) {
            window.load();
            assertTrue(window.timeline().history().heldProperty().get());
            assertFalse(window.timeline().history().canUndoProperty().get());
        }
    }

    @Test
    void anImportForgetsTheCorrectionsWhoseReportsAreGoneAndTheMenuNamesTheNext() throws Exception {
        try (WindowViewModel window = open(new SameThreadTaskExecutor())) {
            TimelineViewModel timeline = window.timeline();
            CorrectionHistory history = timeline.history();
            select(timeline, TALKS);
            timeline.setSelectedLabel("米露の戦略対話");
            long document = window.documents().rows().get(0).id();
            ProjectGateway project = window.project();
            TextSpan clause = project.proposeEvent(document, 5, new TextSpan(0, 0)).clause();
            // added and taken back behind the history's back, as another window of the project could
            String added = project.addEvent(document, clause, TimeValue.parse("2022-01-08"), "CSTO部隊が重要施設を管理");
            window.load();
            select(timeline, "CSTO部隊が重要施設を管理");
            timeline.setSelectedBackground(true);
            assertEquals("元に戻す(_U): 背景に回す", history.undoTextProperty().get());
            project.removeAddedReports(project.eventOfSource(document, added).orElseThrow());

            window.imports().start(List.of(SAMPLE), Map.of());
            assertEquals(ImportState.FINISHED, window.imports().stateProperty().get());
            assertEquals("元に戻す(_U): 見出しを直す", history.undoTextProperty().get(),
                    "setting aside an event no longer read is forgotten; the label of one still there is next");
            assertEquals(1, history.entries().size());
        }
    }

    @Test
    void atMostAHundredCorrectionsAreKeptTheOldestForgottenFirst() {
        InMemoryProject project = new InMemoryProject();
        EventSource source = new EventSource("hash1", OptionalLong.of(1), "src-1", 1, new TextSpan(0, 4), new TextSpan(0, 4),
                new TextSpan(0, 2), "9日", "");
        project.addEvent(new Event("ev-1", TimeValue.day(LocalDate.of(2022, 1, 9)), "label 0", List.of(), "", EventCategory.OTHER,
                List.of(source), List.of(), false));
        WindowViewModel window = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH));
        window.load();
        TimelineViewModel timeline = window.timeline();
        for (int i = 1; i <= CorrectionHistory.DEPTH + 1; i++) {
            timeline.select(0L);
            timeline.setSelectedLabel("label " + i);
        }
        assertEquals("_Undo relabel", timeline.history().undoTextProperty().get());
        for (int i = 0; i < CorrectionHistory.DEPTH; i++) {
            timeline.undo();
        }
        assertFalse(timeline.history().canUndoProperty().get());
        assertEquals("label 1", timeline.events().get(0).label(), "the first relabel was forgotten: its label stays");
        assertTrue(timeline.noticeProperty().get().startsWith("Undid relabel"), timeline.noticeProperty().get());
    }
}
