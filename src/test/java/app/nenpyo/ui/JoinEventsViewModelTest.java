package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The join dialog's state, without a robot: which events are offered, in what order, and what joining one does to its date. */
class JoinEventsViewModelTest {
    private final Messages ja = Messages.of(Language.JAPANESE);

    private static EventSummary summary(String id, String date, String label, String place) {
        return new EventSummary(id, TimeValue.parse(date), label, EventCategory.MEETING, List.of(), place, List.of(), List.of(), false);
    }

    private static final Event TALKS = new Event("ev-talks", TimeValue.parse("2022-01-10"), "米露協議がジュネーブで開始", List.of(),
            "ジュネーブ", EventCategory.MEETING, List.of(new EventSource("hash7", OptionalLong.empty(), "ev-talks", 26,
                    new TextSpan(0, 5), new TextSpan(0, 5), new TextSpan(0, 3), "10日", "")), List.of(), false);

    /** By start date, as the timeline has them. */
    private static final List<EventSummary> EVENTS = List.of(
            summary("ev-protest", "2022-01-02", "カザフスタンで抗議活動が開始", ""),
            summary("ev-week", "2022-01-03/2022-01-09", "抗議デモが暴徒化", ""),
            summary("ev-dinner", "2022-01-09", "シャーマン米国務副長官がリャブコフ外務次官と会談", "ジュネーブ"),
            summary("ev-talks", "2022-01-10", "米露協議がジュネーブで開始", "ジュネーブ"),
            summary("ev-detained", "2022-01-10", "内務省が8000人拘束と発表", ""),
            summary("ev-nato", "2022-01-12", "NATOロシア理事会", "ブリュッセル"),
            summary("ev-olympics", "2022-02-04", "トカエフ大統領が北京オリンピックの開会式に出席", "北京"));

    private static List<String> ids(JoinEventsViewModel m) {
        return m.candidates().stream().map(JoinEventsViewModel.Candidate::id).toList();
    }

    @Test
    void offersTheOtherEventsOfTheWeekAroundNearestFirst() {
        JoinEventsViewModel m = new JoinEventsViewModel(TALKS, EVENTS, new SameThreadTaskExecutor(), ja);
        assertEquals(List.of("ev-detained", "ev-week", "ev-dinner", "ev-nato"), ids(m),
                "the same day, a week ending the day before, a day before, two days after; never itself, nor the protests eight days before");
        assertEquals("2022年1月10日(月)  内務省が8000人拘束と発表  （出典 0 件）", m.candidates().get(0).text());
        assertFalse(m.acceptableProperty().get(), "nothing chosen");
        assertEquals("「米露協議がジュネーブで開始」（2022年1月10日(月)）とまとめる出来事を選んでください", m.header());
    }

    @Test
    void anEventOfAnotherDateIsSaidToTakeTheSelectedOnesDate() {
        JoinEventsViewModel m = new JoinEventsViewModel(TALKS, EVENTS, new SameThreadTaskExecutor(), ja);
        m.chosenProperty().set(m.candidates().get(0));
        assertEquals("", m.noteProperty().get(), "the same day: nothing to say");
        assertTrue(m.acceptableProperty().get());
        m.chosenProperty().set(m.candidates().get(2));
        assertEquals("選んだ出来事の報道は 2022年1月10日(月) の出来事になります（分析者の日付）", m.noteProperty().get());
        m.chosenProperty().set(m.candidates().get(1));
        assertFalse(m.candidates().get(1).sameDate(), "a week is another date than a day in it");
    }

    @Test
    void aSearchFindsEventsByLabelOrPlaceAtAnyDateAndKeepsTheChoiceOnlyIfStillListed() {
        JoinEventsViewModel m = new JoinEventsViewModel(TALKS, EVENTS, new SameThreadTaskExecutor(), ja);
        m.chosenProperty().set(m.candidates().get(2));
        m.searchProperty().set("ジュネーブ");
        assertEquals(List.of("ev-dinner"), ids(m), "by place; the selected event never");
        assertEquals("ev-dinner", m.chosenProperty().get().id(), "still listed, still chosen");
        m.searchProperty().set("北京");
        assertEquals(List.of("ev-olympics"), ids(m), "weeks away, found by its place");
        assertNull(m.chosenProperty().get(), "no longer listed, no longer chosen");
        assertFalse(m.acceptableProperty().get());
        m.searchProperty().set("nato");
        assertEquals(List.of("ev-nato"), ids(m), "letters in any case");
        m.searchProperty().set("  ");
        assertEquals(4, m.candidates().size(), "blank: the week around again");
    }

