package app.nenpyo.service;

import app.nenpyo.domain.StoredDocument;
import app.nenpyo.events.DocumentReports;
import app.nenpyo.events.ReportCodec;
import app.nenpyo.store.DatedDocumentReports;
import app.nenpyo.store.SavedReports;
import app.nenpyo.store.StoreException;
import java.util.Collection;
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
    private final Map<Long, UnreadDocument> unread = new ConcurrentHashMap<>();

    /** @param dated the documents the merge takes, in the order of the document list */
    UnreadDocuments(List<DatedDocumentReports> dated) {
        this.dated = dated;
    }

    /** Records the failure; what the document is merged with instead: no report, against its date. */
    SavedReports add(StoredDocument document, Throwable failure) {
        unread.put(document.id(), new UnreadDocument(document.id(), document.origin(), reason(failure)));
        byte[] none = ReportCodec.encode(new DocumentReports("", List.of(), List.of()));
        return new SavedReports(document.date().date(), ReportCodec.FORMAT, none, new int[0]);
    }

    /** @throws IllegalStateException naming the first failure, when more than half the documents failed */
    void checkMostRead() {
        if (!unread.isEmpty() && unread.size() * 2 > dated.size()) {
            UnreadDocument first = inOrder().get(0);
            throw new IllegalStateException(unread.size() + " of " + dated.size() + " documents could not be read, the first "
                    + first.origin() + ": " + first.reason());
        }
    }

    Collection<Long> ids() {
        return List.copyOf(unread.keySet());
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
