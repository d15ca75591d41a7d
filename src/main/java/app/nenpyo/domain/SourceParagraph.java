package app.nenpyo.domain;

/** The paragraph one report of an event was read in: a stored document and its paragraph number (from 1). */
public record SourceParagraph(long documentId, int paragraph) {
}
