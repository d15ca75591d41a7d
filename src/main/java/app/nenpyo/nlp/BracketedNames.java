package app.nenpyo.nlp;

/**
 * Where a name written in brackets ends: 「味彩フーズ」 → the index of 」. Not brackets that hold a sentence (a mark of one,
 * 「業界の声を聞いた、」) or a run longer than a name ({@value #LONGEST} characters: what someone said), nor a bracket
 * never closed: the search stops past the longest name, so an unclosed one does not send it to the text's end.
 */
final class BracketedNames {
    /** The longest name taken from brackets: a longer run is what someone said. */
    static final int LONGEST = 20;

    /** What a name in brackets never holds: the marks of a sentence. */
    private static final String SENTENCE_MARKS = "、。！？「『";

    private BracketedNames() {
    }

    /** The index of the 」 closing the name that starts at {@code i} (right after 「), or -1. */
    static int closeOf(String text, int i) {
        int limit = Math.min(text.length(), i + LONGEST + 1);
        for (int k = i; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '」') {
                return k == i ? -1 : k;
            }
            if (SENTENCE_MARKS.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }
}
