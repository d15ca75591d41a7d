package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.timeline.TimelineItem;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opening a project draws the items from the events' outlines and reads the summaries only after
 * that frame. Between the two the timeline shows every item but knows no event yet; what the
 * analyst does then (switching lanes) and what the project does (an import committing in between)
 * must still end with the items of the events loaded.
 */
class TimelineOutlinesFirstTest {
    private static final String TEXT = "米ロ協議\n\n米ロは10日、ジュネーブで協議した。\n\n中国の王毅外相は9日、訪問した。";

    /** Runs background work and after-frame work only when the test says so, callbacks at once. */
    private static final class SteppedExecutor implements TaskExecutor {
        private final TaskExecutor now = new SameThreadTaskExecutor();
        private final Queue<Runnable> background = new ArrayDeque<>();
        private final Queue<Runnable> afterFrame = new ArrayDeque<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            background.add(() -> now.execute(work, onSuccess, onFailure));
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        @Override
        public void afterFrame(Runnable action) {
            afterFrame.add(action);
        }

        void runBackground() {
            assertFalse(background.isEmpty(), "background work is waiting");
            background.remove().run();
        }

        void drawFrame() {
            assertFalse(afterFrame.isEmpty(), "work is waiting for the frame");
            afterFrame.remove().run();
        }

        boolean idle() {
            return background.isEmpty() && afterFrame.isEmpty();
        }

        @Override
        public void shutdown() {
        }
    }

    private final InMemoryProject project = new InMemoryProject();
    private final SteppedExecutor executor = new SteppedExecutor();
    private final TimelineViewModel timeline = new TimelineViewModel(project, executor, Messages.of(Language.JAPANESE));

