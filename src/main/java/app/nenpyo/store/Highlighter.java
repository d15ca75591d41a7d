package app.nenpyo.store;

import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans to highlight in a paragraph, in Java rather than with FTS5's highlight(), so
 * that they fall exactly on the characters: FTS5 reports tokens (trigrams, kuromoji words), not
 * the characters of the query.
 */
final class Highlighter {

    private Highlighter() {
    }

    /**
     * Every occurrence of the query in the text; when there is none (the paragraph matched only
     * by its tokens), every occurrence of each token. Sorted, never overlapping.
     */
    static List<TextSpan> highlights(String text, String query, List<String> tokens) {
        List<TextSpan> spans = occurrences(text, query);
        if (!spans.isEmpty()) {
            return spans;
        }
        List<TextSpan> tokenSpans = new ArrayList<>();
        for (String token : tokens) {
            tokenSpans.addAll(occurrences(text, token));
        }
        return merged(tokenSpans);
    }

    /**
     * Non-overlapping occurrences, left to right. Case is ignored as the trigram index ignores
     * it; case folding keeps the length of each char, so the spans stay exact.
     */
    static List<TextSpan> occurrences(String text, String needle) {
        List<TextSpan> spans = new ArrayList<>();
        if (needle.isEmpty()) {
            return spans;
        }
        int last = text.length() - needle.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                spans.add(new TextSpan(i, i + needle.length()));
                i += needle.length() - 1;
            }
        }
        return spans;
    }

    private static List<TextSpan> merged(List<TextSpan> spans) {
        List<TextSpan> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<TextSpan> merged = new ArrayList<>();
        for (TextSpan span : sorted) {
            TextSpan previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && span.start() <= previous.end()) {
                merged.set(merged.size() - 1, new TextSpan(previous.start(), Math.max(previous.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
