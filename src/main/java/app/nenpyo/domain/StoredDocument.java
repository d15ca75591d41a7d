package app.nenpyo.domain;

import java.time.Instant;
import java.util.List;

/**
 * A document as the project holds it (without its text, which is loaded on demand).
 *
 * @param contentHash SHA-256 of the text, hex; the same content is never imported twice
 */
public record StoredDocument(
        long id,
        String origin,
        String title,
        String contentHash,
        String encoding,
        SourceFormat format,
        DocumentDate date,
        Instant importedAt,
        List<String> tags,
        int paragraphCount,
        int characterCount) {

    public StoredDocument {
        tags = List.copyOf(tags);
    }
}
