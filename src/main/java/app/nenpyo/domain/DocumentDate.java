package app.nenpyo.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document's date with its provenance: the date itself (absent when undated), where it came
 * from, and the evidence (the header line, the file name, the URL, the metadata field).
 */
public record DocumentDate(LocalDate date, DateSource source, String evidence) {

    public DocumentDate {
        Objects.requireNonNull(source, "source");
        evidence = evidence == null ? "" : evidence;
        if ((date == null) != (source == DateSource.NONE)) {
            throw new IllegalArgumentException("a date needs a source other than NONE, and only an absent date has NONE");
        }
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
