package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every line of temporal's challenge set (hundreds of date expressions in odd sentences) goes
 * through the whole pipeline without an exception, and every label stays short.
 */
class RobustnessTest {

    @Test
    void theTemporalChallengeSetNeverBreaksExtraction() throws Exception {
        String text;
        try (var in = RobustnessTest.class.getResourceAsStream("/temporal/challenge/challenge.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<DocumentInput> docs = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                docs.add(Articles.article(line, LocalDate.of(2022, 6, 15)));
            }
        }
        List<Event> events = new EventPipeline().extract(docs);
        assertTrue(events.size() > 50, "events: " + events.size());
        assertTrue(events.stream().allMatch(e -> !e.label().isBlank() && e.label().length() <= Label.MAX_LENGTH));
    }
}
