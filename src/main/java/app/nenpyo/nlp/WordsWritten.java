package app.nenpyo.nlp;

import java.util.Collection;

/**
 * Whether a text holds any of a few words: the test a finder's rule asks once a sentence, so that it is not tried at
 * every character of a sentence that cannot hold what it reads (a faction without 派, a paper without 新聞).
 *
 * <p>{@code anyIn("安倍派の幹部は", List.of("派"))} → true; {@code anyIn("首相は述べた", List.of("新聞", "日報"))} → false.
 */
final class WordsWritten {

    private WordsWritten() {
    }

    static boolean anyIn(String text, Collection<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
