package app.nenpyo.temporal;

import java.util.BitSet;

/**
 * Where a text's paragraphs break: at a line break, but not at one a page wrapped at a fixed width put inside a
 * paragraph ({@link PageWraps#insideParagraphs}), even right after a sentence's end.
 *
 * <pre>
 *   スーパーは6日、販売を始めた。⏎午前8時ごろには…            → a paragraph's break (a line a paragraph)
 *   …逮捕されていた。⏎同日には… (lines of the page's width) → none: the page wrapped there
 *   …逮捕されていた。⏎　県警は同日、…                        → a paragraph's break (an indented line)
 * </pre>
 *
 * <p>Known weakness: a paragraph that ends at the page's width, its next line not indented nor after a blank
 * line, reads as going on.
 */
final class Paragraphs {
    private final char[] c;
    private final BitSet wraps = new BitSet();

    /** The paragraphs of {@code c}, the finder's copy of the text (its wraps inside numbers already moved). */
    Paragraphs(char[] c) {
        this.c = c;
        PageWraps.insideParagraphs(String.valueOf(c)).forEach(wraps::set);
    }

    /** Whether a paragraph breaks between {@code from} and {@code to}. */
    boolean breakBetween(int from, int to) {
        for (int k = Math.max(from, 0); k < to && k < c.length; k++) {
            if (c[k] == '\n' && !wraps.get(k) && !(k > 0 && c[k - 1] == '\r' && wraps.get(k - 1))) {
                return true;
            }
        }
        return false;
    }
}
