package app.nenpyo.export;

/**
 * Makes article text safe to put in any exported file as one line of text: control characters
 * (which XML 1.0 forbids even escaped, and which would break a CSV row or a label) become spaces,
 * and a lone surrogate (half a character, from a damaged file) becomes U+FFFD. Markup characters
 * ({@code <}, {@code &}, {@code "}) are kept: each writer escapes them for its own format.
 *
 * <pre>{@code
 * PlainText.line("a\u0000b\nc");   // "a b c"
 * PlainText.line("<script>");      // "<script>", unchanged: escaping is the writer's job
 * }</pre>
 */
public final class PlainText {
    private PlainText() {
    }

    public static String line(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = c;
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF') {
                replacement = ' ';
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (b != null) {
                        b.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = '\uFFFD';
            } else if (Character.isLowSurrogate(c)) {
                replacement = '\uFFFD';
            }
            if (replacement != c && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null) {
                b.append(replacement);
            }
        }
        return b == null ? text : b.toString();
    }
}
