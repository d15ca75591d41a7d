package app.nenpyo.events;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateMention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One document as the events layer needs it: its key, its analysed text and its date mentions.
 *
 * @param documentKey the SHA-256 of the document text (UTF-8), lower-case hex, exactly as the
 *                    store's content hash: the same text always gives the same key, so event ids
 *                    survive a re-import. Sources carry it; the store maps it to its row id.
 * @param document    text, paragraphs, sentences, date (from {@code ingest.DocumentReader})
 * @param mentions    {@code temporal.DateFinder#find(text, date, sentenceSpans)} of that text
 */
public record DocumentInput(String documentKey, AnalyzedDocument document, List<DateMention> mentions) {

    public DocumentInput {
        Objects.requireNonNull(documentKey, "documentKey");
        Objects.requireNonNull(document, "document");
        mentions = List.copyOf(mentions);
    }

    /** A document keyed by the SHA-256 of its text. */
    public static DocumentInput of(AnalyzedDocument document, List<DateMention> mentions) {
        return new DocumentInput(contentKey(document.text()), document, mentions);
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
