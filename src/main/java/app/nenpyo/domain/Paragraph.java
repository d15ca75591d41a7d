package app.nenpyo.domain;

/**
 * A paragraph of a document: its number (from 1, in order of appearance, header and footer
 * included), its exact span in the document text, and its role.
 */
public record Paragraph(int number, TextSpan span, ParagraphKind kind) {
}
