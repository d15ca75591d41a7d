package app.nenpyo.service;

import app.nenpyo.events.DocumentReports;
import app.nenpyo.events.ReportCodec;
import app.nenpyo.store.DatedDocumentReports;
import app.nenpyo.domain.ReportDays;
import app.nenpyo.store.SavedReports;
import app.nenpyo.store.StoreException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents of one merge whose events could not be read, from any thread. A failure that
 * belongs to one document (the extractor fails on its text, the stored text is damaged) leaves
 * that document without events rather than every document without new ones; but when most of
 * the documents fail, the fault is the extractor's or the project's, and the merge fails whole,
 * so the events of before are kept rather than replaced by next to none.
 */
final class UnreadDocuments {

    private final List<DatedDocumentReports> dated;
    private final Path projectFile;
    private final Map<Long, UnreadDocument> unread = new ConcurrentHashMap<>();
    /** The date of each document, made at the first failure: most merges have none. */
    private Map<Long, LocalDate> dates;

    /**
     * @param dated       the documents the merge takes, in the order of the document list
     * @param projectFile whose name the store's messages start with (the window and the command line give it)
     */
    UnreadDocuments(List<DatedDocumentReports> dated, Path projectFile) {
        this.dated = dated;
        this.projectFile = projectFile;
    }

    /**
     * Records the failure; what the document is merged with instead: no report, against its date.
     *
     * @param origin the file it came from, or {@code document N} when even that cannot be read
     */
    SavedReports add(long documentId, String origin, Throwable failure) {
        unread.put(documentId, new UnreadDocument(documentId, origin, StoreMessages.withoutFileName(projectFile, reason(failure))));
        byte[] none = ReportCodec.encode(new DocumentReports("", List.of(), List.of()));
        return new SavedReports(dateOf(documentId), ReportCodec.FORMAT, none, new ReportDays(new int[0], new int[0]));
    }

    private synchronized LocalDate dateOf(long documentId) {
        if (dates == null) {
            dates = new HashMap<>();
            dated.forEach(d -> dates.put(d.documentId(), d.documentDate()));
        }
        return dates.get(documentId);
    }

    /** @throws IllegalStateException naming the first failure, when more than half the documents failed */
    void checkMostRead() {
        if (!unread.isEmpty() && unread.size() * 2 > dated.size()) {
            UnreadDocument first = inOrder().get(0);
            throw new IllegalStateException(unread.size() + " of " + dated.size() + " documents could not be read, the first "
                    + first.origin() + ": " + first.reason());
        }
    }

    /** A live view: a document that fails in a window of the merge, after the merge's state was made, is in it when that state is written. */
    Collection<Long> ids() {
        return Collections.unmodifiableSet(unread.keySet());
    }

    List<UnreadDocument> inOrder() {
        return dated.stream().map(d -> unread.get(d.documentId())).filter(u -> u != null).toList();
    }

    /** One line: the store's message as it is, any other failure with its kind (a fault to report). */
    private static String reason(Throwable failure) {
        String message = failure.getMessage() == null || failure.getMessage().isBlank() ? "" : failure.getMessage();
        String line = message.lines().findFirst().orElse("");
        if (failure instanceof StoreException && !line.isEmpty()) {
            return line;
        }
        return line.isEmpty() ? failure.getClass().getSimpleName() : failure.getClass().getSimpleName() + ": " + line;
    }
}
