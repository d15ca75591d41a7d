package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labels a native reader's review of the 112 review articles (src/test/resources/temporal/review)
 * found wrong and that general rules now read right, one per line of events/review-labels.tsv:
 * the article, the date expression, the report's period and its label. A line fails when its
 * report is gone, is dated otherwise or its label changes; a change that reads better is written
 * into the file by hand, after reading it.
 */
class ReviewLabelsGoldenTest {

    private static final Map<String, List<Report>> REPORTS = new ConcurrentHashMap<>();

    static Stream<Arguments> cases() throws IOException {
        return lines("/events/review-labels.tsv").map(l -> l.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1], f[2], f[3], f[4]));
    }

    @ParameterizedTest(name = "{0} {1} → {4}")
    @MethodSource("cases")
    void theReviewedLabelStaysRight(String article, String expression, String start, String end, String label) throws IOException {
        List<Report> found = reports(article).stream().filter(r -> r.source().expressionText().equals(expression)).toList();
        assertEquals(1, found.size(), article + " " + expression + ": " + reports(article).stream().map(Report::label).toList());
        Report r = found.get(0);
        assertEquals(LocalDate.parse(start), r.time().start());
        assertEquals(LocalDate.parse(end), r.time().end());
        assertEquals(label, r.label());
        assertTrue(r.label().length() <= Label.MAX_LENGTH);
    }

    private static List<Report> reports(String article) throws IOException {
        List<Report> known = REPORTS.get(article);
        if (known != null) {
            return known;
        }
        String[] row = lines("/temporal/review/articles.tsv").map(l -> l.split("\t", 3))
                .filter(f -> f[0].equals(article)).findFirst().orElseThrow();
        List<Report> read = Articles.reports(row[2], LocalDate.parse(row[1]));
        REPORTS.put(article, read);
        return read;
    }

    private static Stream<String> lines(String resource) throws IOException {
        try (InputStream in = ReviewLabelsGoldenTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank()).toList().stream();
        }
    }
}
