package app.nenpyo.store;

import app.nenpyo.domain.TextSpan;
import java.util.Objects;

/**
 * A report the analyst corrected, where the stored events hold it: its document, source id, and
 * the spans of its sentence and date expression, so that a new reading of the document can find
 * the report it became when the source id changed with the expression's span.
 */
public record CorrectedReport(long documentId, String sourceId, TextSpan sentence, TextSpan expression) {

    public CorrectedReport {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(expression, "expression");
    }
}
