package app.nenpyo.temporal;

import java.util.Arrays;
import java.util.List;

/**
 * The tense cues of a text read as if its page had not been wrapped: a line break a fixed width put
 * inside running text ({@link PageWraps}) hides nothing from {@link TenseCues}, which reads verb
 * endings and the words after a date character by character.
 *
 * <pre>
 *   11月上旬には装置の不具合で原子炉を止める場⏎面もあった。   → read as 止める場面もあった: the past, as unwrapped
 *   15日に会見を開いた。⏎市は…                              → no wrap (a sentence ended): read as it is
 * </pre>
 *
 * <p>Only the cues are read from the unwrapped copy; every span the finder gives is of the text as
 * it is. A text that is not wrapped is read as it is, without a copy. Known weakness: what
 * {@link PageWraps} does not take for a wrap (a text of fewer than two lines of the page's width)
 * still hides a word cut at a line's end.
 */
final class UnwrappedTense {
    private final char[] text;
    /** For each index of the text (and its end), the index in {@link #text} of that character or the next one kept. */
    private final int[] index;

    private UnwrappedTense(char[] text, int[] index) {
        this.text = text;
        this.index = index;
    }

    /** The text's cues, its page's wraps taken out of their way. */
    static UnwrappedTense of(char[] c) {
        List<Integer> wraps = PageWraps.in(String.valueOf(c));
        if (wraps.isEmpty()) {
            return new UnwrappedTense(c, null);
        }
        char[] kept = new char[c.length];
        int[] index = new int[c.length + 1];
        int n = 0;
        int next = 0;
        for (int k = 0; k < c.length; k++) {
            index[k] = n;
            boolean wrap = next < wraps.size() && (k == wraps.get(next) || c[k] == '\n' && k == wraps.get(next) + 1);
            if (wrap) {
                if (c[k] == '\n') {
                    next++;
                }
                continue;
            }
            kept[n++] = c[k];
        }
        index[c.length] = n;
        return new UnwrappedTense(Arrays.copyOf(kept, n), index);
    }

    /** {@link TenseCues#after} from {@code from} to the sentence's end, both indices of the text as it is. */
    Lean after(int from, int sentenceEnd) {
        return TenseCues.after(text, at(from), at(sentenceEnd));
    }

    /** {@link TenseCues#timeAhead}, as {@link #after}. */
    boolean timeAhead(int from, int sentenceEnd) {
        return TenseCues.timeAhead(text, at(from), at(sentenceEnd));
    }

    private int at(int k) {
        return index == null ? k : index[Math.min(Math.max(k, 0), index.length - 1)];
    }
}
