package app.nenpyo.store;

import app.nenpyo.domain.AnalyzedDocument;
import java.util.List;
import java.util.Objects;

/**
 * A document to insert, with the kuromoji tokens of each of its paragraphs (computed by the nlp
 * layer), one space-separated string per paragraph in the order of {@link AnalyzedDocument#paragraphs()}.
 * An empty token list means "no tokens": the paragraphs are then found by the trigram index only.
 */
public record DocumentToStore(AnalyzedDocument document, List<String> paragraphTokens) {

    public DocumentToStore {
        Objects.requireNonNull(document, "document");
        paragraphTokens = paragraphTokens == null ? List.of() : List.copyOf(paragraphTokens);
    }

    public static DocumentToStore withoutTokens(AnalyzedDocument document) {
        return new DocumentToStore(document, List.of());
    }
}
