package app.nenpyo.store;

import app.nenpyo.domain.AnalyzedDocument;
import java.util.Objects;

/**
 * A document with the hash the store keeps it under ({@link #of}: the SHA-256 of its text), worked
 * out by whoever holds the document: an import's workers hash each document once, as they read
 * it, for both the events layer's key and the store, so the single writer does not hash it again.
 *
 * @param contentHash {@code HashedDocument.of(document).contentHash()}; a document is stored once per hash
 */
public record HashedDocument(AnalyzedDocument document, String contentHash) {

    public HashedDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public static HashedDocument of(AnalyzedDocument document) {
        return new HashedDocument(document, ContentHash.of(document.text()));
    }
}
