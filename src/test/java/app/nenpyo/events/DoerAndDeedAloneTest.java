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

    /*
     * Session 40 (review rvM). A retelling in a group with the report it retells is not what a later report of its doer
     * matches by: it would fit the doer's other announcement of that day too, and make the two one event.
     */

    private static final String ALERT = "気象庁は8日、日向灘の地震を受けて、南海トラフ地震臨時情報を初めて発表した。\n";
    private static final String QUEUE = "気象庁の8日の発表を受け、近所のスーパーでは水を買い求める客が相次いだ。\n";
    private static final String FORECAST = "8日に気象庁が発表した3か月予報では、この秋は残暑が厳しくなる見込みだ。\n";

    @Test
    void aRetellingJoinsTheAnnouncementItRetells() {
        assertEquals(1, onThe8thOfAugust(merged(read(ALERT, 8, 8), read(QUEUE, 8, 12))).size());
    }

    @Test
    void theRetellingBringsNotTheDoersOtherAnnouncementOfThatDayIntoItsEvent() {
        List<Event> together = merged(read(ALERT, 8, 8), read(QUEUE, 8, 12), read(FORECAST, 8, 13));
        List<Event> apart = merged(read(ALERT, 8, 8), read(FORECAST, 8, 13));
        assertEquals(onThe8thOfAugust(apart).size(), onThe8thOfAugust(together).size(), together.toString());
        assertEquals(2, holding(together, "8日").sources().size(), together.toString());
    }

    /** The events of 8 August, the day of the agency's deeds. */
    private static List<Event> onThe8thOfAugust(List<Event> events) {
        return events.stream().filter(e -> e.time().equals(TimeValue.day(LocalDate.of(2022, 8, 8)))).toList();
    }

    /**
     * A near miss of the check that the other names every body the retelling names: of its category and day, saying
     * 発表, with no subject, and sharing the place with it (a key), so that only that check keeps them apart.
     */
    private static final String LOOK_BACK_IN_OSAKA = "国土交通省の8日の発表から10日余り、大阪府の自治体は補修の予算づくりを急いでいる。\n";

    @Test
    void anAnnouncementWithoutASubjectNamingAnotherBodyStaysApart() {
        List<Event> events = merged(read("大阪府では8日、文部科学省の調査で、校舎の補修が必要な学校が約300校にのぼると発表された。\n", 3, 8),
                read(LOOK_BACK_IN_OSAKA, 3, 19));
        assertEquals(2, onThe8th(events).size(), events.toString());
    }

    /** The ministry's approval that day: an announcement by its category, but no 発表, the retelling's deed. */
    @Test
    void theBodysAnnouncementOfThatDayWithoutTheWordStaysApart() {
        List<Event> events = merged(read("国土交通省は8日、北浜鉄道の運賃の値上げを承認した。\n", 3, 8), read(LOOK_BACK, 3, 19));
        assertEquals(2, onThe8th(events).size(), events.toString());
    }

    /*
     * An announcement named by what was announced: the word must end a noun of the other's label, or be followed by a
     * deed naming nothing alone (自主回収開始); inside a longer noun (合格基準, 上場廃止, 辞任否定) it names another thing.
     */

    /** Read first, the retelling is found by the company's report all the same. */
    @Test
    void readBeforeTheAnnouncementTheRetellingNamingWhatWasAnnouncedJoinsIt() {
        List<Event> events = merged(read("3月22日の回収発表から1か月がたち、売り場にギョーザが戻ってきた。\n", 4, 25), read(RECALL, 3, 22));
        assertEquals(holding(events, "22日").id(), holding(events, "3月22日").id(), events.toString());
    }

    @Test
    void theWordEndingANounOfTheLabelJoins() {
        List<Event> events = merged(read("東雲電鉄は22日、東京証券取引所への上場を発表した。\n", 3, 22),
                read("3月22日の上場発表から1か月がたち、株価は2倍になった。\n", 4, 25));
        assertEquals(holding(events, "22日").id(), holding(events, "3月22日").id(), events.toString());
    }

    @Test
    void theWordInsideAnotherNounOfTheLabelStaysApart() {
        List<Event> delisting = merged(read("東雲電鉄は22日、東京証券取引所への上場を廃止すると発表した。\n", 3, 22),
                read("3月22日の上場発表から1か月がたち、株価は2倍になった。\n", 4, 25));
        assertEquals(2, delisting.size(), delisting.toString());
        List<Event> passMark = merged(read("文部科学省は10日、大学入試の合格基準を見直す方針を発表した。\n", 3, 10),
                read("10日の合格発表から1週間、受験生たちは入学の準備に追われている。\n", 3, 17));
        assertEquals(2, passMark.size(), passMark.toString());
        List<Event> denial = merged(read("北浜県の山田知事は3日、記者会見で辞任を否定すると表明した。\n", 3, 3),
                read("3日の辞任表明から1週間、後任選びが本格化している。\n", 3, 10));
        assertEquals(2, denial.size(), denial.toString());
    }

    /** Two retellings name the recall 回収発表; the event keeps the company's own label, whose deed they name. */
    @Test
    void theRecallIsLabelledByTheCompanysReportNotByTheRetellingsName() {
        List<Event> events = merged(read(RECALL, 3, 22), read("3月22日の回収発表から1か月がたち、売り場にギョーザが戻ってきた。\n", 4, 25),
                read("3月22日の回収発表以降、同社の株価は下がり続けている。\n", 5, 1));
        Event recall = holding(events, "22日");
        assertEquals(3, recall.sources().size(), events.toString());
        assertTrue(recall.label().contains("自主回収"), recall.label());
    }
}
