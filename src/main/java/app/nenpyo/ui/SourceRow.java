package app.nenpyo.ui;

import app.nenpyo.domain.TextSpan;

/**
 * One report of the selected event in the source pane: the document (title, date), ¶N, and
 * the paragraph text with the date expression marked as a hit and the actors marked as actors.
 *
 * @param expression the date expression as a span into the whole document text (for the reader)
 */
public record SourceRow(long documentId, String documentTitle, String documentDate, int paragraph,
                        Highlighted text, TextSpan expression, String expressionText) {

    /** "title · date · ¶N", the line above the paragraph text. */
    public String where() {
        return documentTitle + "  ·  " + documentDate + "  ·  ¶" + paragraph;
    }
}
