package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Optional;

/**
 * Finds the incident a sentence is framed by when a date is written inside the frame: …した事故で、 or …の事故で、 opens
 * the sentence with the happening the rest is about, and a date inside it is the incident's, not the main clause's.
 *
 * <pre>
 *   国交省は16日、昨年7月に沖で旅客船が沈んだ事故で、運航会社の許可を取り消した。  昨年7月 → 昨年7月に沖で旅客船が沈んだ事故
 *   2022年5月3日の高速道路での多重衝突事故で、地裁は9日、運転手に判決を言い渡した。  2022年5月3日 → …多重衝突事故
 *   国交省は16日、昨年7月に沖で旅客船が沈んだ事故で、…                               16日 → none (the frame holds another date)
 *   国交省は16日、沖で旅客船が沈んだ事故で、…                                        16日 → none (a comma after the date)
 * </pre>
 *
 * <p>The frame runs from the date to a noun of an incident ({@link Morphemes#INCIDENT_NOUNS}: 事故, 火災, 地震, 事件…)
 * followed by で and a comma, with no comma nor another date between (quotes and brackets do not part it). A date set
 * off by a comma opens a frame only when the main clause has a date of its own after the frame (工場で3日、爆発が起きた
 * 事故で、県警は10日、…: the 3rd is the explosion's); without one it is the main clause's (県は5日、…事故で、…). Known
 * weakness: a frame with a second comma inside (昨年7月、沖で、旅客船が沈んだ事故で、) is not found.
 */
final class IncidentFrame {

    private IncidentFrame() {
    }

    /**
     * The frame's text after the date, up to and with the incident's noun (沖で旅客船が沈んだ事故), when the date is
     * written inside a frame; empty when it is not.
     *
     * @param tokens     the sentence's tokens, spans relative to the sentence
     * @param text       the sentence's text
     * @param clause     the clause the date governs, in the sentence
     * @param date       the date expression, in the sentence
     * @param otherDates the sentence's other dates, in the sentence
     */
    static Optional<String> after(List<Token> tokens, String text, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        if (date.end() <= date.start()) {
            return Optional.empty();
        }
        // a date a comma sets off opens a frame only when the main clause has a date of its own after the frame
        boolean setOff = CategoryRules.setOff(tokens, date);
        int previousEnd = setOff ? firstAfter(tokens, date) : date.end();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.span().start() < date.end()) {
                continue;
            }
            if (!clause.contains(t.span()) || commaIn(text, previousEnd, t.span().start())
                    || dateBetween(otherDates, date, t.span())) {
                // a comma (the tokenizer keeps no marks), or the clause's end, or another date: no frame
                return Optional.empty();
            }
            Token next = tokens.get(i + 1);
            if (Morphemes.INCIDENT_NOUNS.stream().anyMatch(t.surface()::endsWith) && Morphemes.isParticle(next, "で")
                    && commaAfter(tokens, i + 1, text)) {
                boolean mainDated = otherDates.stream().anyMatch(other -> other.start() > t.span().end());
                return setOff && !mainDated ? Optional.empty() : Optional.of(text.substring(date.end(), t.span().end()));
            }
            previousEnd = t.span().end();
        }
        return Optional.empty();
    }

    /** Where the first token after the date starts. */
    private static int firstAfter(List<Token> tokens, TextSpan date) {
        for (Token t : tokens) {
            if (t.span().start() >= date.end()) {
                return t.span().start();
            }
        }
        return date.end();
    }

    private static boolean dateBetween(List<TextSpan> otherDates, TextSpan date, TextSpan upTo) {
        for (TextSpan other : otherDates) {
            if (other.start() >= date.end() && other.start() <= upTo.start()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma or a full stop stands between two places of the text; quotes and brackets do not part a frame. */
    private static boolean commaIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("、，。".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma follows the token at {@code at}. */
    private static boolean commaAfter(List<Token> tokens, int at, String text) {
        int end = tokens.get(at).span().end();
        return end < text.length() && (text.charAt(end) == '、' || text.charAt(end) == '，');
    }
}
