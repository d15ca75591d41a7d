package app.nenpyo.ui;

import app.nenpyo.domain.TextSpan;

/**
 * A selection in a paragraph's selectable text (a text area) as a span of the paragraph's own
 * text. A text area drops the control characters it cannot show: the {@code \r} of a file with
 * CRLF line ends, a form feed. Each one dropped before a selected character would shift the span
 * by one (offsets are sacred: a span must map back to the text exactly).
 *
 * <pre>{@code
 * SelectableText.inParagraph("一方で\r\n米露協議", "一方で\n米露協議", 4, 8)   // [5, 9): 米露協議
 * }</pre>
 */
final class SelectableText {

    private SelectableText() {
    }

    /**
     * @param paragraph the paragraph's text as stored
     * @param shown     the text the area holds: the paragraph's with some characters left out
     * @param start     the selection's start in {@code shown}
     * @param end       its end
     */
    static TextSpan inParagraph(String paragraph, String shown, int start, int end) {
        int from = position(paragraph, shown, start);
        return new TextSpan(from, end <= start ? from : position(paragraph, shown, end - 1) + 1);
    }

    /**
     * Where the character at {@code at} of {@code shown} is in {@code paragraph}; for the end of
     * {@code shown}, the end of the paragraph's last character shown.
     */
    private static int position(String paragraph, String shown, int at) {
        if (at >= shown.length()) {
            return shown.isEmpty() ? 0 : position(paragraph, shown, shown.length() - 1) + 1;
        }
        int p = 0;
        for (int s = 0; p < paragraph.length(); p++) {
            if (paragraph.charAt(p) == shown.charAt(s)) {
                if (s == at) {
                    return p;
                }
                s++;
            }
        }
        return paragraph.length();
    }
}
