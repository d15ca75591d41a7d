package app.nenpyo.domain;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where one report of an event was read: the document, the paragraph, the sentence, the clause
 * the date governs and the date expression itself. Every span is UTF-16 indices into that
 * document's text (convert with {@link CodePoints} for the command line).
 *
 * <p>Example, the sample's ¶22: {@code EventSource("3f2a…", OptionalLong.empty(), "ev-…", 22, [1686,1764), [1686,1763),
 * [1703,1706), "10日", …)}.
 *
 * @param documentKey  the document's content hash (SHA-256 of its text): known before it is stored
 * @param documentId   the document's row id when the input said it, empty before it is stored
 * @param sourceId     stable id of this report (see {@code app.nenpyo.events.EventIds}): the same
 *                     file imported again gives the same id
 * @param paragraph    paragraph number, from 1 as {@link Paragraph#number()}
 * @param sentence     the whole sentence
 * @param clause       the part of the sentence the date governs (a sentence with two dates has two)
 * @param expression   the date expression; outside the sentence when its date was carried from the sentence
 *                     before ({@link #dateCarried})
 * @param expressionText the date expression as written (10日, 先週, 来月4日)
 * @param background   why this report is background ("" when it is not): a header/footer
 *                     paragraph, a 関連記事 list, a cited survey
 */
public record EventSource(String documentKey, OptionalLong documentId, String sourceId, int paragraph, TextSpan sentence,
                          TextSpan clause, TextSpan expression, String expressionText,
                          String background) {

    public EventSource {
        Objects.requireNonNull(documentKey, "documentKey");
        documentId = documentId == null ? OptionalLong.empty() : documentId;
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(expressionText, "expressionText");
        background = background == null ? "" : background;
    }

    /**
     * Whether the date was carried from the sentence before (decision 0042): a sentence with no date of
     * its own, told on the day that one told, whose expression is therefore outside its sentence
     * (大川被告は無罪を主張した。 dated by 5日 in 初公判が5日、開かれた。). An added report has no expression.
     */
    public boolean dateCarried() {
        return !expressionText.isEmpty() && !sentence.contains(expression);
    }

    /**
     * Where the report was read, as the source pane and the reader mark it: its date expression; the
     * sentence too when the date was carried from the sentence before ({@link #dateCarried}: the
     * expression alone would mark the other sentence); the clause the analyst added when it has no
     * expression.
     */
    public List<TextSpan> marks() {
        if (expressionText.isEmpty()) {
            return List.of(clause);
        }
        return dateCarried() ? List.of(expression, sentence) : List.of(expression);
    }

    public boolean isBackground() {
        return !background.isEmpty();
    }
}
