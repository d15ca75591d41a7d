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

    /** The first mention written as {@code expression}. */
    static DateMention named(List<DateMention> found, String expression) {
        return found.stream().filter(d -> d.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + expression + " in " + found));
    }
}
