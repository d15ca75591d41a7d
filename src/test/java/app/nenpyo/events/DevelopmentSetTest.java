package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorAlias;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the pipeline on the SYNTHETIC development set in src/test/resources/events/synthetic
 * (three short articles written for this test, not real news; see the README there).
 *
 * <p>An expected event is found when one foreground event has a source in one of its articles
 * and one of its expected actors. Figures, printed and bounded below:
 * <ul>
 *   <li>recall: expected events found;</li>
 *   <li>precision: foreground events that are some expected event;</li>
 *   <li>date accuracy: found events whose date is the expected one;</li>
 *   <li>merge accuracy: found events whose sources come from exactly the expected articles;</li>
 *   <li>actor quality: expected actors present in the found events (by name or alias);</li>
 *   <li>label quality: found events whose label holds the expected word.</li>
 * </ul>
 */
class DevelopmentSetTest {

    private static final LocalDate DATE = LocalDate.of(2023, 4, 19);
    private static final Map<String, String> FILES = Map.of("a", "a-nhk-style.txt", "b", "b-wire-style.txt",
            "c", "c-short-items.txt");

    private record Expected(String date, Set<String> documents, List<String> actors, String labelWords, String note) {
    }

    private static List<Event> events;
    private static final Map<String, String> documentOfKey = new HashMap<>();
    private static final List<Expected> expected = new ArrayList<>();

    @BeforeAll
    static void extract() throws IOException {
        List<DocumentInput> inputs = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (String name : List.of("a", "b", "c")) {
            DocumentInput in = Articles.article(Articles.resource("synthetic/" + FILES.get(name)), DATE);
            inputs.add(in);
            documentOfKey.put(in.documentKey(), name);
            texts.put(in.documentKey(), in.document().text());
        }
        events = new EventPipeline().extract(inputs);
        for (String line : Articles.resource("synthetic/expected.tsv").lines().skip(1).toList()) {
            String[] f = line.split("\t");
            expected.add(new Expected(f[0], Set.of(f[1].split(";")), List.of(f[2].split(";")), f[3], f[4]));
        }
        System.out.println("SYNTHETIC development set, extracted:\n" + Articles.tsv(events, texts, documentOfKey));
    }

    @Test
    void scores() {
        int found = 0;
        int rightDate = 0;
        int rightMerge = 0;
        int rightLabel = 0;
        int actorsExpected = 0;
        int actorsFound = 0;
        Set<Event> matched = new HashSet<>();
        for (Expected x : expected) {
            Event e = match(x);
            if (e == null) {
                System.out.println("missed: " + x.note());
                continue;
            }
            matched.add(e);
            found++;
            rightDate += e.time().format().equals(x.date()) ? 1 : 0;
            Set<String> docs = new HashSet<>();
            e.sources().forEach(s -> docs.add(documentOfKey.get(s.documentKey())));
            rightMerge += docs.equals(x.documents()) ? 1 : 0;
            rightLabel += List.of(x.labelWords().split("\\|")).stream().anyMatch(e.label()::contains) ? 1 : 0;
            for (String actor : x.actors()) {
                actorsExpected++;
                actorsFound += hasActor(e, actor) ? 1 : 0;
            }
        }
        long foreground = events.stream().filter(e -> !e.background()).count();
        double recall = (double) found / expected.size();
        double precision = (double) matched.size() / foreground;
        System.out.printf("SYNTHETIC development set: %d expected, %d foreground events; recall %.2f, precision %.2f, "
                        + "date accuracy %.2f, merge accuracy %.2f, actor quality %.2f, label quality %.2f%n",
                expected.size(), foreground, recall, precision, ratio(rightDate, found), ratio(rightMerge, found),
                ratio(actorsFound, actorsExpected), ratio(rightLabel, found));
        assertTrue(recall >= 0.8, "recall " + recall);
        assertTrue(precision >= 0.7, "precision " + precision);
        assertTrue(ratio(rightDate, found) >= 0.9, "date accuracy");
        assertTrue(ratio(rightMerge, found) >= 0.6, "merge accuracy");
        assertTrue(ratio(actorsFound, actorsExpected) >= 0.6, "actor quality");
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static Event match(Expected x) {
        for (Event e : events) {
            if (e.background()) {
                continue;
            }
            boolean inDocs = e.sources().stream().map(EventSource::documentKey).map(documentOfKey::get)
                    .anyMatch(x.documents()::contains);
            if (inDocs && x.actors().stream().anyMatch(a -> hasActor(e, a)) && e.time().format().equals(x.date())) {
                return e;
            }
        }
        for (Event e : events) {
            boolean inDocs = e.sources().stream().map(EventSource::documentKey).map(documentOfKey::get)
                    .anyMatch(x.documents()::contains);
            if (!e.background() && inDocs && x.actors().stream().anyMatch(a -> hasActor(e, a))
                    && List.of(x.labelWords().split("\\|")).stream().anyMatch(e.label()::contains)) {
                return e;
            }
        }
        return null;
    }

    private static boolean hasActor(Event e, String name) {
        for (Actor a : e.actors()) {
            if (a.name().equals(name) || a.displayName().equals(name)
                    || a.aliases().stream().map(ActorAlias::surface).anyMatch(name::equals)) {
                return true;
            }
        }
        return false;
    }
}
