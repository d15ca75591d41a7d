package app.nenpyo.store;

import app.nenpyo.domain.ReportDays;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The events layer's reading of one document, as the store keeps it: opaque bytes, the document
 * date they were resolved against and the layout they were written in (see migration 4), and the
 * start day of each report, sorted (migration 7: a merge plan reads them without the bytes), and
 * the days of each report told as a wider period (migration 18). Equality of the arrays is by
 * identity, as for any array in a record.
 *
 * @param reportDays   the epoch day each report starts on, sorted; null when not known
 * @param widerPeriods the first and last epoch day of each report told as a wider period, in pairs
 *                     ordered by first day ({@link ReportDays}); null when not known
 */
public record SavedReports(LocalDate anchor, int format, byte[] bytes, int[] reportDays, int[] widerPeriods) {

    public SavedReports {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Reports whose days are not given (read back without them, or saved by a test). */
    public SavedReports(LocalDate anchor, int format, byte[] bytes) {
        this(anchor, format, bytes, null, null);
    }

    /** Reports whose days are given: where they lie in time. */
    public SavedReports(LocalDate anchor, int format, byte[] bytes, ReportDays days) {
        this(anchor, format, bytes, days.startDays(), days.widerPeriods());
    }

    /** Whether these were read against this date in this layout, so they can be used as they are. */
    public boolean isCurrentFor(LocalDate documentDate, int currentFormat) {
        return anchor.equals(documentDate) && format == currentFormat;
    }
}
