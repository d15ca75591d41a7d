package app.nenpyo.ui;

import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.TextSpan;
import java.util.List;

/**
 * One search result: where it is (document, its date, ¶N) and the paragraph text cut into hit runs.
 *
 * @param documentDate the document's date as the window writes dates (2022年1月11日(火)), or that it has none
 */
public record SearchResultRow(long documentId, String documentTitle, String documentDate, int paragraphNumber, Highlighted text,
                              List<TextSpan> hits) {

    public SearchResultRow {
        hits = List.copyOf(hits);
    }

    static SearchResultRow of(SearchHit hit, String documentDate) {
        return new SearchResultRow(hit.documentId(), hit.documentTitle(), documentDate, hit.paragraphNumber(),
                Highlighted.of(hit.paragraphText(), hit.highlights()), hit.highlights());
    }

    /**
     * "¶N · date · title", the line above the paragraph text, as the sources of an event say it:
     * results from years of clippings are told apart by when they were written; a long title elides.
     */
    public String where() {
        return "¶" + paragraphNumber + "  ·  " + documentDate + "  ·  " + documentTitle;
    }
}
