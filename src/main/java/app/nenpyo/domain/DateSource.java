package app.nenpyo.domain;

/**
 * Where a document's date (the anchor of its relative dates) came from, in order of trust.
 * A document is never dated silently with today: without evidence it is {@link #NONE}.
 */
public enum DateSource {
    /** Given by the analyst: {@code --anchor} or the import dialog. */
    USER,
    /** The format's own metadata: an export entry's DATE, an HTML page's publication date. */
    METADATA,
    /** A date or timestamp line near the top of the text. */
    TEXT_HEADER,
    /** A date in the file name. */
    FILE_NAME,
    /** A date in a URL written in the file. */
    URL,
    /** No evidence: the document is undated until the analyst gives a date. */
    NONE
}
