package app.nenpyo.domain;

/** The kind of file a document was read from. */
public enum SourceFormat {
    /** A plain text file, one document. */
    TEXT,
    /** One entry of a Movable Type / Hatena Blog export file. */
    MOVABLE_TYPE,
    /** A saved HTML article page. */
    HTML
}
