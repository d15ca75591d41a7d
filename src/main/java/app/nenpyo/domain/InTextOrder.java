package app.nenpyo.domain;

import java.util.List;
import java.util.function.Function;

/**
 * Lookups in lists kept in text order (tokens, sentences, actor mentions of a document), by binary
 * search: a file of a year's posts holds hundreds of thousands of them, and a scan from the start
 * for each report made reading such a file quadratic.
 *
 * <p>{@code firstStartingFrom(sentences, Sentence::span, 12)} → the index of the first sentence
 * starting at or after index 12 of the text, {@code sentences.size()} if none does.
 */
public final class InTextOrder {

    private InTextOrder() {
    }

    /**
     * The index of the first item whose span starts at or after {@code position}, or the list's size.
     *
     * @param items  sorted by their spans' starts
     * @param spanOf where an item is in the text
     */
    public static <T> int firstStartingFrom(List<T> items, Function<? super T, TextSpan> spanOf, int position) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spanOf.apply(items.get(mid)).start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