    /** The exploratory tester chose an event of 1月21日〜31日 and was not offered one of 2月4日, four days after it. */
    @Test
    void theDaysApartAreCountedBetweenTheTimeRanges() {
        Event lateJanuary = new Event("ev-late", TimeValue.parse("2022-01-21/2022-01-31"), "ウクライナ国境で演習", List.of(), "",
                EventCategory.MEETING, List.of(new EventSource("hash7", OptionalLong.empty(), "ev-late", 3,
                        new TextSpan(0, 5), new TextSpan(0, 5), new TextSpan(0, 3), "21日から31日", "")), List.of(), false);
        List<EventSummary> events = List.of(
                summary("ev-december", "2021-12-01/2022-01-16", "12月からの演習", ""),
                summary("ev-spanning", "2022-01-01/2022-01-25", "1月の協議", ""),
                summary("ev-too-early", "2022-01-13", "8日前に終わった会談", ""),
                summary("ev-late", "2022-01-21/2022-01-31", "ウクライナ国境で演習", ""),
                summary("ev-inside", "2022-01-28", "演習中の会談", ""),
                summary("ev-feb4", "2022-02-04", "北京五輪開幕", ""),
                summary("ev-feb7", "2022-02-07", "仏露首脳会談", ""),
                summary("ev-feb8", "2022-02-08", "8日後の会談", ""));
        JoinEventsViewModel m = new JoinEventsViewModel(lateJanuary, events, new SameThreadTaskExecutor(), ja);
        assertEquals(List.of("ev-spanning", "ev-inside", "ev-feb4", "ev-december", "ev-feb7"), ids(m),
                "overlapping (0 days, by start), 4 days after its end, 5 days before its start, 7 days after; not 8 days either way");
        assertEquals(0, JoinEventsViewModel.daysApart(TimeValue.parse("2022-01-28"), lateJanuary.time()));
        assertEquals(4, JoinEventsViewModel.daysApart(TimeValue.parse("2022-02-04"), lateJanuary.time()));
        assertEquals(4, JoinEventsViewModel.daysApart(lateJanuary.time(), TimeValue.parse("2022-02-04")), "either way round");
        assertEquals(1, JoinEventsViewModel.daysApart(TimeValue.parse("2022-01-20"), lateJanuary.time()), "the day before");
    }

    @Test
    void aBusyProjectListsAtMostTheNearestFew() {
        List<EventSummary> many = IntStream.range(0, 1000)
                .mapToObj(i -> summary("ev-" + i, i < 500 ? "2022-01-11" : "2022-01-12", "協議 " + i, "")).toList();
        JoinEventsViewModel m = new JoinEventsViewModel(TALKS, many, new SameThreadTaskExecutor(), ja);
        assertEquals(JoinEventsViewModel.MAX_LISTED, m.candidates().size());
        assertTrue(m.candidates().stream().allMatch(c -> c.text().startsWith("2022年1月11日")),
                "the 500 of the day after before any of the day after that");
    }

    /** Ranking a large project's events froze the window: they are ranked in the background, the list waiting meanwhile. */
    @Test
    void theEventsAreRankedInTheBackgroundAndTheListWaitsForThem() {
        QueuedTaskExecutor background = new QueuedTaskExecutor();
        JoinEventsViewModel m = new JoinEventsViewModel(TALKS, EVENTS, background, ja);
        assertTrue(m.rankingProperty().get(), "ranking: the dialog says so in the list's place");
        assertEquals(List.of(), ids(m), "nothing ranked on the UI thread");
        background.runAll();
        assertFalse(m.rankingProperty().get());
        assertEquals(List.of("ev-detained", "ev-week", "ev-dinner", "ev-nato"), ids(m));

        m.chosenProperty().set(m.candidates().get(2));
        m.searchProperty().set("ジュネーブ");
        assertTrue(m.rankingProperty().get());
        assertEquals("ev-dinner", m.chosenProperty().get().id(), "the choice stands while the search ranks");
        background.runAll();
        assertEquals(List.of("ev-dinner"), ids(m));
        assertEquals("ev-dinner", m.chosenProperty().get().id(), "still listed, still chosen");
    }

