package app.nenpyo.temporal;

/**
 * Index-preserving normalisation: every char maps to one char, so offsets into the normalised
 * text are offsets into the original.
 *
 * <p>{@code ２０２２年１月１０日} → {@code 2022年1月10日}; {@code ／－．：（）} → {@code /-.:()};
 * the wave dashes {@code 〜～~} → {@code ~}; ideographic and no-break spaces → a space.
 * Everything else is kept (kanji numerals are read by {@link Numerals}).
 */
final class Chars {
    private Chars() {
    }

    static char[] normalize(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = fold(c[i]);
        }
        return c;
    }

    static char fold(char ch) {
        if (ch >= '０' && ch <= '９') {
            return (char) (ch - '０' + '0');
        }
        switch (ch) {
            case '／': return '/';
            case '－': case '‐': case '−': return '-';
            case '．': return '.';
            case '：': return ':';
            case '（': return '(';
            case '）': return ')';
            case '〜': case '～': case '~': return '~';
            case '　': case '\u00a0': return ' ';
            case '，': return ',';
            default: return ch;
        }
    }

    static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isHiragana(char ch) {
        return ch >= 'ぁ' && ch <= 'ゖ';
    }

    static boolean isKatakana(char ch) {
        return ch >= 'ァ' && ch <= 'ヺ' || ch == 'ー';
    }

    /** A character of a noun written in kanji or katakana (事件, テロ, 国境警備). */
    static boolean isNounChar(char ch) {
        return isKanji(ch) || isKatakana(ch);
    }

    /**
     * Whether a clause told done ends at {@code k}: a past た after a verb's stem (起きた, 決めた, 開いた, 死んだ's
     * だ after ん or い). {@code k} must be at least 1.
     */
    static boolean endsToldDone(char[] c, int k) {
        return c[k] == 'た' && "しれっいきちびみけせえげめねべてじ".indexOf(c[k - 1]) >= 0 || c[k] == 'だ' && "んい".indexOf(c[k - 1]) >= 0;
    }

    static boolean isKanji(char ch) {
        return ch >= '一' && ch <= '鿿' || ch == '々' || ch == '〇';
    }

    static boolean isAsciiLetter(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
    }

    /** Whether {@code word} is at {@code i} in {@code c}. */
    static boolean at(char[] c, int i, String word) {
        int n = word.length();
        if (i < 0 || i + n > c.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (c[i + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Skips ASCII and ideographic spaces (already folded to ' '). */
    static int skipSpaces(char[] c, int i) {
        while (i < c.length && c[i] == ' ') {
            i++;
        }
        return i;
    }
}
