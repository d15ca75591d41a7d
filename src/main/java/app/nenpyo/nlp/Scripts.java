package app.nenpyo.nlp;

/**
 * The Unicode script of a UTF-16 character read from a table made once, where {@link Character.UnicodeScript#of}
 * searches its ranges each time: the actor rules ask it of nearly every character of every dated sentence, and that
 * search was about 2 % of the import workers' samples, the hiragana block's about 1 % more (decision 0021,
 * 2026-12-13). The same answers as the JDK's for every one of the 65,536 values, lone surrogates included
 * ({@code UNKNOWN}).
 *
 * <p>{@code of('王')} → HAN; {@code of('ン')} → KATAKANA; {@code of('ー')} → COMMON (the long mark is no katakana to
 * Unicode); {@code inHiraganaBlock('ゟ')} → true (the block, not the script: U+3040–U+309F).
 */
public final class Scripts {

    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
    /** The ordinal of each character's script; fewer than 256 scripts, so a byte each. */
    private static final byte[] SCRIPT_OF = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            SCRIPT_OF[c] = (byte) Character.UnicodeScript.of(c).ordinal();
        }
    }

    private Scripts() {
    }

    /** {@code Character.UnicodeScript.of(c)}. */
    public static Character.UnicodeScript of(char c) {
        return SCRIPTS[SCRIPT_OF[c] & 0xFF];
    }

    /** Whether the character is of the Han script: {@code Character.UnicodeScript.of(c) == HAN}. */
    public static boolean isHan(char c) {
        return of(c) == Character.UnicodeScript.HAN;
    }

    /** {@code Character.UnicodeBlock.of(c) == HIRAGANA}: the block U+3040–U+309F. */
    public static boolean inHiraganaBlock(char c) {
        return c >= '\u3040' && c <= '\u309F';
    }
}
