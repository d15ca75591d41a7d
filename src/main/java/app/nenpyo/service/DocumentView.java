package app.nenpyo.service;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.StoredDocument;
import java.util.List;

/**
 * A document opened for reading: its record, its whole text, its paragraphs (spans into the
 * text), and its date expressions resolved against its current date (empty when undated), so
 * the reader can show what each date was read as.
 */
public record DocumentView(StoredDocument document, String text, List<Paragraph> paragraphs, List<DateMention> dates) {

    public DocumentView {
        paragraphs = List.copyOf(paragraphs);
        dates = List.copyOf(dates);
    }

    public String paragraphText(Paragraph paragraph) {
        return paragraph.span().of(text);
    }
}
