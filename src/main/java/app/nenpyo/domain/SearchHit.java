package app.nenpyo.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph that matches a search, with the spans of the matched text inside the paragraph
 * text (relative to {@code paragraphText}, not to the document) for highlighting.
 *
 * @param documentDate the day its document was written, if known: read with the hit, so that a
 *                     list of hits says when each was written without listing every document
 */
public record SearchHit(
        long documentId,
        String documentTitle,
        Optional<LocalDate> documentDate,
        int paragraphNumber,
        String paragraphText,
        List<TextSpan> highlights,
        double score) {

    public SearchHit {
        Objects.requireNonNull(documentDate, "documentDate");
        highlights = List.copyOf(highlights);
    }
}
