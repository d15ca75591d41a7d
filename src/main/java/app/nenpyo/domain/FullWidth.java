package app.nenpyo.domain;

/**
 * Full-width ASCII (U+FF01–U+FF5E, as in ＮＡＴＯ or ２０２２) and its ordinary form (U+0021–U+007E)
 * map one to one, so a search can treat them alike and still highlight exact spans, and a rule
 * can read ＴＯＢ as TOB with every offset unchanged.
 */
public final class FullWidth {

    private static final int WIDE_FIRST = 0xFF01;
    private static final int WIDE_LAST = 0xFF5E;
    private static final int OFFSET = WIDE_FIRST - 0x21;

    private FullWidth() {
    }

    /** {@code ＣＳＴＯ２} → {@code CSTO2}; everything else unchanged (the text itself when it has no full-width ASCII). */
    public static String narrow(String text) {
        int first = 0;
        while (first < text.length() && narrow(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(narrow(text.charAt(i)));
        }
        return out.toString();
    }

    /** {@code CSTO2} → {@code ＣＳＴＯ２}; everything else (including the space) unchanged. */
    public static String wide(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x21 && c <= 0x7E ? (char) (c + OFFSET) : c);
        }
        return out.toString();
    }

    public static char narrow(char c) {
        return c >= WIDE_FIRST && c <= WIDE_LAST ? (char) (c - OFFSET) : c;
    }

    /** Whether a character is a Latin letter, in either width: A, z, Ｎ. */
    public static boolean isAsciiLetter(char c) {
        char n = narrow(c);
        return n < 128 && Character.isLetter(n);
    }

    /** The form two characters are compared in: narrow width, lower case. */
    public static char folded(char c) {
        return Character.toLowerCase(narrow(c));
    }
}
