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
 * One happening of a day told by two writers who name the body it concerns, neither as the subject, in much the
 * same words but no shared word naming it ({@link Similarity#oneDoerOfOneKindOfDeedInTwoDocuments}, decision
 * 0043's addendum of session 32). Sentences written for this test, none from the held-out sets; each near miss must
 * stay apart. Articles of 2022, read and merged as {@link WiderPeriodsTest} does.
 */
class OneBodyInTwoWritersWordsTest {

    /** The university's correction, told by its figures. */
    private static final String FIGURES = "東雲大学（東雲市）は16日、入学試験の採点に誤りがあり、受験生8人を追加で合格にしたと発表した。\n";
    /** The same correction, told by another paper in fewer words and none of the first's words naming it. */
    private static final String MISTAKE = "東雲大学（東雲市）で16日午後、入試の採点ミスと追加合格者の発表があった。\n";

    @Test
    void twoWritersTellingOneBodysDayInMuchTheSameWordsAreOneEventThatSaysWhy() {
        List<Event> events = merged(read(FIGURES, 3, 17), read(MISTAKE, 3, 18));
        Event correction = holding(events, "16日");
        assertEquals(correction.id(), holding(events, "16日午後").id(), "one correction: " + events);
        assertTrue(reasons(correction).contains("same actor 東雲大学 in much the same words"), reasons(correction));
    }

    @Test
    void theSameBodysOtherDeedOfThatDayStaysApart() {
        List<Event> events = merged(read(FIGURES, 3, 17), read("東雲大学（東雲市）で16日午後、新しい学長の選出と就任式の日程の発表があった。\n", 3, 18));
        assertNotEquals(holding(events, "16日").id(), holding(events, "16日午後").id(), events.toString());
    }

    @Test
    void anotherBodysSameDeedStaysApart() {
        List<Event> events = merged(read(FIGURES, 3, 17), read(MISTAKE.replace("東雲大学（東雲市）", "白浜工業大学（白浜市）"), 3, 18));
        assertNotEquals(holding(events, "16日").id(), holding(events, "16日午後").id(), events.toString());
    }

    @Test
    void oneWritersTwoSentencesOfThatDayStayApart() {
        List<Event> events = merged(read(FIGURES + MISTAKE, 3, 17));
        assertNotEquals(holding(events, "16日").id(), holding(events, "16日午後").id(), events.toString());
    }
}
