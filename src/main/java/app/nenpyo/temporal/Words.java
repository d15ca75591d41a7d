package app.nenpyo.temporal;

/**
 * A fixed list of words looked for, in order, at a position of normalised text ({@link Chars}):
 * the first that is there. The scanner asks at every position that may start a date, so a
 * filter of the words' first characters turns most positions away before any comparison.
 *
 * <pre>
 *   new Words("先々月", "今月", "先月").at("王外相は先月".toCharArray(), 4)   → "先月"
 *   new Words("先々月", "今月", "先月").at("王外相は先月".toCharArray(), 0)   → null
 * </pre>
 * Order matters: list a longer word before its prefix (年末年始 before 年末).
 */
final class Words {

    private static final int FILTER_BITS = 256;

    private final String[] words;
    /** Bit {@code ch % 256} set for each word's first character: no bit, no match; a bit may be shared. */
    private final long[] firstChars = new long[FILTER_BITS / 64];

    Words(String... words) {
        if (words.length == 0) {
            throw new IllegalArgumentException("no words");
        }
        this.words = words.clone();
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word matches everywhere");
            }
            int bit = w.charAt(0) % FILTER_BITS;
            firstChars[bit >>> 6] |= 1L << bit;
        }
    }

    /** The first word that ends just before {@code i}, or null: 泊 before the 2 of 1泊2日. */
    String before(char[] c, int i) {
        for (String w : words) {
            int start = i - w.length();
            if (start >= 0 && Chars.at(c, start, w)) {
                return w;
            }
        }
        return null;
    }

    /** The first word that starts at {@code i}, or null. */
    String at(char[] c, int i) {
        if (i < 0 || i >= c.length) {
            return null;
        }
        int bit = c[i] % FILTER_BITS;
        if ((firstChars[bit >>> 6] & (1L << bit)) == 0) {
            return null;
        }
        for (String w : words) {
            if (Chars.at(c, i, w)) {
                return w;
            }
        }
        return null;
    }
}
