package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.service.UnreadDocument;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineItem;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {
    private static final String TEXT = "米ロ協議\n\n米ロは10日、ジュネーブで協議した。\n\n中国の王毅外相は9日、訪問した。";

    private final InMemoryProject project = new InMemoryProject();
    private final WindowViewModel window = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
    private final TimelineViewModel timeline = window.timeline();

    @BeforeEach
    void events() {
        project.add(7, "米ロ協議の記事", TEXT, InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        int p2 = TEXT.indexOf("米ロは10日");
        int p3 = TEXT.indexOf("中国の王毅");
        project.addEvent(event("ev-a", LocalDate.of(2022, 1, 10), "ジュネーブで米ロ協議", EventCategory.MEETING,
                List.of(country("ロシア"), country("米国")), "ジュネーブ", false, source(2, p2 + 3, "10日", p2)));
        project.addEvent(event("ev-b", LocalDate.of(2022, 1, 9), "王毅外相が訪問", EventCategory.STATEMENT,
                List.of(country("中国"), new Actor("person:王毅", "王毅", ActorKind.PERSON, "外相", "中国", List.of())), "",
                false, source(3, p3 + 7, "9日", p3)));
        project.addEvent(event("ev-c", LocalDate.of(2021, 12, 1), "過去の経緯", EventCategory.OTHER, List.of(), "", true,
                source(3, p3 + 7, "9日", p3)));
        window.load();
        timeline.viewWidth(800);
    }

    /** An exploratory test saw 1 January 1970 on the axis of a new project. */
    @Test
    void theReaderMarksACarriedDatesSentenceToo() {
        // 初公判は20日、開かれた。被告は無罪を主張した。: the plea dated by 20日 in the sentence before (decision 0042)
        EventSource plea = new EventSource("k", OptionalLong.of(1), "ev-1", 1, new TextSpan(13, 24), new TextSpan(13, 24),
                new TextSpan(4, 7), "20日", "");
        assertEquals(List.of(new TextSpan(4, 7), new TextSpan(13, 24)), plea.marks());
        EventSource opening = new EventSource("k", OptionalLong.of(1), "ev-2", 1, new TextSpan(0, 13), new TextSpan(0, 13),
                new TextSpan(4, 7), "20日", "");
        assertEquals(List.of(new TextSpan(4, 7)), opening.marks(), "a date of its own sentence: the date alone");
        EventSource added = new EventSource("k", OptionalLong.of(1), "ev-3", 1, new TextSpan(13, 24), new TextSpan(15, 23),
                new TextSpan(15, 15), "", "");
        assertEquals(List.of(new TextSpan(15, 23)), added.marks(), "a report the analyst added: the clause added");
    }

    @Test
    void aProjectWithoutEventsShowsTheCurrentMonth() {
        WindowViewModel empty = new WindowViewModel(new InMemoryProject(), new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        empty.load();
        empty.timeline().viewWidth(800);
        empty.timeline().fitAll();

        TimeScale scale = empty.timeline().scaleProperty().get();
        LocalDate month = LocalDate.now(scale.zone()).withDayOfMonth(1);
        assertEquals(TimeScale.of(month, month.plusMonths(1), 800, scale.zone()), scale);
    }

    @Test
    void turnsEventsIntoItemsAndLeavesBackgroundOut() {
        List<TimelineItem> items = timeline.itemsProperty().get();
        assertEquals(2, items.size(), "the background event is not on the timeline");
        assertEquals(2, timeline.events().size());
        TimelineItem geneva = items.get(0);
        assertEquals(0, geneva.id(), "the id is the event's position");
        assertEquals("ジュネーブで米ロ協議", geneva.label());
        assertEquals("meeting", geneva.category());
        assertEquals(1, geneva.sourceCount());
        assertTrue(geneva.isPoint());
        assertEquals(2, timeline.indexProperty().get().size());
        assertFalse(timeline.laneSpecProperty().get().grouped(), "no lanes at first");
    }

    @Test
    void saysWhenTheEventsShownCouldNotBeBroughtUpToDate() {
        assertEquals("", timeline.errorProperty().get());

        project.eventsBehind("p.nenpyo: disk I/O error");
        timeline.refresh();

        assertEquals("出来事を最新にできませんでした（p.nenpyo: disk I/O error）。表示は前回の状態です", timeline.errorProperty().get());
        assertEquals(2, timeline.itemsProperty().get().size(), "the events it has are shown");
        project.eventsBehind(null);
        timeline.refresh();
        assertEquals("", timeline.errorProperty().get());

        project.readingPutOff(true);
        timeline.refresh();
        assertEquals("文書の読み直しを後回しにしました。表示は前回の状態です（次に開くときか、出来事を変えるときに読み直します）", timeline.errorProperty().get());
        project.readingPutOff(false);
        timeline.refresh();
        assertEquals("", timeline.errorProperty().get());

        project.withEventsUnread(new UnreadDocument(7, "a.txt", "IllegalStateException: no clause"), new UnreadDocument(9, "b.txt", "x"));
        timeline.refresh();
        assertEquals("2件の文書の出来事を読めませんでした（最初は a.txt: IllegalStateException: no clause）。出来事を次に変えるときに読み直します",
                timeline.errorProperty().get());
        assertEquals(2, timeline.itemsProperty().get().size(), "the events it has are shown");
        project.withEventsUnread();
        timeline.refresh();
        assertEquals("", timeline.errorProperty().get());
    }

    @Test
    void fitsAllEventsIntoTheView() {
        TimeScale scale = timeline.scaleProperty().get();
        assertEquals(800, scale.width());
        for (TimelineItem item : timeline.itemsProperty().get()) {
            double x = scale.x(item.anchor());
            assertTrue(x >= 0 && x < 800, "visible: " + item.label() + " at " + x);
        }
        timeline.zoom(400, 2);
        assertTrue(timeline.scaleProperty().get().span() < scale.span());
        timeline.fitAll();
        assertEquals(scale.span(), timeline.scaleProperty().get().span(), 2);
    }

    @Test
    void laneKeysFollowTheLaneMode() {
        timeline.laneModeProperty().set(LaneMode.ACTOR);
        assertEquals(List.of("ロシア", "米国"), timeline.itemsProperty().get().get(0).laneKeys());
        assertEquals(List.of("中国", "王毅外相"), timeline.itemsProperty().get().get(1).laneKeys(), "people with their titles");
        assertTrue(timeline.laneSpecProperty().get().grouped());
        assertTrue(timeline.indexProperty().get().lanes().containsKey("ロシア"));

        timeline.laneModeProperty().set(LaneMode.PLACE);
        assertEquals(List.of("ジュネーブ"), timeline.itemsProperty().get().get(0).laneKeys());
        assertEquals(List.of(), timeline.itemsProperty().get().get(1).laneKeys(), "no place: その他");
        assertEquals("その他", timeline.laneSpecProperty().get().unassignedTitle());

        timeline.laneModeProperty().set(LaneMode.CATEGORY);
        assertEquals(List.of("会談"), timeline.itemsProperty().get().get(0).laneKeys());

        timeline.laneModeProperty().set(LaneMode.DOCUMENT);
        assertEquals(List.of("米ロ協議の記事"), timeline.itemsProperty().get().get(0).laneKeys());

        timeline.laneModeProperty().set(LaneMode.NONE);
        assertEquals(List.of(), timeline.itemsProperty().get().get(0).laneKeys());
    }

    @Test
    void selectingAnEventShowsItsSourcesAndOpensTheFirstInTheReader() {
        timeline.select(0L);
        assertEquals("ev-a", timeline.selectedEventProperty().get().id());
        assertEquals(1, timeline.sources().size());
        TimelineViewModel.SourceRef source = timeline.sources().get(0);
        assertEquals(7, source.documentId());
        assertEquals(2, source.paragraph());
        assertEquals("米ロ協議の記事", source.documentTitle());
        assertEquals("10日", source.expressionText());

        assertEquals(7, window.reader().documentIdProperty().get());
        assertEquals(2, window.reader().focusedParagraphProperty().get());
        ParagraphRow row = window.reader().paragraphs().get(window.reader().indexOf(2));
        assertEquals(List.of("10日"), row.text().runs().stream().filter(Highlighted.Run::hit).map(Highlighted.Run::text).toList(),
                "the date expression is marked");

        timeline.select(null);
        assertNull(timeline.selectedEventProperty().get());
        assertTrue(timeline.sources().isEmpty());
    }

    @Test
    void walksEventsInTimeAndDescribesThem() {
        timeline.selectNext(1);
        assertEquals("ev-b", timeline.selectedEventProperty().get().id(), "9 January comes first");
        timeline.selectNext(1);
        assertEquals("ev-a", timeline.selectedEventProperty().get().id());
        String hover = timeline.describe(0);
        assertTrue(hover.contains("ジュネーブで米ロ協議"), hover);
        assertTrue(hover.contains("2022年1月10日(月)"), hover);
        assertTrue(hover.contains("「10日」"), hover);
        assertTrue(hover.contains("出典 1 件"), hover);
    }

    @Test
    void keepsTheSelectionAcrossARefresh() {
        timeline.select(1L);
        timeline.refresh();
        assertEquals("ev-b", timeline.selectedEventProperty().get().id());
    }

    @Test
    void aRememberedViewReplacesFittingAllOnce() {
        TimelineViewModel fresh = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE)).timeline();
        long from = LocalDate.of(2022, 1, 9).atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        long to = from + TimeScale.DAY;
        fresh.restoreView(from, to);
        fresh.refresh();
        fresh.viewWidth(600);
        assertEquals(from, fresh.scaleProperty().get().start(), 60_000);
        assertEquals(to, fresh.scaleProperty().get().end(), 60_000);
        fresh.fitAll();
        assertTrue(fresh.scaleProperty().get().span() > 2 * TimeScale.DAY, "fitting all works as before");
    }

    @Test
    void zoomsToTheSelectionAndCentresOnAnInstant() {
        timeline.select(0L);
        timeline.zoomToSelection();
        TimeScale s = timeline.scaleProperty().get();
        long geneva = LocalDate.of(2022, 1, 10).atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        assertTrue(s.contains(geneva) && s.span() <= 10 * TimeScale.DAY, "a week or so around the event: " + s);
        timeline.centreOn(geneva);
        assertEquals(s.width() / 2, timeline.scaleProperty().get().x(geneva), 1);
    }

    /** The zoom keys and buttons keep the selected event where the eye is; without one in view, the middle stays. */
    @Test
    void aZoomStepKeepsTheSelectedEventWhereItIsDrawn() {
        long geneva = LocalDate.of(2022, 1, 10).atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        timeline.zoomTo(geneva - 20 * TimeScale.DAY, geneva + 4 * TimeScale.DAY);
        timeline.select(0L);
        long anchor = timeline.itemsProperty().get().stream().filter(item -> item.id() == 0).findFirst().orElseThrow().anchor();
        TimeScale before = timeline.scaleProperty().get();
        assertTrue(before.x(anchor) > before.width() * 0.7, "drawn near the right edge: " + before.x(anchor));

        timeline.zoomStep(2);
        TimeScale closer = timeline.scaleProperty().get();
        assertEquals(before.span() / 2.0, closer.span(), before.span() * 0.01);
        assertEquals(before.x(anchor), closer.x(anchor), 1, "the event where it was");
        timeline.zoomStep(0.5);
        assertEquals(before.x(anchor), timeline.scaleProperty().get().x(anchor), 1, "and back");

        timeline.centreOn(geneva + 90 * TimeScale.DAY);
        TimeScale away = timeline.scaleProperty().get();
        assertFalse(away.contains(anchor), "panned out of sight: " + away);
        timeline.zoomStep(2);
        TimeScale middle = timeline.scaleProperty().get();
        assertEquals(away.time(away.width() / 2), middle.time(middle.width() / 2), TimeScale.HOUR, "out of sight: about the middle");

        timeline.select(null);
        timeline.zoomTo(geneva - 20 * TimeScale.DAY, geneva + 4 * TimeScale.DAY);
        TimeScale none = timeline.scaleProperty().get();
        timeline.zoomStep(2);
        TimeScale noneCloser = timeline.scaleProperty().get();
        assertEquals(none.time(none.width() / 2), noneCloser.time(noneCloser.width() / 2), TimeScale.HOUR, "nothing selected: about the middle");
    }

    /**
     * A view that draws no event says which way they are, counted by where each is drawn: a day's
     * mark at its midday, so a view of the evening of the 9th has the 9th's event before it.
     */
    @Test
    void aViewThatDrawsNoEventSaysHowManyLieEachWayByWhereTheyAreDrawn() {
        long ninth = LocalDate.of(2022, 1, 9).atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        TimeScale after = new TimeScale(ninth + 5 * TimeScale.DAY, ninth + 9 * TimeScale.DAY, 800, TimeScale.TOKYO);
        assertEquals(new TimelineViewModel.EventsOutOfView(2, 0), timeline.eventsAround(after));
        TimeScale before = new TimeScale(ninth - 9 * TimeScale.DAY, ninth - 5 * TimeScale.DAY, 800, TimeScale.TOKYO);
        assertEquals(new TimelineViewModel.EventsOutOfView(0, 2), timeline.eventsAround(before));
        TimeScale evening = new TimeScale(ninth + 20 * TimeScale.HOUR, ninth + 22 * TimeScale.HOUR, 800, TimeScale.TOKYO);
        assertEquals(new TimelineViewModel.EventsOutOfView(1, 1), timeline.eventsAround(evening),
                "the 9th's mark, at midday, is before the evening; the 10th's after it");
    }

    /**
     * An exploratory test clicked a cluster of 55 events in a view of six days and was taken out to
     * thirteen months: the cluster spanned its members' whole lengths, a year-long one among them.
     * A second round saw a cluster's view miss the cluster. The view narrows to the time under it.
     */
    @Test
    void openingAClusterNarrowsTheViewToTheTimeUnderItAndNeverWidensIt() {
        long ninth = LocalDate.of(2022, 1, 9).atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        long tenth = LocalDate.of(2022, 1, 10).atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        timeline.zoomTo(ninth - 3 * TimeScale.DAY, tenth + 3 * TimeScale.DAY);
        TimeScale before = timeline.scaleProperty().get();
        double x0 = before.x(ninth);
        double x1 = before.x(tenth + TimeScale.DAY);

        timeline.zoomIntoCluster(x0, x1);

        TimeScale after = timeline.scaleProperty().get();
        assertTrue(after.span() <= before.span() / 2, "narrower: " + before + " → " + after);
        assertTrue(after.contains(ninth + TimeScale.HOUR) && after.contains(tenth + 23 * TimeScale.HOUR), "the time under it: " + after);

        TimeScale wide = timeline.scaleProperty().get();
        timeline.zoomIntoCluster(0, wide.width());
        TimeScale twice = timeline.scaleProperty().get();
        assertEquals(wide.span() / 2.0, twice.span(), wide.span() * 0.01, "a cluster as wide as the view: twice closer");
        assertEquals(wide.time(wide.width() / 2), twice.time(twice.width() / 2), TimeScale.HOUR, "about its middle");
    }

    /** An exploratory test filtered by a phrase and saw empty lanes: its two events lay outside the view. */
    @Test
    void aFilterThatLeavesNothingInViewShowsWhatItLetsThrough() {
        long ninth = LocalDate.of(2022, 1, 9).atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        long tenth = LocalDate.of(2022, 1, 10).atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        timeline.showRange(tenth + 2 * TimeScale.HOUR, tenth + 22 * TimeScale.HOUR);
        TimeScale onTheTenth = timeline.scaleProperty().get();

        onlyCategory("MEETING");
        assertEquals(onTheTenth, timeline.scaleProperty().get(), "the meeting of the 10th is in view: the view stays");

        onlyCategory("STATEMENT");
        TimeScale fitted = timeline.scaleProperty().get();
        assertTrue(fitted.contains(ninth + TimeScale.DAY / 2), "the visit of the 9th, out of view, is shown: " + fitted);

        timeline.showRange(tenth + 2 * TimeScale.HOUR, tenth + 22 * TimeScale.HOUR);
        window.filters().clear();
        assertEquals(onTheTenth, timeline.scaleProperty().get(), "no filter: the view is the analyst's");
    }

    private void onlyCategory(String key) {
        window.filters().categories().forEach(row -> row.chosenProperty().set(row.key().equals(key)));
    }

    @Test
    void enterOpensTheSelectedEventsSourceInTheReader() {
        timeline.select(0L);
        window.reader().open(7);
        timeline.openSelectedSource();
        assertEquals(2, window.reader().focusedParagraphProperty().get(), "the Geneva report is ¶2");
    }

    private static Actor country(String name) {
        return new Actor("country:" + name, name, ActorKind.COUNTRY, "", name, List.of());
    }

    private static EventSource source(int paragraph, int expressionStart, String expression, int sentenceStart) {
        return new EventSource("hash7", OptionalLong.empty(), "src-" + paragraph + "-" + expressionStart, paragraph,
                new TextSpan(sentenceStart, sentenceStart + 10), new TextSpan(sentenceStart, sentenceStart + 10),
                new TextSpan(expressionStart, expressionStart + expression.length()), expression, "");
    }

    private static Event event(String id, LocalDate day, String label, EventCategory category, List<Actor> actors,
                               String place, boolean background, EventSource source) {
        return new Event(id, TimeValue.day(day), label, actors, place, category, List.of(source), List.of(), background);
    }
}
