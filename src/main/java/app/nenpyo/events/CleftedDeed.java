package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deed told by when it was done, the cleft of news prose: its clause, ended by the nominaliser の and the topic は,
 * is what the date dates, not what follows the date (decision 0037's addendum of 2026-12-13):
 * 市が計画の中止を発表したのは先月20日だった → 市が計画の中止を発表; 県警が容疑者を逮捕したのは12日で、事件から3か月が
 * たっていた → 県警が容疑者を逮捕 (the clause after で is a comment on it); 作家の山本一郎さんが亡くなったのは今月3日。
 * → 山本一郎さんが死亡; a conditional frame before it left out (振り返ると、市長が辞職を表明したのは… → 市長が辞職を表明).
 *
 * <p>Not a cleft: a noun before のは (今年の目標は), の as a possessive (市の計画は10日に), a date naming a happening of its
 * own (のは6月11日の噴火の直後で), a clause after のは with its own deed (気になるのは、昨年の夏に来日し…). Known weakness:
 * a cleft of a plan (決めるのは10日だ) is read as one too, its verb still the deed; a date said by a relative word
 * (のはその翌日だった) is not read here, that date being another rule's.
 */
final class CleftedDeed {

    private CleftedDeed() {
    }

    /** The clause before のは right before the date, when the date is what the clause tells; empty otherwise. */
    static Optional<TextSpan> deed(AnalysedSentence s, TextSpan clause, TextSpan date) {
        List<Token> t = s.tokens();
        int k = firstAtOrAfter(t, date.start());
        int topic = k - 1;
        if (topic < 2 || !Morphemes.isParticle(t.get(topic), "は") || !t.get(topic - 1).surface().equals("の")
                || !t.get(topic - 1).partOfSpeech().startsWith("名詞-非自立") || !endsTheCleft(t, firstAtOrAfter(t, date.end()))) {
            return Optional.empty();
        }
        Token before = t.get(topic - 2);
        int end = t.get(topic - 1).span().start();
        int start = afterAFrame(s, clause.start(), end);
        boolean deedBefore = Morphemes.isVerb(before) || Morphemes.isVerbEnding(before);
        return deedBefore && start < end ? Optional.of(new TextSpan(start, end)) : Optional.empty();
    }

    /**
     * Whether the date is all the cleft says of when: a copula (だった, で, だから), が (が初めてで, が最後だ) or the
     * sentence's end (punctuation is no token) follows it; not a noun it dates (のは6月11日の噴火の直後で: the deed is
     * dated by another happening) nor a clause of its own (気になるのは、一昨年の夏に来日し…: no cleft of the date).
     */
    private static boolean endsTheCleft(List<Token> t, int next) {
        if (next >= t.size()) {
            return true;
        }
        Token after = t.get(next);
        return Morphemes.isParticle(after, "が")
                || after.partOfSpeech().startsWith("助動詞") && Set.of("で", "だ", "だっ", "です", "でし").contains(after.surface());
    }

    /**
     * Where the deed starts: after a conditional frame set off by its comma (振り返ると、…) or a clause ended by the
     * copula で and its comma (A社が発表したのは12日で、B社が撤回したのは…: B社's deed), else the clause's start.
     */
    private static int afterAFrame(AnalysedSentence s, int clauseStart, int end) {
        List<Token> t = s.tokens();
        int start = clauseStart;
        for (int k = 1; k + 1 < t.size() && t.get(k + 1).span().end() <= end; k++) {
            int after = t.get(k).span().end();
            boolean conditional = Morphemes.isParticle(t.get(k), "と", "ば") && Morphemes.isVerb(t.get(k - 1));
            boolean clauseBefore = t.get(k).surface().equals("で") && t.get(k).partOfSpeech().startsWith("助動詞");
            boolean frame = t.get(k).span().start() >= clauseStart && (conditional || clauseBefore) && s.text().charAt(after) == '、';
            start = frame ? t.get(k + 1).span().start() : start;
        }
        return start;
    }

    private static int firstAtOrAfter(List<Token> t, int position) {
        int k = 0;
        while (k < t.size() && t.get(k).span().start() < position) {
            k++;
        }
        return k;
    }
}
