package app.nenpyo.store;

import app.nenpyo.domain.FullWidth;
import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans to highlight in a paragraph, in Java rather than with FTS5's highlight(), so
 * that they fall exactly on the characters: FTS5 reports trigrams, not the characters of the query.
 */
final class Highlighter {

    private Highlighter() {
    }

    /** Every occurrence of every term in the text, sorted, with overlapping spans merged. */
    static List<TextSpan> highlights(String text, List<String> terms) {
        List<TextSpan> spans = new ArrayList<>();
        for (String term : terms) {
            spans.addAll(occurrences(text, term));
        }
        return merged(spans);
    }

    /** Case and width ignored (A = a = Ａ = ａ), as the search treats them; one char for one char. */
    private static boolean matchesAt(String text, int at, String needle) {
        for (int k = 0; k < needle.length(); k++) {
            if (FullWidth.folded(text.charAt(at + k)) != FullWidth.folded(needle.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Non-overlapping occurrences, left to right, case and width ignored; folding maps each char
     * to one char, so the spans stay exact.
     */
    static List<TextSpan> occurrences(String text, String needle) {
        List<TextSpan> spans = new ArrayList<>();
        if (needle.isEmpty()) {
            return spans;
        }
        int last = text.length() - needle.length();
        for (int i = 0; i <= last; i++) {
            if (matchesAt(text, i, needle)) {
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
            if (previous != null && span.start() < previous.end()) {
                merged.set(merged.size() - 1, new TextSpan(previous.start(), Math.max(previous.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
