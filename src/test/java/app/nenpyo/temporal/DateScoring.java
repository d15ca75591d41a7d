package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.util.List;

/**
 * How a set of articles with their expected date expressions is scored (the review set, the held-out
 * sets): an expected expression is found when a mention with a value overlaps it; it is right when
 * every such value is one of the readings listed (a month equals the range of its days); NONE among
 * the readings makes no value right too. Spurious: a value given to an expression expected to be none.
 */
public final class DateScoring {

    public record Score(int dated, int right, int wrong, int missed, int spurious) {
    }

    private int dated;
    private int right;
    private int wrong;
    private int missed;
    private int spurious;

    /** Scores one expected expression at {@code span} against the mentions found in its article. */
    public void add(List<DateMention> found, TextSpan span, List<String> expectedReadings) {
        List<TimeValue> values = found.stream()
                .filter(m -> m.span().start() < span.end() && m.span().end() > span.start())
                .flatMap(m -> m.value().stream()).toList();
        List<String> readings = expectedReadings.stream().filter(v -> !v.equals("NONE")).toList();
        if (readings.isEmpty()) {
            spurious += values.isEmpty() ? 0 : 1;
            return;
        }
        dated++;
        if (values.isEmpty()) {
            missed += expectedReadings.contains("NONE") ? 0 : 1;
            right += expectedReadings.contains("NONE") ? 1 : 0;
        } else if (values.stream().allMatch(v -> readings.stream().anyMatch(r -> sameDays(v, r)))) {
            right++;
        } else {
            wrong++;
        }
    }

    public Score score() {
        return new Score(dated, right, wrong, missed, spurious);
    }

    /** Whether a value covers the days (and time) a reading written in DESIGN.md's grammar does. */
    static boolean sameDays(TimeValue value, String reading) {
        if (value.format().equals(reading)) {
            return true;
        }
        TimeValue read = reading(reading);
        return read.start().equals(value.start()) && read.end().equals(value.end())
                && (read.startTime() == null ? value.startTime() == null : read.startTime().equals(value.startTime()));
    }

    /**
     * A reading in DESIGN.md's grammar, whose interval ends may each also be a month or a year
     * ({@code 2019-09/2019-11}: from the first day of September to the last of November;
     * {@code 2019-09-15/2019-11}), as a set's writer may write a season.
     */
    public static TimeValue reading(String reading) {
        try {
            return TimeValue.parse(reading);
        } catch (IllegalArgumentException notDayEnds) {
            int slash = reading.indexOf('/');
            if (slash < 0) {
                throw notDayEnds;
            }
            TimeValue from = TimeValue.parse(reading.substring(0, slash));
            TimeValue to = TimeValue.parse(reading.substring(slash + 1));
            return TimeValue.interval(from.start(), to.end(), Granularity.RANGE);
        }
    }

    /**
     * Walks an article's expected expressions in text order, as the expected rows list them: each
     * sentence after the last, each expression in or after its sentence; a sentence or expression
     * not found fails, rather than scoring some other span. Line breaks are ignored, so that a
     * sentence or an expression of a wrapped clipping is found across the break.
     */
    public static final class Cursor {
        private final String article;
        private final UnbrokenText text;
        private int sentenceFrom;
        private String lastSentence;
        private int expressionFrom;

        public Cursor(String article, String text) {
            this.article = article;
            this.text = new UnbrokenText(text);
        }

        public String article() {
            return article;
        }

        public TextSpan expression(String sentence, String expression) {
            if (!sentence.equals(lastSentence)) {
                TextSpan found = text.find(sentence, sentenceFrom).orElseThrow(() ->
                        new IllegalStateException(article + ": no sentence " + sentence + " after " + sentenceFrom));
                sentenceFrom = found.end();
                expressionFrom = found.start();
                lastSentence = sentence;
            }
            TextSpan found = text.find(expression, expressionFrom).orElseThrow(() ->
                    new IllegalStateException(article + ": no " + expression + " in or after " + sentence));
            expressionFrom = found.end();
            return found;
        }
    }
}
