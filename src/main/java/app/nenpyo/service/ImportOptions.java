package app.nenpyo.service;

import java.time.LocalDate;
import java.util.Optional;

/** What the analyst chose for an import: a date that overrides every document's own date. */
public record ImportOptions(Optional<LocalDate> anchor) {

    public ImportOptions {
        anchor = anchor == null ? Optional.empty() : anchor;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty());
    }
}
