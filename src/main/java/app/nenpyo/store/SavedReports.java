package app.nenpyo.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The events layer's reading of one document, as the store keeps it: opaque bytes, the document
 * date they were resolved against and the layout they were written in (see migration 4). Equality
 * of the bytes is by identity, as for any array in a record.
 */
public record SavedReports(LocalDate anchor, int format, byte[] bytes) {

    public SavedReports {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Whether these were read against this date in this layout, so they can be used as they are. */
    public boolean isCurrentFor(LocalDate documentDate, int currentFormat) {
        return anchor.equals(documentDate) && format == currentFormat;
    }
}
