package app.nenpyo.events;

import static app.nenpyo.events.Articles.reasons;
import static app.nenpyo.events.WiderPeriodsTest.holding;
import static app.nenpyo.events.WiderPeriodsTest.merged;
import static app.nenpyo.events.WiderPeriodsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body's deed of a day retold by a later writer with the doer and a deed naming nothing alone ({@link DoerAndDeedAlone},
 * {@link Similarity#doerAndDeedAlone}), and an announcement named by what was announced before 発表
 * ({@code Similarity#sameDeedOfTheWordIn}); decision 0043's addendum of session 39. Sentences written for this test,
 * none from the held-out sets; each near miss must stay apart. Articles of 2022, read and merged as
 * {@link WiderPeriodsTest} does.
 */
class DoerAndDeedAloneTest {

    /** The ministry's announcement of the day. */
    private static final String SURVEY = "国土交通省は8日、全国の主要な橋の点検結果をまとめ、約600か所で補修が必要だと発表した。\n";
    /** A columnist's look back, naming the announcement by the ministry and the deed alone. */
    private static final String LOOK_BACK = "国土交通省の8日の発表から10日余り、各地の自治体は補修の予算づくりを急いでいる。\n";

    @Test
    void aRetellingByTheDoerAndTheDeedJoinsTheDoersDeedOfThatDayAndSaysWhy() {
        List<Event> events = merged(read(SURVEY, 3, 8), read(LOOK_BACK, 3, 19));
        Event survey = holding(events, "8日");
        assertEquals(1, onThe8th(events).size(), "one announcement: " + events);
        assertTrue(reasons(survey).contains("same doer's deed told by the doer alone 国土交通省"), reasons(survey));
    }

    @Test
    void readBeforeTheDoersOwnReportItJoinsItAllTheSame() {
        List<Event> events = merged(read(LOOK_BACK, 3, 19), read(SURVEY, 3, 8));
        assertEquals(1, onThe8th(events).size(), events.toString());
    }

    @Test
    void anotherBodysAnnouncementOfThatDayStaysApart() {
        List<Event> events = merged(read(SURVEY, 3, 8), read(LOOK_BACK.replace("国土交通省", "文部科学省"), 3, 19));
        assertEquals(2, onThe8th(events).size(), events.toString());
    }

    @Test
    void theBodysDeedOfAnotherKindStaysApart() {
        List<Event> events = merged(read("国土交通省は8日、全国の主要な橋の補修について有識者の会議を開いた。\n", 3, 8),
                read(LOOK_BACK, 3, 19));
        assertEquals(2, onThe8th(events).size(), events.toString());
    }

    @Test
    void anotherDoersAnnouncementNamingTheBodyStaysApart() {
        List<Event> events = merged(read("経団連は8日、国土交通省の点検結果を受けて、橋の補修を急ぐよう求める提言を発表した。\n", 3, 8),
                read(LOOK_BACK, 3, 19));
        assertEquals(2, onThe8th(events).size(), events.toString());
    }

    /**
     * The ministry's two reports of the day join by their subject; the retelling names the deed of the second, whose
     * label the event takes: the deed two of its reports say (EventMerger#headline).
     */
    @Test
    void theEventIsLabelledByTheReportOfTheDeedTheRetellingNames() {
        List<Event> events = merged(read("国土交通省は8日、全国の主要な橋の点検結果をまとめた。\n", 3, 8),
                read("国土交通省は8日、約600か所の橋で補修が必要だと発表した。\n", 3, 9), read(LOOK_BACK, 3, 19));
        List<Event> day = onThe8th(events);
        assertEquals(1, day.size(), events.toString());
        assertTrue(day.get(0).label().contains("発表"), day.get(0).label());
    }

    /** The events of 8 March, the day of the ministry's deed. */
    private static List<Event> onThe8th(List<Event> events) {
        return events.stream().filter(e -> e.time().equals(TimeValue.day(LocalDate.of(2022, 3, 8)))).toList();
    }

    /** A company's recall, and a later article naming the announcement by what was announced. */
    private static final String RECALL = "東雲食品は22日、異物が混入したおそれがあるとして、冷凍ギョーザ4万袋の自主回収を始めると発表した。\n";

    @Test
    void anAnnouncementNamedByWhatWasAnnouncedJoinsIt() {
        List<Event> events = merged(read(RECALL, 3, 22), read("3月22日の回収発表から1か月がたち、売り場にギョーザが戻ってきた。\n", 4, 25));
        Event recall = holding(events, "22日");
        assertEquals(recall.id(), holding(events, "3月22日").id(), "one announcement: " + events);
        assertTrue(reasons(recall).contains("same happening named before a generic deed 回収 (発表)"), reasons(recall));
    }

    @Test
    void theSameWordBeforeAnotherDeedStaysApart() {
        List<Event> events = merged(read("東雲食品は22日、冷凍ギョーザ4万袋の回収を始めた。\n", 3, 22),
                read("3月22日の回収発表から1か月がたち、売り場にギョーザが戻ってきた。\n", 4, 25));
        assertNotEquals(holding(events, "22日").id(), holding(events, "3月22日").id(), events.toString());
    }
}
