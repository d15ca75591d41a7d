package app.nenpyo.events;

import static app.nenpyo.events.Articles.reasons;
import static app.nenpyo.events.WiderPeriodsTest.holding;
import static app.nenpyo.events.WiderPeriodsTest.merged;
import static app.nenpyo.events.WiderPeriodsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A happening told in one article by its deed and named in a later one by its word alone after its date
 * ({@link Similarity#happeningToldByItsWordAlone}, decision 0043's addendum of session 33), and a bill's passage
 * said in other words ({@link Paraphrases}: 衆院を通過 is its 可決, 可決、成立 its 成立). Sentences written for this
 * test, none from the held-out sets; each near miss must stay apart. Articles of 2022, read and merged as
 * {@link WiderPeriodsTest} does.
 */
class HappeningToldByItsWordAloneTest {

    private static final String DERAILMENT = "北洋鉄道の特急列車が12日午後、北浜駅の手前で脱線した。\n";

    @Test
    void aHappeningNamedByItsWordAloneAfterItsDateJoinsTheReportNamedByThatWord() {
        List<Event> events = merged(read(DERAILMENT, 6, 12), read("12日の脱線から1週間が過ぎても、運転再開のめどは立たない。\n", 6, 19));

        Event derailment = holding(events, "12日午後");
        assertEquals(derailment.id(), holding(events, "12日").id(), "one derailment: " + events);
        assertTrue(reasons(derailment).contains("same happening told by its word alone 脱線"), reasons(derailment));
        assertTrue(derailment.label().contains("北洋鉄道"), "the label of the report that says what derailed: " + derailment.label());
    }

    @Test
    void aWordAloneTheOtherDoesNotNameStaysApart() {
        // the same day and line, but what the later article names is a collision, not the derailment
        List<Event> events = merged(read(DERAILMENT, 6, 12), read("12日の衝突から1週間が過ぎても、運転再開のめどは立たない。\n", 6, 19));

        assertNotEquals(holding(events, "12日午後").id(), holding(events, "12日").id(), events.toString());
    }

    @Test
    void theWordAloneOfAnotherDayStaysApart() {
        List<Event> events = merged(read(DERAILMENT, 6, 12), read("13日の脱線から1週間が過ぎても、運転再開のめどは立たない。\n", 6, 19));

        assertNotEquals(holding(events, "12日午後").id(), holding(events, "13日").id(), events.toString());
    }

    @Test
    void whatWasDecidedOnTheOpeningDayStaysApartFromTheOpening() {
        // 開幕初日の10日 dates what was decided on the opening day: the conference's opening is another report. The
        // extractor labels the decision (基金の設立が決定), so this holds the pair apart whichever rule would join them;
        // the guard that an opening's word alone is no happening (FirstAndLastDays.namesAnEdge) is not reached here
        List<Event> events = merged(read("東洋環境会議が10日、北浜市で開幕した。\n", 6, 10),
                read("開幕初日の10日には、途上国を支える基金の設立が決まった。\n", 6, 20));

        assertEquals(2, events.size(), "the opening, and the fund decided on its first day: " + events);
    }

    @Test
    void aWordAloneIsAHappeningButNotAnOpeningsOrAClosings() {
        LocalDate day = LocalDate.of(2022, 6, 19);
        Report derailment = Articles.reports("12日の脱線から1週間が過ぎた。", day).get(0);
        Report opening = Articles.reports("10日の開幕から1週間が過ぎた。", day).get(0);
        assertEquals(List.of("脱線", "開幕"), List.of(derailment.label(), opening.label()), "labels of one word each");
        assertTrue(Similarity.toldByItsWordAlone(derailment, Optional.empty(), Optional.empty()));
        assertTrue(!Similarity.toldByItsWordAlone(opening, Optional.empty(), Optional.empty()),
                "開幕 names the first of some days, not a happening of its own");
    }

    @Test
    void aBillThatPassedTheLowerHouseIsTheBillItPassed() {
        assertEquals(List.of("可決"), Paraphrases.happeningsIn("法案が衆院を通過したのは先月30日で"));
        assertEquals(List.of("可決"), Paraphrases.happeningsIn("予算案は13日、参議院を通過した"));
        List<Event> events = merged(read("年金改革法案は30日、衆院本会議で賛成多数で可決された。\n", 5, 30),
                read("法案が衆院を通過したのは先月30日で、約2週間での成立となった。\n", 6, 14));

        Event passed = holding(events, "30日");
        assertEquals(passed.id(), holding(events, "先月30日").id(), events.toString());
        // the near misses: a typhoon, or a runner at a checkpoint, passes no bill
        assertEquals(List.of(), Paraphrases.happeningsIn("台風10号が13日、九州を通過した"));
        assertEquals(List.of(), Paraphrases.happeningsIn("先頭の選手が中継所を通過した"));
    }

    @Test
    void aBillPassedAndEnactedInOneBreathIsTheLawEnacted() {
        assertTrue(Paraphrases.happeningsIn("改正民法が参院本会議で賛成多数で可決、成立した").contains("成立"));
        assertTrue(Paraphrases.happeningsIn("改正法は可決され、成立した").contains("成立"));
        // the near misses: passed by one chamber and sent on, or an enactment hoped for, are no enactment
        assertEquals(List.of(), Paraphrases.happeningsIn("法案は衆院本会議で可決され、参院に送られた"));
        assertEquals(List.of(), Paraphrases.happeningsIn("政府は今国会での成立を目指す"));
    }
}
