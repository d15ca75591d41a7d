package app.nenpyo.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import did, file by file: documents stored, documents already in the project
 * (same content: a no-op), documents stored without a date (the analyst must date them),
 * and inputs that failed with a one-line reason. The rest of a batch goes on when one input fails.
 * When the import brought the events up to date, {@code events} says what that rebuild did.
 *
 * @param mergeCancelled cancelled only once every file was stored, while their events were being
 *                       merged: the documents are all in, their events come at the next merge
 */
public record ImportReport(
        List<Imported> imported,
        List<Duplicate> duplicates,
        List<Failure> failures,
        boolean cancelled,
        Optional<EventRebuild> events,
        boolean mergeCancelled) {

    public ImportReport {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        failures = List.copyOf(failures);
        events = events == null ? Optional.empty() : events;
    }

    /** A report of the import alone, before any rebuild of the events. */
    public ImportReport(List<Imported> imported, List<Duplicate> duplicates, List<Failure> failures, boolean cancelled) {
        this(imported, duplicates, failures, cancelled, Optional.empty(), false);
    }

    /**
     * The same report, cancelled while the events were being merged: every document it lists is
     * stored; their events are merged at the next import or the next opening of the project.
     */
    ImportReport cancelledWhileMergingEvents() {
        return new ImportReport(imported, duplicates, failures, true, Optional.empty(), true);
    }

    /** The same report with the rebuild of the events that followed the import. */
    ImportReport withEvents(EventRebuild rebuild) {
        return new ImportReport(imported, duplicates, failures, cancelled, Optional.of(rebuild), false);
    }

    /** A stored document; {@code dated} is false when no date was found (it is listed for the analyst). */
    public record Imported(long documentId, String origin, String title, String encoding, String dateText, String dateSource, boolean dated) {
    }

    /** A document whose content the project already holds (as document {@code existingId}). */
    public record Duplicate(String origin, long existingId) {
    }

    /** An input (file or export entry) that could not be imported, and why, in one line. */
    public record Failure(String origin, String reason) {
        /** The one-line message printed on stderr and shown in the window: {@code FILE: reason}. */
        public String message() {
            return origin + ": " + reason;
        }
    }

    /**
     * The documents of this import whose events could not be read ({@link EventRebuild#unread}
     * also names those of the project it failed to read before, and reads again).
     */
    public List<UnreadDocument> importedUnread() {
        Set<Long> ids = imported.stream().map(Imported::documentId).collect(Collectors.toSet());
        return events.map(EventRebuild::unread).orElse(List.of()).stream().filter(d -> ids.contains(d.documentId())).toList();
    }

    public List<Imported> undated() {
        return imported.stream().filter(i -> !i.dated()).toList();
    }

    public boolean anyFailed() {
        return !failures.isEmpty();
    }
}
