package app.nenpyo.service;

import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.StoredDocument;
import java.util.List;

/** A document opened for reading: its record, its whole text, and its paragraphs (spans into the text). */
public record DocumentView(StoredDocument document, String text, List<Paragraph> paragraphs) {

    public DocumentView {
        paragraphs = List.copyOf(paragraphs);
    }

    public String paragraphText(Paragraph paragraph) {
        return paragraph.span().of(text);
    }
}
