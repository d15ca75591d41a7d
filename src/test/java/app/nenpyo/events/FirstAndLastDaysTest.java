package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening of several days told by its days and, in another article, by its opening on the first
 * of them or its closing on the last, is one event that keeps the days ({@link FirstAndLastDays}); an
 * opening or closing of another happening, or on another day, stays apart. Sentences written for
 * this test, in the style of the news.
 */
class FirstAndLastDaysTest {

    private static List<Event> articles(Object... dateAndText) {
        List<DocumentInput> docs = new java.util.ArrayList<>();
        for (int i = 0; i < dateAndText.length; i += 2) {
            docs.add(Articles.article((String) dateAndText[i + 1], (LocalDate) dateAndText[i]));
        }
        return new EventPipeline().extract(docs);
    }

    private static Event holding(List<Event> events, String sentencePart) {
        return events.stream().filter(e -> e.label().contains(sentencePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no label with " + sentencePart + " in " + events.stream().map(Event::label).toList()));
    }

    @Test
    void aClosingOnTheLastDayJoinsTheDaysItCloses() {
        List<Event> events = articles(
                LocalDate.of(2023, 7, 20), "全国高校総体の陸上競技は8月3～7日に北海道札幌市で開かれる。\n",
                LocalDate.of(2023, 8, 8), "北海道札幌市で開かれていた全国高校総体の陸上競技は7日、5日間の日程を終えて閉幕した。\n");

        assertEquals(1, events.size(), events.stream().map(Event::label).toList().toString());
        Event meeting = events.get(0);
        assertEquals(LocalDate.of(2023, 8, 3), meeting.time().start());
        assertEquals(LocalDate.of(2023, 8, 7), meeting.time().end());
        assertEquals(2, meeting.sources().size());
        String reasons = String.join(" | ", meeting.mergeReasons());
        assertTrue(reasons.contains("told as its last day 2023-08-07"), reasons);
    }

    @Test
    void anOpeningOnTheFirstDayJoinsAndAClosingBeforeTheLastDayDoesNot() {
        List<Event> events = articles(
                LocalDate.of(2023, 8, 1), "国際会議は10～12日に京都市で開かれる。\n",
                LocalDate.of(2023, 8, 10), "京都市の国際会議が10日、開幕した。\n",
                LocalDate.of(2023, 8, 11), "京都市で開かれていた国際会議は11日、閉幕した。\n");

        Event conference = events.stream().filter(e -> e.time().end().equals(LocalDate.of(2023, 8, 12))).findFirst().orElseThrow();
        assertEquals(2, conference.sources().size(), String.join(" | ", conference.mergeReasons()));
        assertTrue(String.join(" | ", conference.mergeReasons()).contains("told as its first day 2023-08-10"));
        Event closedEarly = holding(events, "閉幕");
        assertNotEquals(conference.id(), closedEarly.id(), "a closing on the 11th closes no happening of the 10th to the 12th");
    }

    @Test
    void anotherHappeningsClosingOnTheLastDayStaysApart() {
        List<Event> events = articles(
                LocalDate.of(2023, 8, 1), "国際会議は10～12日に京都市で開かれる。\n",
                LocalDate.of(2023, 8, 13), "東京都議会の定例会は12日、閉会した。\n");

        assertEquals(2, events.size(), events.stream().map(Event::label).toList().toString());
    }
}
