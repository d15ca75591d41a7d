package app.nenpyo.store;

import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.Optional;

/**
 * A document's text kept once ({@link Migration16TextKeptOnce}): its paragraphs' texts are in the
 * paragraphs table (search needs them there), so the document's row keeps only the characters
 * outside every paragraph, in order, and the text is put back together from both.
 *
 * <pre>
 *   text "見出し\n\n本文です。\n", paragraphs [0, 3) and [5, 10)
 *   outside(text, paragraphs)                                  → "\n\n\n"
 *   rebuilt("\n\n\n", [[0, 3) "見出し", [5, 10) "本文です。"], 11) → the text again
 * </pre>
 *
 * A document whose paragraphs are out of order (by span or by number, the order they are read
 * back in), overlap, or cut a surrogate pair in two has no outside: its row keeps the whole text,
 * as before. So does a text holding a lone surrogate, which SQLite, keeping text as UTF-8, stores
 * as ? either way.
 */
final class DocumentText {

    private DocumentText() {
    }

    /** A paragraph's span and its text as stored. */
    record StoredParagraph(TextSpan span, String text) {
    }

    /** The characters of {@code text} outside every paragraph, in order; empty if the text must be kept whole. */
    static Optional<String> outside(String text, List<Paragraph> paragraphs) {
        if (hasALoneSurrogate(text)) {
            return Optional.empty();
        }
        StringBuilder outside = new StringBuilder();
        int at = 0;
        int number = Integer.MIN_VALUE;
        for (Paragraph p : paragraphs) {
            TextSpan span = p.span();
            if (span.start() < at || span.end() > text.length() || p.number() <= number || splitsAPair(text, span.start())
                    || splitsAPair(text, span.end())) {
                return Optional.empty();
            }
            outside.append(text, at, span.start());
            at = span.end();
            number = p.number();
        }
        return Optional.of(outside.append(text, at, text.length()).toString());
    }

    /** UTF-8, as SQLite keeps text, has no lone surrogates: such a text is kept whole, as before this layout. */
    private static boolean hasALoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean splitsAPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    /**
     * The whole text again.
     *
     * @param paragraphs in order, as {@link #outside} was given them
     * @param length     the text's length, in UTF-16 units
     * @throws IllegalStateException if the pieces do not make a text of that length (the file was changed by hand or damaged)
     */
    static String rebuilt(String outside, List<StoredParagraph> paragraphs, int length) {
        long pieces = outside.length();
        for (StoredParagraph p : paragraphs) {
            pieces += p.text().length();
        }
        if (pieces != length) {
            throw new IllegalStateException("the text comes to " + pieces + " characters, not " + length);
        }
        StringBuilder text = new StringBuilder(length);
        int taken = 0;
        for (StoredParagraph p : paragraphs) {
            int gap = p.span().start() - text.length();
            if (gap < 0 || taken + gap > outside.length() || p.text().length() != p.span().length()) {
                throw new IllegalStateException("paragraph at " + p.span() + " does not fit the text around it");
            }
            text.append(outside, taken, taken + gap).append(p.text());
            taken += gap;
        }
        // the pieces add up to the length: the rest of the outside ends the text
        return text.append(outside, taken, outside.length()).toString();
    }
}