    @BeforeEach
    void events() {
        project.add(7, "米ロ協議の記事", TEXT, InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        project.addEvent(event("ev-a", LocalDate.of(2022, 1, 10), "ジュネーブで米ロ協議", List.of(country("ロシア"), country("米国")), EventCategory.MEETING, false));
        project.addEvent(event("ev-b", LocalDate.of(2022, 1, 9), "王毅外相が訪問", List.of(country("中国")), EventCategory.OTHER, false));
        project.addEvent(event("ev-c", LocalDate.of(2021, 12, 1), "過去の経緯", List.of(), EventCategory.MEETING, true));
        timeline.viewWidth(800);
    }

    @Test
    void itemsComeFirstAndTheEventsAfterTheFrame() {
        timeline.refresh();
        executor.runBackground();

        List<TimelineItem> drawn = timeline.itemsProperty().get();
        assertEquals(List.of("ジュネーブで米ロ協議", "王毅外相が訪問"), drawn.stream().map(TimelineItem::label).toList(),
                "the background event is left out of the outlines too");
        assertTrue(timeline.events().isEmpty(), "no summary read yet");
        assertTrue(timeline.loadingProperty().get(), "still loading until the summaries are in");
        assertTrue(timeline.scaleProperty().get().contains(drawn.get(0).anchor()), "the view is fitted to the items");
        assertEquals("ジュネーブで米ロ協議\n2022年1月10日(月)\n出典 1 件", timeline.describe(0),
                "hovering tells what the outline knows: all but the expressions");
        timeline.select(1L);
        assertNull(timeline.selectedIdProperty().get(), "its event is not known yet");

        executor.drawFrame();
        executor.runBackground();

        assertEquals(List.of("ev-a", "ev-b"), timeline.events().stream().map(e -> e.id()).toList());
        assertFalse(timeline.loadingProperty().get());
        assertSame(drawn, timeline.itemsProperty().get(), "the same events in the same order: the items drawn are kept");
        assertEquals("ev-b", timeline.selectedEventProperty().get().id(), "the click is not lost: it selects once the events are in");
        assertEquals(1, timeline.sources().size());
        assertTrue(timeline.describe(0).contains("「10日」"), "and hovering tells the expressions");
        assertTrue(executor.idle());
    }

    /** On a loaded machine the analyst double-clicks an item drawn from its outline: the reader must still open at its report. */
    @Test
    void aDoubleClickWhileLoadingOpensTheEventsSourceOnceTheEventsAreIn() {
        List<TimelineViewModel.SourceOpening> opened = new ArrayList<>();
        timeline.onOpenSource(opened::add);
        timeline.refresh();
        executor.runBackground();
        timeline.select(1L);
        timeline.select(1L);
        timeline.openSelectedSource();
        assertTrue(opened.isEmpty(), "its event is not known yet");
        assertTrue(timeline.openingWaitsProperty().get(), "the opening waits for the events");

        executor.drawFrame();
        executor.runBackground();

        assertEquals("ev-b", timeline.selectedEventProperty().get().id());
        assertEquals(List.of(new TimelineViewModel.SourceOpening(timeline.sources().get(0), true)), opened,
                "the double click is not lost: its source opens once the events are in, as an opening that waited");
        assertFalse(timeline.openingWaitsProperty().get());
        timeline.openSelectedSource();
        assertEquals(new TimelineViewModel.SourceOpening(timeline.sources().get(0), false), opened.get(1), "Enter now opens at once");
    }

    @Test
    void aDoubleClickWhileLoadingThenAClickOnAnotherItemOpensNothing() {
        List<TimelineViewModel.SourceOpening> opened = new ArrayList<>();
        timeline.onOpenSource(opened::add);
        timeline.refresh();
        executor.runBackground();
        timeline.select(1L);
        timeline.openSelectedSource();
        timeline.select(0L);
        assertFalse(timeline.openingWaitsProperty().get(), "the later click chose: nothing waits to open");

        executor.drawFrame();
        executor.runBackground();

        assertEquals("ev-a", timeline.selectedEventProperty().get().id(), "the later click chose");
        assertTrue(opened.isEmpty(), "a click chooses without opening: " + opened);
    }

    @Test
    void enterWithNothingChosenWhileLoadingOpensNothingLater() {
        List<TimelineViewModel.SourceOpening> opened = new ArrayList<>();
        timeline.onOpenSource(opened::add);
        timeline.refresh();
        executor.runBackground();
        timeline.openSelectedSource();
        timeline.select(1L);

        executor.drawFrame();
        executor.runBackground();

        assertEquals("ev-b", timeline.selectedEventProperty().get().id());
        assertTrue(opened.isEmpty(), "Enter came before the click: " + opened);
    }

    @Test
    void aClickWhileLoadingOnAnEventAFilterThenHidesSelectsNothing() {
        timeline.refresh();
        executor.runBackground();
        timeline.select(0L);
        timeline.filterProperty().set(new EventFilter(Set.of(), Set.of(), Set.of(),
                Optional.empty(), Optional.of(LocalDate.of(2022, 1, 9)), Optional.empty()));
        executor.drawFrame();
        executor.runBackground();
        assertEquals(List.of("王毅外相が訪問"), timeline.itemsProperty().get().stream().map(TimelineItem::label).toList());
        assertNull(timeline.selectedEventProperty().get(), "the event clicked is filtered out");
        assertTrue(timeline.sources().isEmpty());
    }

    @Test
    void backgroundDatesShowWhenAskedForInTheirOwnColourAndSaySo() {
        timeline.refresh();
        executor.runBackground();
        executor.drawFrame();
        executor.runBackground();
        assertEquals(2, timeline.itemsProperty().get().size());

        timeline.showBackgroundProperty().set(true);
        executor.runBackground();
        List<TimelineItem> items = timeline.itemsProperty().get();
        TimelineItem past = items.stream().filter(i -> i.label().equals("過去の経緯")).findFirst().orElseThrow();
        assertEquals("background", past.category(), "drawn in the background colour, not its category's");
        // a visit alone is other (decision 0029's addendum of session 39; was meeting)
        assertEquals("other", items.stream().filter(i -> i.label().equals("王毅外相が訪問")).findFirst().orElseThrow().category());
        assertTrue(timeline.describe(past.id()).endsWith("背景の日付（関連記事・引用された調査・数値の対象期間など）: 表示 › 背景の日付も表示 のときだけ出ます"),
                timeline.describe(past.id()));
        timeline.select(past.id());
        assertEquals("ev-c", timeline.selectedEventProperty().get().id());

        timeline.showBackgroundProperty().set(false);
        executor.runBackground();
        assertEquals(List.of("ジュネーブで米ロ協議", "王毅外相が訪問"), timeline.itemsProperty().get().stream().map(TimelineItem::label).toList());
        assertNull(timeline.selectedEventProperty().get(), "the background event hidden again is no longer selected");
        assertTrue(executor.idle());
    }

    @Test
    void theAnalystSetsAnEventAsideAndPutsABackgroundOneOnTheTimeline() {
        timeline.refresh();
        executor.runBackground();
        executor.drawFrame();
        executor.runBackground();
        timeline.select(0L);
        assertEquals("ev-a", timeline.selectedEventProperty().get().id());

        timeline.setSelectedBackground(true);
        assertTrue(timeline.loadingProperty().get());
        executor.runBackground();
        executor.runBackground();
        assertEquals(List.of("王毅外相が訪問"), timeline.itemsProperty().get().stream().map(TimelineItem::label).toList(),
                "set aside: off the timeline");
        assertEquals("「ジュネーブで米ロ協議」を背景に回しました（表示 › 背景の日付も表示 で見て戻せます）", timeline.noticeProperty().get());
        assertEquals("王毅外相が訪問", timeline.selectedEventProperty().get().label(), "the event after it, selected in its place");

        timeline.showBackgroundProperty().set(true);
        executor.runBackground();
        TimelineItem past = timeline.itemsProperty().get().stream().filter(i -> i.label().equals("過去の経緯")).findFirst().orElseThrow();
        timeline.select(past.id());
        timeline.setSelectedBackground(false);
        executor.runBackground();
        executor.runBackground();
        assertFalse(timeline.selectedEventProperty().get().background(), "still selected, now on the timeline");
        timeline.showBackgroundProperty().set(false);
        executor.runBackground();
        assertEquals(List.of("王毅外相が訪問", "過去の経緯").stream().sorted().toList(),
                timeline.itemsProperty().get().stream().map(TimelineItem::label).sorted().toList());
        assertTrue(executor.idle());
    }

    @Test
    void aClickWhileLoadingThenOnEmptySpaceSelectsNothing() {
        timeline.refresh();
        executor.runBackground();
        timeline.select(0L);
        timeline.select(null);
        executor.drawFrame();
        executor.runBackground();
        assertNull(timeline.selectedEventProperty().get());
    }

    @Test
    void lanesChosenWhileTheSummariesLoadApplyWhenTheyArrive() {
        timeline.refresh();
        executor.runBackground();
        timeline.laneModeProperty().set(LaneMode.ACTOR);
        assertEquals(2, timeline.itemsProperty().get().size(), "the items drawn stay until the events are known");

        executor.drawFrame();
        executor.runBackground();

        assertEquals(List.of("ロシア", "米国"), timeline.itemsProperty().get().get(0).laneKeys());
        assertTrue(timeline.laneSpecProperty().get().grouped());
    }

    @Test
    void lanesChosenBeforeTheOutlinesArriveLeaveTheFirstFrameDrawnAndFitted() {
        timeline.refresh();
        timeline.laneModeProperty().set(LaneMode.ACTOR);
        executor.runBackground();
        List<TimelineItem> drawn = timeline.itemsProperty().get();
        assertEquals(2, drawn.size(), "the outlines are drawn as they were read");
        assertTrue(timeline.scaleProperty().get().contains(drawn.get(0).anchor()), "and the view fitted to them");

        executor.drawFrame();
        executor.runBackground();

        assertEquals(List.of("ロシア", "米国"), timeline.itemsProperty().get().get(0).laneKeys(), "then made again in lanes");
        assertTrue(timeline.laneSpecProperty().get().grouped());
    }

    @Test
    void aRememberedLaneModeIsDrawnFromTheOutlines() {
        timeline.laneModeProperty().set(LaneMode.ACTOR);
        timeline.refresh();
        executor.runBackground();
        List<TimelineItem> drawn = timeline.itemsProperty().get();
        assertEquals(List.of("中国"), drawn.get(1).laneKeys());

        executor.drawFrame();
        executor.runBackground();
        assertSame(drawn, timeline.itemsProperty().get());
    }

    @Test
    void eventsStoredBetweenTheTwoReadsAreNotMixedUp() {
        timeline.refresh();
        executor.runBackground();
        // an import commits after the outlines were read: an earlier event now comes first
        project.addEvent(event("ev-d", LocalDate.of(2022, 1, 2), "カザフスタンで抗議活動が開始", List.of(country("カザフスタン")), EventCategory.MEETING, false));

        timeline.select(0L);
        executor.drawFrame();
        executor.runBackground();

        assertNull(timeline.selectedEventProperty().get(), "a click on the first item drawn does not select what now comes first");
        assertEquals(3, timeline.events().size());
        List<TimelineItem> items = timeline.itemsProperty().get();
        assertEquals(3, items.size(), "items made again from the events read");
        for (TimelineItem item : items) {
            assertEquals(timeline.events().get((int) item.id()).label(), item.label(), "item " + item.id() + " shows its event");
        }
    }

    @Test
    void aProjectWithEventsShownReadsTheSummariesAtOnce() {
        timeline.refresh();
        executor.runBackground();
        executor.drawFrame();
        executor.runBackground();

        timeline.refresh();
        executor.runBackground();
        assertEquals(2, timeline.events().size(), "after an import, items and events come together");
        assertFalse(timeline.loadingProperty().get());
        assertTrue(executor.idle());
    }

    private static Actor country(String name) {
        return new Actor("country:" + name, name, ActorKind.COUNTRY, "", name, List.of());
    }

    private static Event event(String id, LocalDate day, String label, List<Actor> actors, EventCategory category,
                               boolean background) {
        int at = TEXT.indexOf("米ロは10日");
        EventSource source = new EventSource("hash7", OptionalLong.empty(), "src-" + id, 2, new TextSpan(at, at + 10),
                new TextSpan(at, at + 10), new TextSpan(at + 3, at + 6), "10日", "");
        return new Event(id, TimeValue.day(day), label, actors, "", category, List.of(source), List.of(), background);
    }
}
