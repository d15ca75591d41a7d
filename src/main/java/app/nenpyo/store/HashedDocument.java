package app.nenpyo.store;

import app.nenpyo.domain.AnalyzedDocument;

/**
 * A document with the hash the store keeps it under (the SHA-256 of its text), worked out by
 * whoever holds the document: an import's workers hash each document once, as they read it, for
 * both the events layer's key and the store, so the single writer does not hash it again. Made by
 * {@link #of} alone, so that no caller pairs a document with another's hash: the writer trusts the
 * hash to store each text once.
 */
public final class HashedDocument {
    private final AnalyzedDocument document;
    private final String contentHash;

    private HashedDocument(AnalyzedDocument document, String contentHash) {
        this.document = document;
        this.contentHash = contentHash;
    }

    public static HashedDocument of(AnalyzedDocument document) {
        return new HashedDocument(document, ContentHash.of(document.text()));
    }

    public AnalyzedDocument document() {
        return document;
    }

    /** The SHA-256 of the document's text; a document is stored once per hash. */
    public String contentHash() {
        return contentHash;
    }

    @Override
    public String toString() {
        return "HashedDocument[" + document.origin() + ", " + contentHash + "]";
    }
}
