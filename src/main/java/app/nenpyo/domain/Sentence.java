package app.nenpyo.domain;

/** A sentence: the paragraph it belongs to, its number within the document (from 1) and its exact span. */
public record Sentence(int paragraphNumber, int number, TextSpan span) {
}
