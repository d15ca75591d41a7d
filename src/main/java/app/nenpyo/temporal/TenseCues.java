package app.nenpyo.temporal;

/**
 * Finds the tense of the predicate that a date belongs to, from characters alone: the first cue
 * after the date within its sentence, skipping quotations (「…」) and complement clauses
 * (〜することはない, 〜するよう).
 *
 * <pre>
 *   "…は7日の演説で…命令を出した。"               → PAST   (出した)
 *   "来月4日に行われる北京オリンピック…"          → FUTURE (行われる)
 *   "…は15日に発表する予定だ。"                    → FUTURE (予定)
 *   "首相は28日、訪米へ"                            → FUTURE (へ at the end of a headline)
 *   "10日の会合"                                     → NEUTRAL
 * </pre>
 *
 * <p>Known weaknesses: without morphemes, a date before a long relative clause may take that
 * clause's tense rather than the main verb's; cues inside a nested clause can mislead. The
 * resolver only lets the lean weigh candidates, so a wrong cue moves a date only when two
 * readings are about as near to the document date.
 */
final class TenseCues {
    private static final Words FUTURE_WORDS = new Words("予定", "見通し", "見込み", "方針", "計画", "めど", "目指", "開幕する",
        "開催する", "開かれる", "行われる", "実施する", "始まる", "予想", "期限", "ことになっ",
        "へ。", "へ」", "へ\n");
    private static final int MAX_SCOPE = 120;

    private TenseCues() {
    }

    static Lean after(char[] c, int from, int sentenceEnd) {
        int limit = Math.min(Math.min(sentenceEnd, c.length), from + MAX_SCOPE);
        int quote = 0;
        for (int k = from; k < limit; k++) {
            char ch = c[k];
            if (ch == '「' || ch == '『') {
                quote++;
                continue;
            }
            if (ch == '」' || ch == '』') {
                quote = Math.max(0, quote - 1);
                continue;
            }
            if (quote > 0) {
                continue;
            }
            if (FUTURE_WORDS.at(c, k) != null) {
                return Lean.FUTURE;
            }
            if (k + 1 == limit && ch == 'へ') {
                return Lean.FUTURE;
            }
            if ((ch == 'た' || ch == 'だ') && isPast(c, k)) {
                return Lean.PAST;
            }
            if ((ch == 'る' || ch == 'す' && k + 1 < c.length && k > 0 && c[k - 1] == 'ま') && isNonPast(c, k)) {
                return Lean.FUTURE;
            }
        }
        return Lean.NEUTRAL;
    }

    private static boolean isPast(char[] c, int k) {
        if (k == 0) {
            return false;
        }
        char prev = c[k - 1];
        boolean stem = c[k] == 'た' ? "しっれいえきちけせめべねじぎびみり".indexOf(prev) >= 0 : prev == 'ん' || prev == 'い';
        if (!stem) {
            return false;
        }
        char next = k + 1 < c.length ? c[k + 1] : '。';
        return "いめちびくらろけかま".indexOf(next) < 0;
    }

    private static boolean isNonPast(char[] c, int k) {
        if (k == 0 || !Chars.isHiragana(c[k - 1])) {
            return false;
        }
        char prev = c[k - 1];
        if (c[k] == 'る') {
            if ((prev == 'い' || prev == 'お') && k >= 2 && (c[k - 2] == 'て' || c[k - 2] == 'で')) {
                return false;
            }
            if (prev == 'よ' || prev == 'ぐ' || prev == 'あ' || prev == 'い' && k >= 2 && c[k - 2] == 'て') {
                return false;
            }
        }
        char next = k + 1 < c.length ? c[k + 1] : '。';
        if (Chars.at(c, k + 1, "こと") || Chars.at(c, k + 1, "よう") || Chars.at(c, k + 1, "と") || Chars.at(c, k + 1, "か")
                || Chars.at(c, k + 1, "べき") || Chars.at(c, k + 1, "ため")) {
            return false;
        }
        return next == '。' || next == '、' || next == '\n' || Chars.isKanji(next) || Chars.isKatakana(next) || next == 'の';
    }
}
