package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a date an analyst types for an event: DESIGN.md's grammar, or one Japanese date
 * expression resolved against the date of the event's article, as the text would have been.
 *
 * <pre>
 *   read("2022-01-28", …)              → 2022-01-28
 *   read("2022-01-10/2022-01-20", …)   → that range
 *   read("2022-W03", …)                → the week of 17 January 2022
 *   read("２０２２年１月２８日", …)       → 2022-01-28
 *   read("1月下旬", 2022-01-30)         → 2022-01-21/2022-01-31
 *   read("28日", 2022-01-10)            → 2021-12-28 (a day-only date leans to the past, as in news)
 *   read("先週", 2022-01-11)            → the week of 3 January
 *   read("28日と29日", …)               → empty: two dates, not one
 *   read("10日から", …)                 → empty: the expression is 10日, から is beside it
 * </pre>
 * The value is the one its text form reads back as (下旬 a range of days), since that is how
 * it is kept. Known weakness: a day-only or month-only date is read as if it stood in a sentence of its own,
 * with no tense to lean on but the past; type the month or year to be sure.
 */
public final class TypedDate {

    private static final DateFinder FINDER = new DateFinder();

    private TypedDate() {
    }

    /** The one date the text says, or empty when it says none, several, or something beside it. */
    public static Optional<TimeValue> read(String typed, LocalDate articleDate) {
        Objects.requireNonNull(articleDate, "articleDate");
        String text = typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            // as it will be kept: 2022-01-10/2022-01-10 is the day 2022-01-10
            return Optional.of(TimeValue.parse(TimeValue.parse(text).format()));
        } catch (IllegalArgumentException notInTheGrammar) {
            List<DateMention> found = FINDER.find(text, articleDate);
            if (found.size() != 1 || found.get(0).kind() != DateMention.Kind.DATE || found.get(0).span().start() != 0 || found.get(0).span().end() != text.length()) {
                return Optional.empty();
            }
            // as it will be kept: the grammar's text form has no openness and no finer granularity
            return found.get(0).value().map(v -> TimeValue.parse(v.format()));
        }
    }

    /**
     * The range a text of two days of the grammar says with its ends the right way round, when its
     * end comes before its start ({@code 2022-01-20/2022-01-10} → 2022-01-10/2022-01-20): such a
     * text is no date, and the analyst is told why rather than that it is not one.
     */
    public static Optional<TimeValue> reversed(String typed) {
        String text = typed.strip();
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        try {
            TimeValue start = TimeValue.parse(text.substring(0, slash).strip());
            TimeValue end = TimeValue.parse(text.substring(slash + 1).strip());
            if (start.granularity() != Granularity.DAY || end.granularity() != Granularity.DAY || !end.start().isBefore(start.start())) {
                return Optional.empty();
            }
            return Optional.of(TimeValue.parse(end.start() + "/" + start.start()));
        } catch (IllegalArgumentException notDays) {
            return Optional.empty();
        }
    }
}
