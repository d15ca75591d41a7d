package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;

/**
 * What a clause reports was done, without who reported it: 少なくとも300人が死亡したと当局が明らかにした → the clause
 * up to と (少なくとも300人が死亡した), as a headline tells the deaths, not the announcement; and the と that quotes a
 * reported deed (…発射したと), told from quoted speech (「…」と).
 *
 * <p>Known weakness: a と the tokenizer calls a conjunction is a quote only before a sahen noun and する, a verb
 * of saying or 明らか; 見直すと、 followed by anything else is read as "when".
 */
final class ReportedDeed {

    private ReportedDeed() {
    }

    /**
     * 少なくとも300人が死亡したと当局が明らかにした → 少なくとも300人が死亡した: what a clause reports was
     * done, without who reported it (a headline tells the deaths, not the announcement); the clause
     * itself when it reports nothing.
     */
    static TextSpan deedReported(AnalysedSentence s, TextSpan clause) {
        return deedReported(s, clause, clause.start());
    }

    /** {@link #deedReported(AnalysedSentence, TextSpan)}, looking for the quoting と only from {@code from} on. */
    static TextSpan deedReported(AnalysedSentence s, TextSpan clause, int from) {
        List<Token> t = s.tokens();
        for (int k = 1; k < t.size(); k++) {
            Token tk = t.get(k);
            if (tk.span().start() < from || !clause.contains(tk.span()) || s.isQuoted(tk)) {
                continue;
            }
            if (isQuoteTo(t, s.text(), k) && (Morphemes.isVerb(t.get(k - 1)) || Morphemes.isVerbEnding(t.get(k - 1)))) {
                return new TextSpan(clause.start(), tk.span().start());
            }
        }
        return clause;
    }

    /**
     * と quoting a reported deed (…発射したと), not quoted speech (「…」と); the tokenizer also calls
     * it a conjunction after a verb's plain form (見直すと発表した), which a sahen noun or a verb of
     * saying after it shows to be a quote, with adverbs between (移行すると改めて確認した).
     */
    static boolean isQuoteTo(List<Token> t, String text, int k) {
        Token marker = t.get(k);
        if (!marker.surface().equals("と") || marker.span().start() == 0 || text.charAt(marker.span().start() - 1) == '」') {
            return false;
        }
        if (marker.partOfSpeech().startsWith("助詞-格助詞-引用")) {
            return true;
        }
        int n = k + 1;
        while (n < t.size() && t.get(n).partOfSpeech().startsWith("副詞") && t.get(n).span().start() == t.get(n - 1).span().end()) {
            n++;
        }
        return marker.partOfSpeech().startsWith("助詞-接続助詞") && k > 0 && Morphemes.isVerb(t.get(k - 1))
                && n < t.size() && (Morphemes.isSahen(t.get(n)) && n + 1 < t.size() && Morphemes.isSuru(t.get(n + 1))
                || Morphemes.REPORTING_VERBS.contains(t.get(n).baseForm()) || t.get(n).surface().equals("明らか"));
    }

    /**
     * 首相は金曜日に、年頭の記者会見を4日に開くと発表した: a date after another in its clause and
     * before the と of what is reported dates the deed reported (the 4th is the press conference,
     * Friday the announcement); the clause up to that と, else the clause.
     */
    static TextSpan reportedDeed(AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        boolean earlier = otherDates.stream().anyMatch(o -> !o.equals(date) && o.start() >= clause.start() && o.end() <= date.start());
        return earlier ? deedReported(s, clause, date.end()) : clause;
    }
}
