package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TimeValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the finder on the SYNTHETIC review set (src/test/resources/temporal/review/: see its README)
 * and fails below the level reached, as a regression floor. An expected expression is found when a
 * mention with a value overlaps it; it is right when every such value is one of the readings
 * listed (a month equals the range of its days). Spurious: a value given to an expression
 * expected to be none.
 */
class ReviewSetTest {

    private record Article(LocalDate date, String text) {
    }

    private record Expected(String article, String sentence, String expression, List<String> values) {
    }

    private record Score(int dated, int right, int wrong, int missed, int spurious) {
    }

    @Test
    void theGeneralSetAndTheProbeSetStayAtTheirLevel() throws IOException {
        Map<String, Article> articles = new LinkedHashMap<>();
        for (String[] row : rows("articles.tsv")) {
            articles.put(row[0], new Article(LocalDate.parse(row[1]), row[2]));
        }
        List<Expected> expected = new ArrayList<>();
        for (String[] row : rows("expected.tsv")) {
            expected.add(new Expected(row[0], row[1], row[2], List.of(row[3].split("\\|"))));
        }

        Score general = score(articles, expected, "A");
        Score probe = score(articles, expected, "B");

        String figures = "general " + general + ", probe " + probe;
        assertTrue(general.right() >= 372 && general.wrong() + general.missed() <= 1 && general.spurious() == 0, figures);
        assertTrue(probe.right() >= 65 && probe.wrong() + probe.missed() == 0 && probe.spurious() == 0, figures);
    }

    private static Score score(Map<String, Article> articles, List<Expected> expected, String prefix) {
        DateFinder finder = new DateFinder();
        int dated = 0;
        int right = 0;
        int wrong = 0;
        int missed = 0;
        int spurious = 0;
        String current = null;
        List<DateMention> found = List.of();
        int sentenceFrom = 0;
        int sentenceAt = 0;
        String lastSentence = null;
        int expressionFrom = 0;
        for (Expected e : expected) {
            if (!e.article().startsWith(prefix)) {
                continue;
            }
            Article article = articles.get(e.article());
            if (!e.article().equals(current)) {
                current = e.article();
                found = finder.find(article.text(), article.date());
                sentenceFrom = 0;
                lastSentence = null;
            }
            if (!e.sentence().equals(lastSentence)) {
                sentenceAt = article.text().indexOf(e.sentence(), sentenceFrom);
                sentenceFrom = sentenceAt + e.sentence().length();
                expressionFrom = sentenceAt;
                lastSentence = e.sentence();
            }
            int start = article.text().indexOf(e.expression(), expressionFrom);
            int end = start + e.expression().length();
            expressionFrom = end;
            List<TimeValue> values = found.stream()
                    .filter(m -> m.span().start() < end && m.span().end() > start)
                    .flatMap(m -> m.value().stream()).toList();
            List<String> readings = e.values().stream().filter(v -> !v.equals("NONE")).toList();
            if (readings.isEmpty()) {
                spurious += values.isEmpty() ? 0 : 1;
                continue;
            }
            dated++;
            if (values.isEmpty()) {
                missed += e.values().contains("NONE") ? 0 : 1;
                right += e.values().contains("NONE") ? 1 : 0;
            } else if (values.stream().allMatch(v -> readings.stream().anyMatch(r -> sameDays(v, r)))) {
                right++;
            } else {
                wrong++;
            }
        }
        return new Score(dated, right, wrong, missed, spurious);
    }

    /** Whether a value covers the days (and time) a reading written in DESIGN.md's grammar does. */
    private static boolean sameDays(TimeValue value, String reading) {
        if (value.format().equals(reading)) {
            return true;
        }
        TimeValue read = TimeValue.parse(reading);
        return read.start().equals(value.start()) && read.end().equals(value.end())
                && (read.startTime() == null ? value.startTime() == null : read.startTime().equals(value.startTime()));
    }

    private static List<String[]> rows(String name) throws IOException {
        try (InputStream in = ReviewSetTest.class.getResourceAsStream("/temporal/review/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split("\t", -1)).toList();
        }
    }
}
