package app.nenpyo.domain;

/** The role of a paragraph in a clipping: the article body, or the blog's header and footer lines. */
public enum ParagraphKind {
    BODY,
    /** Lines before the body that are only addresses (the blog's URLs) or hashtags. */
    HEADER,
    /** Lines after the body that are only addresses or hashtags. */
    FOOTER
}
