package app.nenpyo.service;

import app.nenpyo.domain.DocumentDate;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the analyst chose for an import.
 *
 * @param anchor        a date that overrides every document's own date
 * @param extractEvents whether to bring the project's events up to date afterwards (on by
 *                      default; a benchmark turns it off to time the two steps apart, then calls
 *                      {@link ProjectService#rebuildEvents()})
 * @param documentDates dates the analyst chose for single documents before importing them, by
 *                      {@link DocumentPreview#origin()}; each is stored as the analyst's (USER)
 *                      date and wins over the anchor, which covers the rest
 */
public record ImportOptions(Optional<LocalDate> anchor, boolean extractEvents, Map<String, LocalDate> documentDates) {

    public ImportOptions {
        anchor = anchor == null ? Optional.empty() : anchor;
        documentDates = documentDates == null ? Map.of() : Map.copyOf(documentDates);
        // refused before anything is read or stored
        anchor.ifPresent(DocumentDate::requireInRange);
        documentDates.values().forEach(DocumentDate::requireInRange);
    }

    public ImportOptions(Optional<LocalDate> anchor, boolean extractEvents) {
        this(anchor, extractEvents, Map.of());
    }

    public ImportOptions(Optional<LocalDate> anchor) {
        this(anchor, true);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), true);
    }

    /** Each document's own date, except those the analyst chose in {@code documentDates}. */
    public static ImportOptions withDocumentDates(Map<String, LocalDate> documentDates) {
        return new ImportOptions(Optional.empty(), true, documentDates);
    }

    public ImportOptions withoutEvents() {
        return new ImportOptions(anchor, false, documentDates);
    }

    /** The date the analyst chose for the document read from {@code origin}, if any. */
    public Optional<LocalDate> dateFor(String origin) {
        LocalDate chosen = documentDates.get(origin);
        return chosen != null ? Optional.of(chosen) : anchor;
    }
}
