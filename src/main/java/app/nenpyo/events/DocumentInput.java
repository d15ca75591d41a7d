package app.nenpyo.events;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateMention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One document as the events layer needs it: its key, its analysed text and its date mentions.
 *
 * @param documentKey the SHA-256 of the document text (UTF-8), lower-case hex, exactly as the
 *                    store's content hash: the same text always gives the same key, so event ids
 *                    survive a re-import. Sources carry it.
 * @param storedId    the document's row id once stored, empty before; sources carry it too, so
 *                    the store need not look the key up (ids never depend on it)
 * @param document    text, paragraphs, sentences, date (from {@code ingest.DocumentReader})
 * @param mentions    {@code temporal.DateFinder#find(text, date, sentenceSpans)} of that text
 */
public record DocumentInput(String documentKey, OptionalLong storedId, AnalyzedDocument document,
                            List<DateMention> mentions) {

    public DocumentInput {
        Objects.requireNonNull(documentKey, "documentKey");
        storedId = storedId == null ? OptionalLong.empty() : storedId;
        Objects.requireNonNull(document, "document");
        mentions = List.copyOf(mentions);
    }

    /** A document not stored yet, keyed by the SHA-256 of its text. */
    public static DocumentInput of(AnalyzedDocument document, List<DateMention> mentions) {
        return new DocumentInput(contentKey(document.text()), OptionalLong.empty(), document, mentions);
    }

    /** A stored document: its row id, and the SHA-256 of its text as key. */
    public static DocumentInput stored(long id, AnalyzedDocument document, List<DateMention> mentions) {
        return new DocumentInput(contentKey(document.text()), OptionalLong.of(id), document, mentions);
    }

    /** SHA-256 of the text as UTF-8, lower-case hex (the same as the store's content hash). */
    public static String contentKey(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
