package app.nenpyo.store;

import app.nenpyo.domain.ReportDays;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated document and, when reports were saved for it, the document date and layout they were
 * read with. Their bytes are read apart, a few documents at a time ({@link ProjectDatabase#savedReports}):
 * those of every document of a large project would not fit beside the merge.
 *
 * @param merged     whether the stored events were merged from the reports saved for it
 * @param reportDays   the start day of each of those reports, sorted; null when not stored
 * @param widerPeriods the first and last day of each of those reports told as a wider period, in
 *                     pairs ({@link ReportDays}); null when not stored
 * @param outdated     whether an analyst dated one of those reports' events since they were saved
 *                     (migration 13): they are the earlier reading, and the document is read again
 */
public record DatedDocumentReports(long documentId, LocalDate documentDate, Optional<LocalDate> savedAnchor, int savedFormat,
                                   boolean merged, int[] reportDays, int[] widerPeriods, boolean outdated) {

    public DatedDocumentReports {
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(savedAnchor, "savedAnchor");
    }

    /**
     * Whether reports were saved for the document's present date in this layout, with the
     * analyst's present dates, so they can be used as they are.
     */
    public boolean hasCurrentReports(int currentFormat) {
        return savedAnchor.filter(documentDate::equals).isPresent() && savedFormat == currentFormat && !outdated;
    }

    /** Where the saved reports lie in time, when both their start days and wider periods are stored; else null. */
    public ReportDays days() {
        return reportDays == null || widerPeriods == null ? null : new ReportDays(reportDays, widerPeriods);
    }
}
