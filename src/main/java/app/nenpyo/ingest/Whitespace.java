package app.nenpyo.ingest;

/** Whitespace as a Japanese text sees it: ASCII blanks and line breaks, U+3000, no-break spaces. */
final class Whitespace {
    private Whitespace() {
    }

    static boolean is(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isBlank(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!is(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
