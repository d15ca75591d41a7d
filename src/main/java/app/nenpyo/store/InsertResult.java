package app.nenpyo.store;

import java.util.Objects;

/**
 * What happened to one document of an insert batch.
 *
 * @param documentId the new id (IMPORTED), the id of the document with the same content
 *                   (DUPLICATE), or 0 (FAILED; SQLite ids start at 1)
 * @param reason     why it failed; empty otherwise
 */
public record InsertResult(Outcome outcome, long documentId, String reason) {

    public enum Outcome {
        IMPORTED,
        /** The same text is already in the project; nothing was written. */
        DUPLICATE,
        /** Nothing of this document was written. */
        FAILED
    }

    public InsertResult {
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
    }

    public static InsertResult imported(long id) {
        return new InsertResult(Outcome.IMPORTED, id, "");
    }

    public static InsertResult duplicate(long existingId) {
        return new InsertResult(Outcome.DUPLICATE, existingId, "");
    }

    public static InsertResult failed(String reason) {
        return new InsertResult(Outcome.FAILED, 0, reason);
    }
}
