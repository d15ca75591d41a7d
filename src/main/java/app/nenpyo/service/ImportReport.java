package app.nenpyo.service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * @param otherKinds     the files of the folders imported that are of no kind Nenpyo reads
 *                       (photo.png, scan.pdf): not read, and no failure, but said
 */
public record ImportReport(
        List<Imported> imported,
        List<Duplicate> duplicates,
        List<Failure> failures,
        boolean cancelled,
        Optional<EventRebuild> events,
        boolean mergeCancelled,
        List<String> otherKinds) {

    public ImportReport {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        failures = List.copyOf(failures);
        events = events == null ? Optional.empty() : events;
        otherKinds = List.copyOf(otherKinds);
    }

    /** A report of files alone (no folder held a file of another kind). */
    public ImportReport(List<Imported> imported, List<Duplicate> duplicates, List<Failure> failures, boolean cancelled,
                        Optional<EventRebuild> events, boolean mergeCancelled) {
        this(imported, duplicates, failures, cancelled, events, mergeCancelled, List.of());
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
        return new ImportReport(imported, duplicates, failures, true, Optional.empty(), true, otherKinds);
    }

    /** The same report with the rebuild of the events that followed the import. */
    ImportReport withEvents(EventRebuild rebuild) {
        return new ImportReport(imported, duplicates, failures, cancelled, Optional.of(rebuild), false, otherKinds);
    }

    /**
     * The extensions of {@link #otherKinds}, most files first, with how many of each:
     * {@code .png ×3, .pdf}; a file without one is said as {@code noExtension} (the caller's words).
     */
    public static String kindsOf(List<String> files, String noExtension) {
        Map<String, Long> counts = files.stream().collect(Collectors.groupingBy(ImportReport::extensionOf, LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> (e.getKey().isEmpty() ? noExtension : e.getKey()) + (e.getValue() == 1 ? "" : " ×" + e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** {@code .png}, lower-cased; empty when the name has none. */
    private static String extensionOf(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
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
