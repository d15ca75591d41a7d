package app.nenpyo.service;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the analyst chose for an import.
 *
 * @param anchor        a date that overrides every document's own date
 * @param extractEvents whether to bring the project's events up to date afterwards (on by
 *                      default; a benchmark turns it off to time the two steps apart, then calls
 *                      {@link ProjectService#rebuildEvents()})
 */
public record ImportOptions(Optional<LocalDate> anchor, boolean extractEvents) {

    public ImportOptions {
        anchor = anchor == null ? Optional.empty() : anchor;
    }

    public ImportOptions(Optional<LocalDate> anchor) {
        this(anchor, true);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), true);
    }

    public ImportOptions withoutEvents() {
        return new ImportOptions(anchor, false);
    }
}
