package app.nenpyo.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A dated document and the reports saved for it, if any (they may be for an older date or layout). */
public record DatedDocumentReports(long documentId, LocalDate documentDate, Optional<SavedReports> saved) {

    public DatedDocumentReports {
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(saved, "saved");
    }
}
