package app.nenpyo.events;

/**
 * Which characters of a sentence are inside 「」 or 『』: verbs in quoted speech are what someone
 * said, not what happened, so labels skip them. Stray closing brackets (news clippings cut
 * quotes) are ignored rather than closing a quote that never opened. A name in brackets
 * (「ABC」社の株価は…, 『日本経済新聞』は…: no hiragana, not followed by と or だ) is not speech,
 * and is left to be read as a name.
 */
final class Quotes {

    private Quotes() {
    }

    static boolean[] mask(String text) {
        boolean[] inside = new boolean[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '「' || c == '『') && depth == 0) {
                int close = nameEnd(text, i);
                if (close > 0) {
                    // 「ABC」社, 『日本経済新聞』は: a name in brackets is read as the words around it
                    i = close;
                    continue;
                }
            }
            if (c == '「' || c == '『') {
                depth++;
            }
            inside[i] = depth > 0;
            if ((c == '」' || c == '』') && depth > 0) {
                depth--;
            }
        }
        return inside;
    }

    /**
     * Where a bracketed name opened at {@code open} closes, or -1 when the brackets hold speech:
     * a name has no kana of speech (no hiragana), is short, and is not said (followed by と) nor
     * called so (だ, です: 「テロ行為」だとして).
     */
    private static int nameEnd(String text, int open) {
        char closing = text.charAt(open) == '「' ? '」' : '』';
        for (int k = open + 1; k < text.length() && k <= open + 1 + NAME_CHARS; k++) {
            char c = text.charAt(k);
            if (c == closing) {
                char after = k + 1 < text.length() ? text.charAt(k + 1) : '。';
                return k > open + 1 && after != 'と' && after != 'だ' && after != 'で' ? k : -1;
            }
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA || c == '「' || c == '『' || c == '、' || c == '。') {
                return -1;
            }
        }
        return -1;
    }

    /** The longest name in brackets: a company, a newspaper, a programme. */
    private static final int NAME_CHARS = 20;
}
