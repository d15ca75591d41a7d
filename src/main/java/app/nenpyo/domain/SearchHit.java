package app.nenpyo.domain;

import java.util.List;

/**
 * A paragraph that matches a search, with the spans of the matched text inside the paragraph
 * text (relative to {@code paragraphText}, not to the document) for highlighting.
 */
public record SearchHit(
        long documentId,
        String documentTitle,
        int paragraphNumber,
        String paragraphText,
        List<TextSpan> highlights,
        double score) {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
