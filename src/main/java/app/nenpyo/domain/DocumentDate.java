package app.nenpyo.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document's date with its provenance: the date itself (absent when undated), where it came
 * from, and the evidence (the header line, the file name, the URL, the metadata field).
 */
public record DocumentDate(LocalDate date, DateSource source, String evidence) {

    /** The first and last day a document can be dated: the years the time values of its events can be written with. */
    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    public DocumentDate {
        Objects.requireNonNull(source, "source");
        evidence = evidence == null ? "" : evidence;
        if ((date == null) != (source == DateSource.NONE)) {
            throw new IllegalArgumentException("a date needs a source other than NONE, and only an absent date has NONE");
        }
        if (date != null) {
            requireInRange(date);
        }
    }

    /**
     * The date, when a document can be dated so.
     *
     * @throws IllegalArgumentException otherwise, in one line: {@code a document date from 0001-01-01 to 9999-12-31, not +99999999-01-01}
     */
    public static LocalDate requireInRange(LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new IllegalArgumentException("a document date from " + FIRST + " to " + LAST + ", not " + date);
        }
        return date;
    }

    public static DocumentDate undated() {
        return new DocumentDate(null, DateSource.NONE, "");
    }

    public static DocumentDate byUser(LocalDate date) {
        return new DocumentDate(Objects.requireNonNull(date, "date"), DateSource.USER, date.toString());
    }

    public boolean isDated() {
        return date != null;
    }

    public Optional<LocalDate> value() {
        return Optional.ofNullable(date);
    }
}
