package app.nenpyo.export;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.StoredDocument;

/**
 * One source of an event as the data exports cite it: the document (row id, title, date) and the
 * paragraph, with the date expression as written, and whether that expression is the sentence before's
 * (decision 0042: a deed told without a date of its own, dated by the sentence before).
 *
 * <pre>{@code
 * Citation.of(source, catalog).text();   // 『カザフスタンで今月2日、…』2022年1月11日(火) ¶22「10日」
 * }</pre>
 *
 * @param documentId the document's row id in the project, -1 when unknown
 * @param date       the document's date, "" when undated
 * @param carried    whether the expression dates the sentence before, not the cited one
 */
public record Citation(long documentId, String title, String date, int paragraph, String expression, boolean carried) {

    public static Citation of(EventSource source, EventCatalog catalog) {
        long id = catalog.document(source).map(StoredDocument::id).orElse(source.documentId().orElse(-1));
        String date = catalog.document(source).map(StoredDocument::date).filter(DocumentDate::isDated)
                .map(d -> d.date().toString()).orElse("");
        return new Citation(id, PlainText.line(catalog.documentTitle(source)), date, source.paragraph(),
                PlainText.line(source.expressionText()), source.dateCarried());
    }

    /**
     * For people: title, the date the Japanese way, ¶, the expression (none for a report the analyst added), said
     * to be the sentence before's when it is: {@code 『…』2019年11月21日(木) ¶3「20日」（前の文の日付）}.
     */
    public String text() {
        String day = date.isEmpty() ? "" : JapaneseDates.day(java.time.LocalDate.parse(date));
        return "『" + title + "』" + day + " ¶" + paragraph + (expression.isEmpty() ? "" : "「" + expression + "」")
                + (carried ? "（前の文の日付）" : "");
    }
}
