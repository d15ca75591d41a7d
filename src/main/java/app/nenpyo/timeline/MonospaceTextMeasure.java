package app.nenpyo.timeline;

/**
 * A deterministic {@link TextMeasure} for tests and benchmarks: every character advances by a fixed
 * amount, and East Asian wide characters (kana, kanji, full-width forms, Hangul) by twice that.
 * Roles are ignored.
 *
 * <pre>{@code
 * new MonospaceTextMeasure(7).width("10日(月)", TextRole.TICK_MINOR); // 2*7 + 14 + 7 + 14 + 7 = 56
 * }</pre>
 *
 * <p>Known weakness: a real proportional font differs by tens of percent, so a layout computed with
 * this measure is only geometrically right, not visually; combining marks count as characters.
 */
public record MonospaceTextMeasure(double advance) implements TextMeasure {

    public MonospaceTextMeasure {
        if (!(advance > 0) || Double.isInfinite(advance)) {
            throw new IllegalArgumentException("advance must be positive: " + advance);
        }
    }

    @Override
    public double width(String text, TextRole role) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += isWide(cp) ? 2 * advance : advance;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Whether a code point takes two columns: the common East Asian Wide and Fullwidth blocks. */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)        // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)    // CJK radicals, symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)    // kana, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)    // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)    // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)    // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)    // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)    // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)    // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)    // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)    // full-width signs
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }
}
