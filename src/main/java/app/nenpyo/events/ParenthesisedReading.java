package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;

/**
 * A reading, abbreviation or age a paper writes in brackets right after a noun, before its particle:
 * 株式公開買い付け（TOB）を, 包括的核実験禁止条約(CTBT)を, 男（35）を. The particle belongs to the noun
 * before the brackets; the tokens keep no brackets, so the word inside them (TOB) would pass for it.
 *
 * <p>{@code 株式公開買い付け（TOB）を開始した} → the index of 買い付け's token + 1;
 * {@code 原案を了承した} → the index of を itself (no brackets: the noun is the token before it).
 *
 * <p>A line break a page wrapped before the brackets or the particle is skipped: 条約⏎(CTBT)を, 男⏎を.
 *
 * <p>Known weaknesses: one pair of brackets only, not nested (（Ａ（Ｂ））を) nor two in a row; brackets
 * longer than {@link #MAX_CHARS} characters are taken for an aside, and give no noun.
 */
final class ParenthesisedReading {

    /** The longest reading taken for one: longer brackets hold an aside of their own, not a name's reading. */
    private static final int MAX_CHARS = 20;

    private ParenthesisedReading() {
    }

    /**
     * The index of the token right after the particle's noun: {@code particle} itself when no bracket
     * closes right before it, else the index of the first token after the noun that ends where the
     * brackets open inside the clause; -1 when no such noun is found.
     */
    static int before(AnalysedSentence s, TextSpan clause, int particle) {
        List<Token> tokens = s.tokens();
        String text = s.text();
        int at = pastWrappedBreak(text, tokens.get(particle).span().start(), clause.start());
        if (at == 0 || !closes(text.charAt(at - 1))) {
            return particle;
        }
        int open = -1;
        for (int c = at - 2; c >= Math.max(clause.start(), at - 1 - MAX_CHARS); c--) {
            if (closes(text.charAt(c))) {
                return -1;
            }
            if (opens(text.charAt(c))) {
                open = c;
                break;
            }
        }
        int nounEnd = open > 0 ? pastWrappedBreak(text, open, clause.start()) : open;
        for (int k = particle - 1; nounEnd > 0 && k >= 0 && tokens.get(k).span().end() >= nounEnd; k--) {
            if (tokens.get(k).span().end() == nounEnd) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Where the text before {@code at} ends once a line break a page wrapped there (and the spaces
     * around it) is skipped: 条約⏎(CTBT) → the end of 条約; {@code at} itself when no line break lies
     * right before it, for a space alone is written on purpose.
     */
    static int pastWrappedBreak(String text, int at, int floor) {
        int c = at;
        boolean lineBreak = false;
        while (c > floor && Character.isWhitespace(text.charAt(c - 1))) {
            lineBreak |= text.charAt(c - 1) == '\n' || text.charAt(c - 1) == '\r';
            c--;
        }
        return lineBreak ? c : at;
    }

    private static boolean closes(char c) {
        return c == '）' || c == ')';
    }

    private static boolean opens(char c) {
        return c == '（' || c == '(';
    }
}
