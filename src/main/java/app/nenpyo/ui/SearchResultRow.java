package app.nenpyo.ui;

import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.TextSpan;
import java.util.List;

/** One search result: where it is (document, ¶N) and the paragraph text cut into hit runs. */
public record SearchResultRow(long documentId, String documentTitle, int paragraphNumber, Highlighted text, List<TextSpan> hits) {

    public SearchResultRow {
        hits = List.copyOf(hits);
    }

    static SearchResultRow of(SearchHit hit) {
        return new SearchResultRow(hit.documentId(), hit.documentTitle(), hit.paragraphNumber(),
                Highlighted.of(hit.paragraphText(), hit.highlights()), hit.highlights());
    }
}
