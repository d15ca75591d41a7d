package app.nenpyo.events;

/**
 * Which characters of a sentence are inside 「」 or 『』: verbs in quoted speech are what someone
 * said, not what happened, so labels skip them. Stray closing brackets (news clippings cut
 * quotes) are ignored rather than closing a quote that never opened. A name in brackets
 * (「ABC」社の株価は…, 『日本経済新聞』は…: no hiragana unless a case particle takes it, not followed
 * by と or だ; or, holding kana, taken by a case particle or the subject of the sentence's last clause) is
 * not speech, and is left to be read as a name.
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
     * a name is short, holds no comma or full stop, and is not said (followed by と) nor called so
     * (だ, です: 「テロ行為」だとして). Kana of speech (hiragana) make it speech unless a case
     * particle follows the brackets: 「退位礼正殿の儀」に臨む, 「強い不満」を表明 name a ceremony and
     * what was expressed, as no speech is taken by に or を. Before の, kana ending as a verb, an
     * adjective or a copula ends (る, た, い, ない, だ, ます) are speech still: 「増産したい」の意向, 「もう限界だ」の声; so
     * before a gloss (「辞任すべきだ」（中堅議員）の声: speech glossed by its speaker). A name without kana is told by
     * what follows its brackets, gloss or not (「未来館」（仮称）で式典).
     */
    private static int nameEnd(String text, int open) {
        char closing = text.charAt(open) == '「' ? '」' : '』';
        boolean kana = false;
        for (int k = open + 1; k < text.length() && k <= open + 1 + NAME_CHARS; k++) {
            char c = text.charAt(k);
            if (c == closing) {
                // past a line break inside the sentence: 「剣璽等承継の儀」⏎に臨んだ
                int closed = pastLineBreaks(text, k + 1);
                int a = pastGloss(text, closed);
                char after = a < text.length() ? text.charAt(a) : '。';
                boolean said = SAID_ENDINGS.indexOf(text.charAt(k - 1)) >= 0;
                boolean taken = CASE_PARTICLES.indexOf(after) >= 0 && !(after == 'の' && said);
                // 「みさき丸」（19トン）は: a thing glossed is named; speech glossed by its speaker ends as said
                // (「辞任すべきだ」（中堅議員）の声, 「頑張ります」（主将）) and stays speech
                boolean glossed = a > closed && !said;
                // 「未来館」（仮称）で: with no kana of speech, what follows the brackets themselves tells (as before glosses)
                char next = kana ? after : closed < text.length() ? text.charAt(closed) : '。';
                return k > open + 1 && next != 'と' && next != 'だ' && next != 'で'
                        && (!kana || taken || glossed || subjectOfTheEnd(text, k, a)) ? k : -1;
            }
            if (c == '「' || c == '『' || c == '、' || c == '。') {
                return -1;
            }
            kana |= Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA;
        }
        return -1;
    }

    /**
     * The first index past a gloss in round brackets at {@code at} (「みさき丸」（19トン）が: the ship's tonnage, 「あおば」（静岡市）は:
     * where the company is), else {@code at}: a gloss says what the name before it is, so the particle after it is the
     * name's. A gloss is short and holds no bracket of speech nor full stop.
     */
    private static int pastGloss(String text, int at) {
        if (at >= text.length() || text.charAt(at) != '（') {
            return at;
        }
        for (int k = at + 1; k < text.length() && k <= at + 1 + NAME_CHARS; k++) {
            char c = text.charAt(k);
            if (c == '）') {
                return k > at + 1 ? pastLineBreaks(text, k + 1) : at;
            }
            if (c == '「' || c == '（' || c == '。') {
                return at;
            }
        }
        return at;
    }

    /** The first index from {@code at} that is no line break: a sentence may run across one (a page's, a clipping's). */
    static int pastLineBreaks(String text, int at) {
        int k = at;
        while (k < text.length() && (text.charAt(k) == '\n' || text.charAt(k) == '\r')) {
            k++;
        }
        return k;
    }

    /**
     * Whether the brackets closing at {@code close} (the next character, past a line break, at
     * {@code after}) are the subject or topic of the sentence's last clause: they end in a noun's character (kanji or katakana, not speech's kana) and are followed by
     * が or は, then no comma nor bracket before the sentence ends. 「剣璽等承継の儀」が行われる,
     * 「即位礼正殿の儀」は22日に行われる name ceremonies; 走行中の「やまびこ」が脱線し、17日は… (a comma: an
     * earlier clause's subject) and 「もうやめたい」が本音だ (kana ending as speech does) are left as they were.
     */
    private static boolean subjectOfTheEnd(String text, int close, int after) {
        char last = text.charAt(close - 1);
        boolean noun = Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(last) == Character.UnicodeBlock.KATAKANA;
        if (!noun || after >= text.length() || "がは".indexOf(text.charAt(after)) < 0) {
            return false;
        }
        for (int k = after + 1; k < text.length() && text.charAt(k) != '。'; k++) {
            if ("、「『，".indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Particles after brackets that take what the brackets hold as a thing: に, を, の, へ (not が, whose
     * subject the label's reading may take for the sentence's: 走行中の「やまびこ」が脱線し、17日は…).
     */
    private static final String CASE_PARTICLES = "にをのへ";

    /**
     * The last kana of a sentence said (a verb's, an adjective's, だ or ます/です), which no name in brackets ends with
     * before の or a gloss.
     */
    private static final String SAID_ENDINGS = "るたいだす";

    /** The longest name in brackets: a company, a newspaper, a programme. */
    private static final int NAME_CHARS = 20;
}
