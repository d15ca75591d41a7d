package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorAlias;
import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.Sentence;
import app.nenpyo.ingest.DocumentReader;
import app.nenpyo.temporal.DateFinder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo sample, read as import reads it (the file name dates it 2022-01-11), against
 * {@code kazakhstan-ukraine-2022-01-11.expected.tsv} beside it, and against the facts that
 * shared/samples/README.md lists (checked one by one below, so a regenerated golden file cannot
 * silently drift from them). Regenerate with {@code -Dgolden.update=true}, then read every line.
 */
class SampleGoldenTest {

    private static final String NAME = "kazakhstan-ukraine-2022-01-11";
    private static AnalyzedDocument doc;
    private static List<Event> events;

    @BeforeAll
    static void extract() throws URISyntaxException {
        Path file = Path.of(SampleGoldenTest.class.getResource("/events/" + NAME + ".txt").toURI());
        doc = new DocumentReader().read(file).documents().get(0);
        assertEquals(LocalDate.of(2022, 1, 11), doc.date().date());
        var mentions = new DateFinder().find(doc.text(), doc.date().date(),
                doc.sentences().stream().map(Sentence::span).toList());
        events = new EventPipeline().extract(List.of(DocumentInput.of(doc, mentions)));
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        String actual = Articles.tsv(events, Map.of(DocumentInput.contentKey(doc.text()), doc.text()), Map.of());
        Path golden = Path.of("src/test/resources/events/" + NAME + ".expected.tsv");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Articles.resource(NAME + ".expected.tsv"), actual);
    }

    @Test
    void aboutADozenEventsFromTheSecondOfJanuaryToTheFourthOfFebruary() {
        assertEquals(12, events.size());
        assertEquals(LocalDate.of(2022, 1, 2), events.get(0).time().start());
        assertEquals(LocalDate.of(2022, 2, 4), events.get(events.size() - 1).time().end());
        assertTrue(events.stream().noneMatch(Event::background));
    }

    @Test
    void theSameHappeningReportedTwiceOrThriceIsOneEvent() {
        assertEquals(List.of(2, 16), paragraphs(eventWith(2)));
        assertEquals(List.of(11, 22), paragraphs(eventWith(11)));
        assertEquals(List.of(26, 30, 31), paragraphs(eventWith(26)));
        assertEquals("2022-01-10", eventWith(26).time().format());
        assertFalse(eventWith(26).mergeReasons().isEmpty());
    }

    @Test
    void differentHappeningsOnTheSameDayStayApart() {
        for (int p : List.of(17, 20, 22, 26)) {
            assertEquals("2022-01-10", eventWith(p).time().format());
        }
        assertEquals(4, List.of(17, 20, 22, 26).stream().map(p -> eventWith(p).id()).distinct().count());
        assertEquals("2022-01-09", eventWith(34).time().format());
        assertEquals(List.of(34), paragraphs(eventWith(34)));
    }

    @Test
    void theSecondDateOfParagraphThirtyIsItsOwnEvent() {
        List<Event> withThirty = events.stream().filter(e -> paragraphs(e).contains(30)).toList();
        assertEquals(2, withThirty.size());
        assertEquals("2022-01-09", withThirty.get(0).time().format());
        assertEquals(List.of(30), paragraphs(withThirty.get(0)));
    }

    @Test
    void lastWeekIsAWeekNotAPoint() {
        Event week = eventWith(13);
        assertEquals(LocalDate.of(2022, 1, 3), week.time().start());
        assertEquals(LocalDate.of(2022, 1, 9), week.time().end());
        assertEquals("2022-W01", week.time().format());
    }

    @Test
    void countsNeverBecomeDates() {
        for (Event e : events) {
            for (EventSource s : e.sources()) {
                assertFalse(s.expressionText().matches(".*(5800|164|8000|10万).*"), s.expressionText());
            }
        }
    }

    @Test
    void actorsWrittenInSeveralWaysAreOneActor() {
        assertAliases("カザフスタン", "カザフ");
        assertAliases("米国", "アメリカ", "米");
        assertAliases("王毅", "王外相", "王毅外相");
        assertAliases("リャブコフ", "リャプコフ外務次官");
        Actor wang = actor("王毅").orElseThrow();
        assertEquals("国務委員兼外相", wang.title());
        assertEquals("中国", wang.country());
        Actor tokayev = actor("トカエフ").orElseThrow();
        assertEquals("大統領", tokayev.title());
        assertEquals("カザフスタン", tokayev.country());
    }

    @Test
    void labelsSayWhoDidWhat() {
        assertEquals("王毅国務委員兼外相が協力強化に意欲を示す", eventWith(11).label());
        assertEquals("米露協議がジュネーブで開始", eventWith(26).label());
        assertEquals("内務省が8000人拘束と発表", eventWith(17).label());
        assertTrue(events.stream().allMatch(e -> e.label().length() <= Label.MAX_LENGTH));
    }

    private static void assertAliases(String name, String... aliases) {
        Actor a = actor(name).orElseThrow(() -> new AssertionError("no actor " + name));
        List<String> surfaces = a.aliases().stream().map(ActorAlias::surface).toList();
        for (String alias : aliases) {
            assertTrue(surfaces.contains(alias), name + " lacks alias " + alias + ": " + surfaces);
        }
        a.aliases().forEach(al -> assertFalse(al.reason().isBlank(), "alias without reason: " + al));
    }

    private static Optional<Actor> actor(String name) {
        return events.stream().flatMap(e -> e.actors().stream()).filter(a -> a.name().equals(name)).findFirst();
    }

    private static Event eventWith(int paragraph) {
        return events.stream().filter(e -> paragraphs(e).contains(paragraph)).findFirst()
                .orElseThrow(() -> new AssertionError("no event from ¶" + paragraph));
    }

    private static List<Integer> paragraphs(Event e) {
        return e.sources().stream().map(EventSource::paragraph).toList();
    }
}
