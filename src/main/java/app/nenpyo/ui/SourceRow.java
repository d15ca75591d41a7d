package app.nenpyo.ui;

import app.nenpyo.domain.TextSpan;
import java.util.List;

/**
 * One report of the selected event in the source pane: the document (title, date), ¶N, and
 * the paragraph text with the date expression marked as a hit and the actors marked as actors.
 *
 * @param expression     the date expression as a span into the whole document text (for the reader)
 * @param expressionText the date expression as written, said to be the sentence before's when the report's date
 *                       was carried from it (18日（前の文の日付）, decision 0042)
 * @param sourceId       the report's id, which the analyst's corrections are kept under
 * @param dateCarried    whether the report's sentence has no date of its own and is dated by the sentence before
 * @param marks          what the reader marks when the row is opened ({@code EventSource#marks}): the date
 *                       expression, and the sentence too when the date was carried from the sentence before
 */
public record SourceRow(long documentId, String documentTitle, String documentDate, int paragraph,
                        Highlighted text, TextSpan expression, String expressionText, String sourceId, boolean dateCarried,
                        List<TextSpan> marks) {

    /**
     * "¶N · date · title", the line above the paragraph text: a long title elides, ¶N and the date stay; a
     * report dated by the sentence before says so before the title ("¶2 · 2025年3月19日(水) · 18日（前の文の日付） ·
     * title"), as the marks alone do not say why a sentence without a date is on that day.
     */
    public String where() {
        String carried = dateCarried ? expressionText + "  ·  " : "";
        return "¶" + paragraph + "  ·  " + documentDate + "  ·  " + carried + documentTitle;
    }
}
