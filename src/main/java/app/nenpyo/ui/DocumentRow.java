package app.nenpyo.ui;

import app.nenpyo.domain.StoredDocument;
import java.time.LocalDate;
import java.util.Optional;

/** One line of the document list, with every column already written in the window's language. */
public record DocumentRow(
        long id,
        String title,
        String date,
        Optional<LocalDate> dateValue,
        String dateSource,
        boolean dated,
        String encoding,
        String format,
        int paragraphs,
        String origin) {

    static DocumentRow of(StoredDocument document, Messages messages) {
        return new DocumentRow(
                document.id(),
                document.title().isBlank() ? document.origin() : document.title(),
                messages.date(document.date()),
                document.date().value(),
                messages.dateSource(document.date().source()),
                document.date().isDated(),
                document.encoding(),
                messages.formatName(document.format()),
                document.paragraphCount(),
                document.origin());
    }
}
