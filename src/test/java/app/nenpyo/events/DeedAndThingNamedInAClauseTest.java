package app.nenpyo.events;

import static app.nenpyo.events.Articles.reasons;
import static app.nenpyo.events.WiderPeriodsTest.holding;
import static app.nenpyo.events.WiderPeriodsTest.merged;
import static app.nenpyo.events.WiderPeriodsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening told in one article and named again in a later one by a clause after its date, its deed and its
 * thing among the clause's words ({@link Similarity#deedAndThingNamedInAClause}, decision 0043's addendum of
 * session 34). Sentences written for this test, none from the held-out sets; each near miss must stay apart.
 * Articles of 2022, read and merged as {@link WiderPeriodsTest} does.
 */
class DeedAndThingNamedInAClauseTest {

    private static final String REOPENING = "北浜市は1日、10年ぶりに市営プールの営業を再開した。\n";

    @Test
    void aHappeningNamedByARelativeClauseAfterItsDateJoinsTheReportOfIt() {
        List<Event> events = merged(read(REOPENING, 7, 1), read("今月1日に10年ぶりに再開した営業の最初の1週間を、地元紙の記事でたどる。\n", 7, 9));

        Event reopening = holding(events, "1日");
        assertEquals(reopening.id(), holding(events, "今月1日").id(), "one reopening: " + events);
        assertTrue(reasons(reopening).contains("same happening named in a clause 再開 営業"), reasons(reopening));
        assertTrue(reopening.label().contains("北浜市"), "the label of the report that says who reopened: " + reopening.label());
    }

    @Test
    void aBreachNamedByANounAfterItsDateJoinsTheBreach() {
        List<Event> events = merged(read("東川の左岸の堤防が10日未明、約30メートルにわたって決壊した。\n", 7, 10),
                read("県の調査委員会は20日、10日の堤防の決壊の原因を報告書にまとめた。\n", 7, 20));

        Event breach = holding(events, "10日未明");
        assertEquals(breach.id(), holding(events, "10日").id(), events.toString());
        assertTrue(reasons(breach).contains("same happening named in a clause 決壊 堤防"), reasons(breach));
    }

    /**
     * Another thing reopened that day stays apart. This holds the pair apart whatever rule would join it; it does not
     * reach the rule's need of the thing (with that need taken out, this pair and others tried, 市営プールの売店 among
     * them, still stay apart on their words), which set blind sets' merges apart when one word was asked.
     */
    @Test
    void anotherThingReopenedThatDayStaysApart() {
        // the same day and deed, but what reopened in the later article is a library, not the pool
        List<Event> events = merged(read(REOPENING, 7, 1), read("今月1日に10年ぶりに再開した図書館の最初の1週間を、地元紙の記事でたどる。\n", 7, 9));

        assertNotEquals(holding(events, "1日").id(), holding(events, "今月1日").id(), events.toString());
    }

    @Test
    void theSameDeedAndThingOfAnotherDayStayApart() {
        List<Event> events = merged(read(REOPENING, 7, 1), read("今月2日に10年ぶりに再開した営業の最初の1週間を、地元紙の記事でたどる。\n", 7, 9));

        assertNotEquals(holding(events, "1日").id(), holding(events, "今月2日").id(), events.toString());
    }

    @Test
    void anotherPlacesHappeningOfTheDayStaysApart() {
        // the recap names its own town's spa, the report another town's pool
        List<Event> events = merged(read(REOPENING, 7, 1),
                read("今月1日に10年ぶりに再開した南浜町営温泉の営業の最初の1週間を、写真でたどる。\n", 7, 9));

        assertNotEquals(holding(events, "1日").id(), holding(events, "今月1日").id(), events.toString());
    }
}
