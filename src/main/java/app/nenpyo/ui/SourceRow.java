package app.nenpyo.ui;

import app.nenpyo.domain.TextSpan;

/**
 * One report of the selected event in the source pane: the document (title, date), ¶N, and
 * the paragraph text with the date expression marked as a hit and the actors marked as actors.
 *
 * @param expression the date expression as a span into the whole document text (for the reader)
 * @param sourceId   the report's id, which the analyst's corrections are kept under
 */
public record SourceRow(long documentId, String documentTitle, String documentDate, int paragraph,
                        Highlighted text, TextSpan expression, String expressionText, String sourceId) {

    /** "¶N · date · title", the line above the paragraph text: a long title elides, ¶N and the date stay. */
    public String where() {
        return "¶" + paragraph + "  ·  " + documentDate + "  ·  " + documentTitle;
    }
}