    /** Typing on while an older search still ranks: the older one stops, and its list never replaces the newer one's. */
    @Test
    void aNewerSearchSupersedesAnOlderOneStillRanking() {
        QueuedTaskExecutor background = new QueuedTaskExecutor();
        JoinEventsViewModel m = new JoinEventsViewModel(TALKS, EVENTS, background, ja);
        m.searchProperty().set("北京");
        m.searchProperty().set("nato");
        background.runLastFirst();
        assertEquals(List.of("ev-nato"), ids(m), "the last search's events, not those of the searches before it");
        assertFalse(m.rankingProperty().get());
        m.searchProperty().set("nato ");
        assertFalse(m.rankingProperty().get(), "the same search once trimmed ranks nothing again");
    }

    /**
     * Runs a task's work and hands its outcome back as two steps the test orders, as a pool thread
     * and the UI thread would: the analyst can type between the end of a ranking and its result
     * reaching the list.
     */
    private static final class SteppedTaskExecutor implements TaskExecutor {
        private final List<Task<?>> tasks = new ArrayList<>();

        private static final class Task<T> {
            final Callable<T> work;
            final Consumer<? super T> onSuccess;
            final Consumer<? super Exception> onFailure;
            T result;
            Exception failure;

            Task(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
                this.work = work;
                this.onSuccess = onSuccess;
                this.onFailure = onFailure;
            }

            void work() {
                try {
                    result = work.call();
                } catch (Exception e) {
                    failure = e;
                }
            }

            void deliver() {
                if (failure == null) {
                    onSuccess.accept(result);
                } else {
                    onFailure.accept(failure);
                }
            }
        }

        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            tasks.add(new Task<>(work, onSuccess, onFailure));
        }

        Task<?> task(int i) {
            return tasks.get(i);
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        @Override
        public void shutdown() {
        }
    }

    /**
     * A search typed while an older one is inside its ranking: the older one stops at its next look,
     * and one that had finished ranking when the newer came never replaces the newer one's list.
     */
    @Test
    void aSearchTypedWhileAnOlderOneRanksStopsItOrDropsWhatItFound() {
        SteppedTaskExecutor background = new SteppedTaskExecutor();
        JoinEventsViewModel m = new JoinEventsViewModel(TALKS, EVENTS, background, ja);
        background.task(0).work();
        background.task(0).deliver();
        List<String> nearby = List.of("ev-detained", "ev-week", "ev-dinner", "ev-nato");
        assertEquals(nearby, ids(m));

        m.searchProperty().set("北京");
        background.task(1).work();
        m.searchProperty().set("nato");
        background.task(1).deliver();
        assertEquals(nearby, ids(m), "what the older search found came after the newer was typed: dropped");
        assertTrue(m.rankingProperty().get(), "the newer one still ranks");

        m.searchProperty().set("ジュネーブ");
        background.task(2).work();
        assertTrue(background.task(2).failure instanceof CancellationException, "superseded inside its ranking, it stopped");
        background.task(2).deliver();
        assertEquals(nearby, ids(m));
        assertTrue(m.rankingProperty().get());

        background.task(3).work();
        background.task(3).deliver();
        assertEquals(List.of("ev-dinner"), ids(m), "the last search's events");
        assertFalse(m.rankingProperty().get());
    }

    /** The dialog closed while its events are ranked: the ranking stops, and nothing is listed after. */
    @Test
    void aDisposedDialogStopsItsRankingAndListsNothing() {
        SteppedTaskExecutor background = new SteppedTaskExecutor();
        JoinEventsViewModel m = new JoinEventsViewModel(TALKS, EVENTS, background, ja);
        m.dispose();
        assertFalse(m.rankingProperty().get(), "nothing ranks for a closed dialog");
        background.task(0).work();
        assertTrue(background.task(0).failure instanceof CancellationException, "the ranking stopped at its first look");
        background.task(0).deliver();
        assertEquals(List.of(), ids(m));
        assertFalse(m.rankingProperty().get());
    }
}
