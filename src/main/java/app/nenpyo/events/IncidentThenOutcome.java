package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * A dated clause that tells an incident, then what came of it: トルコ南部で11日、大規模な地震があり、少なくとも300人が
 * 死亡した → the incident トルコ南部で地震 and its outcome 300人が死亡, told トルコ南部で地震、300人が死亡 when both fit;
 * an election voted in the passive and its result likewise (参院選は10日投開票され、自民、公明両党は…上回った).
 *
 * <p>Known weakness: the incident is found only by an incident noun, が, あり and a comma, or by a vote or a contest
 * told held in the passive and a comma; an incident told otherwise (地震が発生し、) is one deed.
 */
final class IncidentThenOutcome {

    private IncidentThenOutcome() {
    }

    /** トルコ南部で地震 and 300人が死亡: トルコ南部で地震、300人が死亡, when it fits; the incident alone else. */
    static Label withOutcome(Label incident, Label outcome) {
        String both = incident.text() + "、" + outcome.text();
        if (outcome.text().isEmpty() || both.codePointCount(0, both.length()) > Label.MAX_LENGTH) {
            return incident;
        }
        return incident.retold(both);
    }

    /**
     * トルコ南部で11日、大規模な地震があり、少なくとも300人が死亡した: a dated clause that says an incident
     * happened (an incident noun, が, あり and a comma) before anything else it says is done tells the
     * incident, and what follows is what came of it: the clause up to あり, labelled トルコ南部で地震 (it
     * read 地震の300人死亡と当局が公表; 住宅火災があり、2人が死亡した read 住宅火災の2人が死亡).
     */
    static TextSpan incident(AnalysedSentence s, TextSpan clause, TextSpan date) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            Token tk = t.get(k);
            if (tk.span().start() < date.end() || !clause.contains(tk.span()) || s.isQuoted(tk)) {
                continue;
            }
            if (tk.baseForm().equals("ある") && Morphemes.isVerb(tk)) {
                boolean told = k >= 2 && Morphemes.isParticle(t.get(k - 1), "が")
                        && Morphemes.isIncidentNoun(t.get(k - 2))
                        && s.charAfter(k) == '、';
                return told ? new TextSpan(clause.start(), tk.span().end()) : clause;
            }
            if (votedThenResult(s, k)) {
                return new TextSpan(clause.start(), t.get(k + 2).span().end());
            }
            if (ContestResult.heldThenResult(s, clause, k)) {
                return new TextSpan(clause.start(), t.get(k + 1).span().end());
            }
            if (Morphemes.isSahen(tk) && k + 1 < t.size() && Morphemes.isSuru(t.get(k + 1))
                    || Morphemes.isVerb(tk) && !Morphemes.WEAK_VERBS.contains(tk.baseForm())) {
                return clause;
            }
        }
        return clause;
    }

    /** The votes of an election, which a report of it tells with what came of them. */
    static final Set<String> VOTES = Set.of("投開票", "投票", "開票");

    /**
     * 参院選は10日投開票され、自民、公明両党は…上回った: the vote told in the passive and a comma, then
     * what came of it, as an incident and its outcome are (参院選が投開票、自民、公明両党が…上回る).
     */
    static boolean votedThenResult(AnalysedSentence s, int k) {
        List<Token> t = s.tokens();
        return k + 2 < t.size() && VOTES.contains(t.get(k).surface()) && Morphemes.isSahen(t.get(k))
                && Morphemes.isSuru(t.get(k + 1)) && t.get(k + 2).partOfSpeech().startsWith("動詞-接尾")
                && Set.of("れる", "られる").contains(t.get(k + 2).baseForm()) && s.charAfter(k + 2) == '、' && !s.isQuoted(t.get(k));
    }
}
