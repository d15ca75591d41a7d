package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.timeline.TimelineItem;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 出来事 list, without a robot: what it lists, how it sorts, and its one selection with the timeline. */
class EventListViewModelTest {
    private static final String TEXT = "米ロ協議\n\n米ロは10日、ジュネーブで協議した。\n\n中国の王毅外相は9日、訪問した。";

    private final InMemoryProject project = new InMemoryProject();
    private final WindowViewModel window = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
    private final TimelineViewModel timeline = window.timeline();
    private final EventListViewModel list = window.eventList();

    @BeforeEach
    void events() {
        project.add(7, "米ロ協議の記事", TEXT, InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        project.addEvent(event("ev-a", TimeValue.parse("2022-01-10"), "ジュネーブで米ロ協議", EventCategory.MEETING, "ジュネーブ", false, 2));
        project.addEvent(event("ev-b", TimeValue.parse("2022-01-09"), "王毅外相が訪問", EventCategory.STATEMENT, "", false, 1));
        project.addEvent(event("ev-c", TimeValue.parse("2022-01-03/2022-01-09"), "抗議デモが暴徒化", EventCategory.PROTEST, "カザフスタン",
                false, 1));
        project.addEvent(event("ev-d", TimeValue.parse("2021-12-01"), "過去の経緯", EventCategory.OTHER, "", true, 1));
        window.load();
        timeline.viewWidth(800);
    }

    private List<String> labels() {
        return list.rows().stream().map(TimelineItem::label).toList();
    }

    @Test
    void listsWhatTheTimelineShowsWithDatesAsTheWindowWritesThem() {
        assertEquals(timeline.itemsProperty().get(), list.rows(), "the timeline's items, in its order");
        assertEquals(3, list.rows().size(), "the background date is not on the timeline, nor in the list");
        TimelineItem week = list.rows().stream().filter(r -> r.label().equals("抗議デモが暴徒化")).findFirst().orElseThrow();
        assertEquals("2022年1月3日(月)〜2022年1月9日(日)", list.date(week));
        assertEquals("抗議", list.category(week));
        assertEquals("カザフスタン", list.place(week));

        timeline.showBackgroundProperty().set(true);
        assertEquals(4, list.rows().size(), "shown with the background dates, listed with them");
        TimelineItem past = list.rows().stream().filter(r -> r.label().equals("過去の経緯")).findFirst().orElseThrow();
        assertEquals("その他（背景）", list.category(past));
        assertEquals("2021年12月1日(水)", list.date(past));
    }

    /** A list of one year leaves the year out of its dates; one reaching into another year writes them in full. */
    @Test
    void theListsDatesGoWithoutTheYearAllItsEventsShare() {
        assertEquals(java.time.Year.of(2022), list.onlyYearProperty().get());
        TimelineItem week = row("抗議デモが暴徒化");
        assertEquals("1月3日(月)〜1月9日(日)", list.listedDate(week));
        assertEquals("1月10日(月)", list.listedDate(row("ジュネーブで米ロ協議")));
        assertEquals("2022年1月3日(月)〜2022年1月9日(日)", list.date(week), "in full when hovered");

        timeline.showBackgroundProperty().set(true);
        assertEquals(null, list.onlyYearProperty().get(), "2021 and 2022 listed");
        assertEquals("2022年1月3日(月)〜2022年1月9日(日)", list.listedDate(week));
        assertEquals("2021年12月1日(水)", list.listedDate(row("過去の経緯")));
    }

    @Test
    void knowsTheMostSourcesAListedEventHasWhichTheCountColumnIsAsWideAs() {
        assertEquals(2, list.mostSources(), "the Geneva talks, reported twice");
        window.filters().categories().stream().filter(r -> !r.key().equals("MEETING")).forEach(r -> r.chosenProperty().set(true));
        assertEquals(List.of("王毅外相が訪問", "抗議デモが暴徒化"), labels(), "the talks filtered out");
        assertEquals(1, list.mostSources(), "one source each");
    }

    @Test
    void aRowsCategoryIsColouredAsTheTimelinePaintsIt() {
        assertEquals("category-protest", list.categoryStyle(row("抗議デモが暴徒化")));
        assertEquals("category-meeting", list.categoryStyle(row("ジュネーブで米ロ協議")));
        timeline.showBackgroundProperty().set(true);
        assertEquals("category-background", list.categoryStyle(row("過去の経緯")), "a background date in the muted colour");
    }

    @Test
    void marksTheEventsTheAnalystCorrectedSaysWhatAndSortsThemFirst() {
        assertEquals(List.of("", "", ""), list.rows().stream().map(list::correctedMark).toList(), "nothing corrected yet");
        list.choose(row("抗議デモが暴徒化"));
        timeline.setSelectedLabel("抗議デモ、各地で暴徒化");

        TimelineItem relabelled = row("抗議デモ、各地で暴徒化");
        assertEquals(EventListViewModel.CORRECTED_MARK, list.correctedMark(relabelled));
        assertEquals("分析者が直した点：見出し", list.correctedText(relabelled));
        assertEquals("", list.correctedMark(row("王毅外相が訪問")));
        assertEquals("", list.correctedText(row("王毅外相が訪問")));

        list.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.CORRECTED, true)));
        assertEquals("抗議デモ、各地で暴徒化", labels().get(0), "the header's first click: corrected first, " + labels());
        list.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.CORRECTED, false)));
        assertEquals("抗議デモ、各地で暴徒化", labels().get(2), "the second: corrected last, " + labels());
    }

    private TimelineItem row(String label) {
        return list.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + labels()));
    }

    @Test
    void sortsByAColumnEitherWayAndByTheTimelinesOrderWhereTheyTie() {
        list.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.SOURCES, false)));
        assertEquals(List.of("ジュネーブで米ロ協議", "王毅外相が訪問", "抗議デモが暴徒化"), labels(),
                "most reported first; the two of one report in the timeline's order (the order the project gave them)");
        list.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.DATE, false)));
        assertEquals(List.of("ジュネーブで米ロ協議", "王毅外相が訪問", "抗議デモが暴徒化"), labels(), "latest first: a week ending on the 9th starts on the 3rd");
        list.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.PLACE, true)));
        assertEquals(List.of("王毅外相が訪問", "カザフスタン", "ジュネーブ"), list.rows().stream().map(list::place)
                .map(p -> p.isEmpty() ? "王毅外相が訪問" : p).toList(), "no place first");
        list.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.SOURCES, true),
                new EventListViewModel.Sort(EventListViewModel.Column.LABEL, false)));
        assertEquals(List.of("王毅外相が訪問", "抗議デモが暴徒化", "ジュネーブで米ロ協議"), labels(), "fewest first, then by label backwards");
        list.sortProperty().set(List.of());
        assertEquals(timeline.itemsProperty().get(), list.rows(), "unsorted: the timeline's order again");
    }

    @Test
    void aRowChosenIsSelectedOnTheTimelineAndTheTimelinesSelectionIsFoundInTheList() {
        TimelineItem wang = list.rows().stream().filter(r -> r.label().equals("王毅外相が訪問")).findFirst().orElseThrow();
        list.choose(wang);
        assertEquals(wang.id(), timeline.selectedIdProperty().get());
        assertEquals("王毅外相が訪問", timeline.selectedEventProperty().get().label());
        assertEquals(list.rows().indexOf(wang), list.indexOfSelected());

        list.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.LABEL, true)));
        assertEquals(list.rows().indexOf(wang), list.indexOfSelected(), "found again after a sort");
        timeline.select(null);
        assertEquals(-1, list.indexOfSelected());
    }

    @Test
    void anEventSetAsideGivesItsPlaceToTheRowAfterItOrBeforeItWhenLast() {
        assertEquals(List.of("ジュネーブで米ロ協議", "王毅外相が訪問", "抗議デモが暴徒化"), labels(), "the order the project gave them");
        list.choose(row("王毅外相が訪問"));
        timeline.setSelectedBackground(true);
        assertEquals(List.of("ジュネーブで米ロ協議", "抗議デモが暴徒化"), labels());
        assertEquals("抗議デモが暴徒化", timeline.selectedEventProperty().get().label(), "the row after it");
        assertEquals(1, list.indexOfSelected(), "in the row it left");

        timeline.setSelectedBackground(true);
        assertEquals("ジュネーブで米ロ協議", timeline.selectedEventProperty().get().label(), "the last: the row before it");
        timeline.setSelectedBackground(true);
        assertEquals(List.of(), labels());
        assertEquals(null, timeline.selectedEventProperty().get(), "none left to select");
    }

    @Test
    void theRowAfterAnEventSetAsideIsTheListsAsSorted() {
        list.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.LABEL, true)));
        List<String> sorted = labels();
        assertEquals(List.of("ジュネーブで米ロ協議", "抗議デモが暴徒化", "王毅外相が訪問"), sorted);
        list.choose(row("ジュネーブで米ロ協議"));
        timeline.setSelectedBackground(true);
        assertEquals("抗議デモが暴徒化", timeline.selectedEventProperty().get().label(), "after it in the list, not in time");
        assertEquals(0, list.indexOfSelected());
    }

    @Test
    void anEventSetAsideOrPutBackWhileBackgroundDatesAreShownStaysSelected() {
        timeline.showBackgroundProperty().set(true);
        list.choose(row("王毅外相が訪問"));
        int at = list.indexOfSelected();
        timeline.setSelectedBackground(true);
        assertEquals("王毅外相が訪問", timeline.selectedEventProperty().get().label(), "still listed, still selected");
        assertTrue(timeline.selectedEventProperty().get().background());
        assertEquals(at, list.indexOfSelected());
        timeline.setSelectedBackground(false);
        assertEquals("王毅外相が訪問", timeline.selectedEventProperty().get().label());
        assertFalse(timeline.selectedEventProperty().get().background());
    }

    @Test
    void rowsChosenWhileANewSortIsPendingAreTheirOwnEvents() {
        // a review's case: a row's id is its event's place among the events read, so rows kept from
        // before a reload would name other events until the new sort is done
        QueuedTaskExecutor sorts = new QueuedTaskExecutor();
        EventListViewModel pending = new EventListViewModel(timeline, sorts, Messages.of(Language.JAPANESE));
        pending.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.SOURCES, false)));
        sorts.runAll();
        assertEquals("ジュネーブで米ロ協議", pending.rows().get(0).label());

        timeline.select(pending.rows().get(0).id());
        timeline.setSelectedBackground(true);
        TimelineItem wang = pending.rows().stream().filter(r -> r.label().equals("王毅外相が訪問")).findFirst().orElseThrow();
        assertEquals("2022年1月9日(日)", pending.date(wang), "the row's date is its own event's");
        pending.choose(wang);
        assertEquals("王毅外相が訪問", timeline.selectedEventProperty().get().label(), "the row chosen is the event selected");
        sorts.runAll();
        assertEquals(List.of("王毅外相が訪問", "抗議デモが暴徒化"), labels(pending));
    }

    @Test
    void aSortByPlaceReadsThePlacesOfTheItemsItSorts() {
        QueuedTaskExecutor sorts = new QueuedTaskExecutor();
        EventListViewModel byPlace = new EventListViewModel(timeline, sorts, Messages.of(Language.JAPANESE));
        byPlace.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.PLACE, false)));
        // the events are read again before the sort runs: it sorts the new items by their own places
        timeline.showBackgroundProperty().set(true);
        sorts.runAll();
        assertEquals(List.of("ジュネーブ", "カザフスタン", "", ""), byPlace.rows().stream().map(byPlace::place).toList());
    }

    private static List<String> labels(EventListViewModel list) {
        return list.rows().stream().map(TimelineItem::label).toList();
    }

    private static Event event(String id, TimeValue time, String label, EventCategory category, String place, boolean background,
                               int sources) {
        List<EventSource> reports = java.util.stream.IntStream.range(0, sources)
                .mapToObj(i -> new EventSource("hash7", OptionalLong.empty(), id + "-" + i, 2, new TextSpan(6, 20), new TextSpan(6, 20),
                        new TextSpan(9, 12), "10日", ""))
                .toList();
        return new Event(id, time, label, List.of(), place, category, reports, List.of(), background);
    }
}
