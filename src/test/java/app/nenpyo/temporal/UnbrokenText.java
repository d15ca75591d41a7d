package app.nenpyo.temporal;

import app.nenpyo.domain.TextSpan;
import java.util.Arrays;
import java.util.Optional;

/**
 * An article's text searched as if its lines were not broken: a clipping wrapped at a fixed width
 * breaks lines inside sentences, numbers and date expressions, while the expected rows hold them
 * whole. Spans found are in the text's own indices, a break inside included.
 */
public final class UnbrokenText {

    private final String joined;
    private final int[] indexInText;

    public UnbrokenText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int[] indices = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                indices[kept.length()] = i;
                kept.append(c);
            }
        }
        this.joined = kept.toString();
        this.indexInText = Arrays.copyOf(indices, kept.length());
    }

    /** The first occurrence of {@code needle} starting at or after index {@code from} of the text, line breaks ignored. */
    public Optional<TextSpan> find(String needle, int from) {
        int at = joined.indexOf(needle, firstKeptAtOrAfter(from));
        if (at < 0 || needle.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TextSpan(indexInText[at], indexInText[at + needle.length() - 1] + 1));
    }

    private int firstKeptAtOrAfter(int from) {
        int i = Arrays.binarySearch(indexInText, from);
        return i >= 0 ? i : -i - 1;
    }
}
