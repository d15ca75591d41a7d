package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter pane's state against the timeline it filters, on one thread, without a toolkit. */
class FilterViewModelTest {
    private static final String TEXT = "米ロ協議\n\n米ロは10日、ジュネーブで協議した。\n\n中国の王毅外相は9日、訪問した。\n\n"
            + "カザフスタンで2日、抗議活動が始まった。";

    private final InMemoryProject project = new InMemoryProject();
    private final WindowViewModel window = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
    private final TimelineViewModel timeline = window.timeline();
    private final FilterViewModel filters = window.filters();

    @BeforeEach
    void events() {
        project.add(7, "米ロ協議の記事", TEXT, InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        project.addEvent(event("ev-protest", LocalDate.of(2022, 1, 2), "抗議活動が始まる", EventCategory.PROTEST,
                List.of(country("カザフスタン")), 4));
        project.addEvent(event("ev-wang", LocalDate.of(2022, 1, 9), "王毅外相が訪問", EventCategory.STATEMENT,
                List.of(country("中国"), country("カザフスタン")), 3));
        project.addEvent(event("ev-geneva", LocalDate.of(2022, 1, 10), "ジュネーブで米ロ協議", EventCategory.MEETING,
                List.of(country("ロシア"), country("米国")), 2));
        window.load();
        timeline.viewWidth(800);
    }

    @Test
    void listsActorsMostFrequentFirstWithTheirCounts() {
        assertEquals("カザフスタン", filters.actors().get(0).label());
        assertEquals(2, filters.actors().get(0).count());
        assertEquals(List.of("カザフスタン", "ロシア", "中国", "米国"), filters.actors().stream().map(FacetRow::key).toList(),
                "ties by name");
        assertEquals(List.of("抗議", "会談", "発言"), filters.categories().stream().map(FacetRow::label).toList(),
                "categories in their own order, in Japanese");
        assertEquals(1, filters.documents().size());
        assertEquals(3, filters.documents().get(0).count());
        assertEquals(LocalDate.of(2022, 1, 2), filters.earliestProperty().get());
        assertEquals(LocalDate.of(2022, 1, 10), filters.latestProperty().get());
    }

    @Test
    void tickingAnActorKeepsOnlyItsEventsAndTheChipClearsIt() {
        actor("中国").chosenProperty().set(true);
        assertEquals(List.of("ev-wang"), shownIds());
        assertEquals(3, timeline.events().size(), "the total stays");
        actor("ロシア").chosenProperty().set(true);
        assertEquals(List.of("ev-wang", "ev-geneva"), shownIds(), "one actor or the other");
        assertEquals(List.of("ロシア", "中国"), filters.active().stream().map(ActiveFilter::text).toList(),
                "chips in the list's order");

        filters.remove(filters.active().get(1));
        assertEquals(List.of("ev-geneva"), shownIds());
        filters.clear();
        assertEquals(3, shownIds().size());
        assertTrue(filters.active().isEmpty());
    }

    @Test
    void searchingTheActorListKeepsTicksOfActorsItHides() {
        actor("中国").chosenProperty().set(true);
        filters.actorQueryProperty().set("ロシ");
        assertEquals(List.of("ロシア"), filters.visibleActors().stream().map(FacetRow::key).toList());
        assertEquals(List.of("ev-wang"), shownIds(), "中国 is still ticked though hidden from the list");
        filters.actorQueryProperty().set("");
        assertEquals(4, filters.visibleActors().size());
    }

    @Test
    void facetsCombineWithAnd() {
        actor("カザフスタン").chosenProperty().set(true);
        filters.categories().stream().filter(r -> r.key().equals("PROTEST")).findFirst().orElseThrow()
                .chosenProperty().set(true);
        assertEquals(List.of("ev-protest"), shownIds());
    }

    @Test
    void theDateRangeKeepsEventsThatOverlapIt() {
        filters.fromProperty().set(LocalDate.of(2022, 1, 9));
        assertEquals(List.of("ev-wang", "ev-geneva"), shownIds());
        filters.toProperty().set(LocalDate.of(2022, 1, 9));
        assertEquals(List.of("ev-wang"), shownIds());
        assertEquals(1, filters.active().size());
        assertEquals(ActiveFilter.Facet.DATES, filters.active().get(0).facet());
        filters.remove(filters.active().get(0));
        assertNull(filters.fromProperty().get());
        assertEquals(3, shownIds().size());
    }

    @Test
    void aBoundAtTheEdgeOfTheDataIsNoFilter() {
        filters.fromProperty().set(LocalDate.of(2022, 1, 2));
        filters.toProperty().set(LocalDate.of(2022, 1, 10));
        assertTrue(filters.active().isEmpty());
        assertTrue(timeline.filterProperty().get().isEmpty());
    }

    @Test
    void textSearchKeepsEventsWhoseSourceParagraphsMatch() {
        filters.textProperty().set("ジュネーブ");
        assertEquals(3, shownIds().size(), "nothing changes until the search runs");
        filters.searchText();
        assertEquals(List.of("ev-geneva"), shownIds());
        assertEquals("「ジュネーブ」", filters.active().get(0).text());
        filters.textProperty().set("見つからない語");
        filters.searchText();
        assertTrue(shownIds().isEmpty());
        filters.textProperty().set("");
        assertEquals(3, shownIds().size(), "clearing the words shows everything at once");
    }

    @Test
    void aSelectedEventThatIsFilteredOutIsDeselected() {
        timeline.select(2L);
        actor("中国").chosenProperty().set(true);
        assertNull(timeline.selectedEventProperty().get());
    }

    @Test
    void ticksSurviveARefresh() {
        actor("中国").chosenProperty().set(true);
        timeline.refresh();
        assertTrue(actor("中国").isChosen());
        assertEquals(List.of("ev-wang"), shownIds());
    }

    private FacetRow actor(String name) {
        return filters.actors().stream().filter(r -> r.key().equals(name)).findFirst().orElseThrow();
    }

    private List<String> shownIds() {
        return timeline.itemsProperty().get().stream().map(TimelineItem::id)
                .map(id -> timeline.events().get(id.intValue()).id()).toList();
    }

    private static Actor country(String name) {
        return new Actor("country:" + name, name, ActorKind.COUNTRY, "", name, List.of());
    }

    private static Event event(String id, LocalDate day, String label, EventCategory category, List<Actor> actors,
                               int paragraph) {
        int at = TEXT.split("\n\n")[0].length();
        EventSource source = new EventSource("hash7", OptionalLong.empty(), "src-" + id, paragraph,
                new TextSpan(at, at + 5), new TextSpan(at, at + 5), new TextSpan(at, at + 2), "10日", "");
        return new Event(id, TimeValue.day(day), label, actors, "", category, List.of(source), List.of(), false);
    }
}
