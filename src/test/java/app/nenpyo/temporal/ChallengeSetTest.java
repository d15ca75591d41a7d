package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the finder on the SYNTHETIC challenge set (src/test/resources/temporal/challenge/, written
 * by the developer in news style, not real articles: see its README) and fails below the level
 * reached, as a regression floor.
 *
 * <p>Recall: gold expressions found with exactly their span. Precision: found date mentions
 * (durations excluded) that are gold. Value accuracy: gold expressions found with exactly their
 * value (the "found with the right value").
 */
class ChallengeSetTest {
    private static final double RECALL_FLOOR = 0.95;
    private static final double PRECISION_FLOOR = 0.95;
    private static final double VALUE_FLOOR = 0.95;

    record Doc(LocalDate date, String text) {
    }

    record Gold(int doc, String text, String value) {
    }

    static List<Doc> docs() throws IOException {
        List<Doc> docs = new ArrayList<>();
        LocalDate date = null;
        StringBuilder text = new StringBuilder();
        for (String line : SampleGoldenTest.resource("challenge/challenge.txt").split("\n", -1)) {
            if (line.startsWith("#doc ")) {
                if (date != null) {
                    docs.add(new Doc(date, text.toString()));
                }
                date = LocalDate.parse(line.substring(5).trim());
                text.setLength(0);
            } else if (date != null) {
                text.append(line).append('\n');
            }
        }
        if (date != null) {
            docs.add(new Doc(date, text.toString()));
        }
        return docs;
    }

    static List<Gold> gold() throws IOException {
        return SampleGoldenTest.resource("challenge/challenge.tsv").lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1)).map(f -> new Gold(Integer.parseInt(f[0]), f[1], f[2])).toList();
    }

    @Test
    void scoresAboveTheFloor() throws IOException {
        List<Doc> docs = docs();
        DateFinder finder = new DateFinder();
        int goldCount = 0;
        int found = 0;
        int rightValue = 0;
        int predicted = 0;
        List<String> misses = new ArrayList<>();
        Map<Integer, List<Gold>> byDoc = new HashMap<>();
        for (Gold g : gold()) {
            byDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
        }
        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            List<DateMention> mentions = finder.find(doc.text(), doc.date()).stream()
                    .filter(m -> m.kind() != DateMention.Kind.DURATION).toList();
            predicted += mentions.size();
            int from = 0;
            List<DateMention> matched = new ArrayList<>();
            for (Gold g : byDoc.getOrDefault(d + 1, List.of())) {
                goldCount++;
                int at = doc.text().indexOf(g.text(), from);
                assertTrue(at >= 0, "gold expression not in its document: " + g);
                from = at + g.text().length();
                DateMention hit = mentions.stream()
                        .filter(m -> m.span().start() == at && m.span().end() == at + g.text().length()).findFirst()
                        .orElse(null);
                if (hit == null) {
                    misses.add("missed " + g);
                    continue;
                }
                matched.add(hit);
                found++;
                if (hit.formattedValue().equals(g.value())) {
                    rightValue++;
                } else {
                    misses.add("value " + g + " got " + hit.formattedValue());
                }
            }
            for (DateMention m : mentions) {
                if (!matched.contains(m)) {
                    misses.add("extra doc " + (d + 1) + ": " + m.text() + " " + m.formattedValue());
                }
            }
        }
        double recall = found / (double) goldCount;
        double precision = predicted == 0 ? 0 : found / (double) predicted;
        double value = rightValue / (double) goldCount;
        System.out.printf("challenge set: %d docs, %d expressions; recall %.3f precision %.3f value accuracy %.3f%n",
                docs.size(), goldCount, recall, precision, value);
        misses.forEach(s -> System.out.println("  " + s));
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall);
        assertTrue(precision >= PRECISION_FLOOR, "precision " + precision);
        assertTrue(value >= VALUE_FLOOR, "value accuracy " + value);
    }
}
