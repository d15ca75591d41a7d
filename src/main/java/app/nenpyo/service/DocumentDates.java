package app.nenpyo.service;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.DocumentDate;
import java.util.List;

/**
 * The date expressions of one document of a file, resolved against its date.
 *
 * @param number   the document's number in its file (from 1; a plain file has one)
 * @param text     the document text the mentions' spans point into
 * @param mentions every date and time expression, durations left out; empty when undated
 */
public record DocumentDates(int number, String origin, String title, DocumentDate date, String text, List<DateMention> mentions) {

    public DocumentDates {
        mentions = List.copyOf(mentions);
    }
}
