package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import java.util.List;

/** The mention a test asks for among those the finder found, or a failure listing what it found. */
final class FoundMentions {

    private FoundMentions() {
    }

    /** The value the finder gives the first mention written as {@code expression} in a text of that document date. */
    static String valueOf(String text, String documentDate, String expression) {
        return named(new DateFinder().find(text, java.time.LocalDate.parse(documentDate)), expression).formattedValue();
    }

    /**
     * Asserts that the finder read the mention starting where {@code expression} is last written in
     * {@code text}, spanning exactly it, with the value {@code value}.
     */
    static void assertReads(List<DateMention> found, String text, String expression, String value) {
        DateMention m = found.stream().filter(d -> d.span().start() == text.lastIndexOf(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + expression + " in " + found));
        org.junit.jupiter.api.Assertions.assertEquals(expression, m.span().of(text));
        org.junit.jupiter.api.Assertions.assertEquals(value, m.formattedValue());
    }

    /** The first mention written as {@code expression}. */
    static DateMention named(List<DateMention> found, String expression) {
        return found.stream().filter(d -> d.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + expression + " in " + found));
    }
}
