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
 *   化学工場で3日、爆発が起きた事故で、県警は10日、同社を家宅捜索した。             3日 → 爆発が起きた事故
 *   国交省は16日、昨年7月に沖で旅客船が沈んだ事故で、…                               16日 → none (the frame holds another date)
 *   国交省は16日、沖で旅客船が沈んだ事故で、…、12日に…と通知した。                   16日 → none (a topic before the date)
 *   県警は8日、住宅で起きた火災で、男を逮捕し、10日に送検した。                      8日 → none (a topic before the date)
 * </pre>
 *
 * <p>The frame runs from the date to a noun of an incident ({@link Morphemes#INCIDENT_NOUNS}: 事故, 火災, 地震, 事件…)
 * followed by で and a comma, with no comma nor another date between (quotes and brackets do not part it). A date set
 * off by a comma is the main clause's when a topic stands right before it (県警は8日、); after anything else (a place:
 * 工場で3日、) it opens a frame only when the main clause has a date of its own right after its topic, after the frame
 * (…事故で、県警は10日、): a later date in another clause (…逮捕し、10日に送検した) or a span (今後1週間) is not the main
 * clause's. Known weakness: a frame with a second comma inside (昨年7月、沖で、旅客船が沈んだ事故で、) is not found.
 */
final class IncidentFrame {

    private IncidentFrame() {
    }

    /**
     * The frame's text after the date, up to and with the incident's noun (沖で旅客船が沈んだ事故), when the date is
     * written inside a frame; empty when it is not.
     *
     * @param s          the sentence (its tokens' spans relative to it)
     * @param clause     the clause the date governs, in the sentence
     * @param date       the date expression, in the sentence
     * @param otherDates the sentence's dates, in the sentence; the date itself among them is passed over by its place
     */
    static Optional<String> after(AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        List<Token> tokens = s.tokens();
        String text = s.text();
        if (date.end() <= date.start()) {
            return Optional.empty();
        }
        int first = CategoryRules.firstTokenAfter(tokens, date);
        if (first >= tokens.size()) {
            return Optional.empty();
        }
        boolean setOff = tokens.get(first).span().start() > date.end();
        if (setOff && CategoryRules.afterTopic(tokens, date)) {
            // 県警は8日、…: the main clause's date, whatever the sentence says later
            return Optional.empty();
        }
        int nextDate = nextDateStart(otherDates, date.end());
        int previousEnd = tokens.get(first).span().start();
        for (int i = first; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!clause.contains(t.span()) || commaIn(text, previousEnd, t.span().start()) || nextDate <= t.span().start()) {
                // a comma (the tokenizer keeps no marks), or the clause's end, or another date: no frame
                return Optional.empty();
            }
            if (Morphemes.isIncidentNoun(t) && Morphemes.isParticle(tokens.get(i + 1), "で")
                    && "、，".indexOf(s.charAfter(i + 1)) >= 0) {
                return setOff && !mainClauseDated(tokens, otherDates, t.span().end())
                        ? Optional.empty() : Optional.of(text.substring(date.end(), t.span().end()));
            }
            previousEnd = t.span().end();
        }
        return Optional.empty();
    }

    /** Whether a date after the frame's end stands right after a topic: …事故で、県警は10日、. */
    private static boolean mainClauseDated(List<Token> tokens, List<TextSpan> otherDates, int frameEnd) {
        for (TextSpan other : otherDates) {
            if (other.start() > frameEnd && CategoryRules.afterTopic(tokens, other)) {
                return true;
            }
        }
        return false;
    }

    /** Where the first of the other dates at or after a place starts; past every place when none. */
    private static int nextDateStart(List<TextSpan> otherDates, int from) {
        int next = Integer.MAX_VALUE;
        for (TextSpan other : otherDates) {
            if (other.start() >= from && other.start() < next) {
                next = other.start();
            }
        }
        return next;
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
}
