package app.nenpyo.nlp;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The words of a paragraph as the search index keeps them: morphemes, NFKC-normalised and
 * lower-cased, joined by single spaces, so that an FTS5 table can find words shorter than a
 * trigram (王毅, 外相) by phrase.
 *
 * <p>{@code 中国の王毅外相は} → {@code 中国 の 王 毅 外相 は}; a query {@code 王毅} becomes the phrase
 * {@code 王 毅}, which matches. Full-width letters and digits fold to half-width ({@code ＣＳＴＯ} →
 * {@code csto}).
 */
public final class SearchTokens {

    private SearchTokens() {
    }

    /** The space-joined index text of a paragraph. */
    public static String indexText(String paragraph) {
        return String.join(" ", words(paragraph));
    }

    /** The words of a query, in order; empty when it has none (only punctuation, say). */
    public static List<String> queryWords(String query) {
        return words(query);
    }

    private static List<String> words(String text) {
        return JapaneseTokens.of(text).stream()
                .map(t -> normalise(t.surface()))
                .filter(w -> !w.isBlank())
                .toList();
    }

    static String normalise(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }
}
