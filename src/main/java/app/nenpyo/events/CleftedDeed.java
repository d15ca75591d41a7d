package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.PartOfSpeech;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deed told by when it was done, the cleft of news prose: its clause, ended by the nominaliser の and the topic は,
 * is what the date dates, not what follows the date (decision 0037's addendum of 2026-12-13):
 * 市が計画の中止を発表したのは先月20日だった → 市が計画の中止を発表; 県警が容疑者を逮捕したのは12日で、事件から3か月が
 * たっていた → 県警が容疑者を逮捕 (the clause after で is a comment on it); 作家の山本一郎さんが亡くなったのは今月3日。
 * → 山本一郎さんが死亡; a conditional frame or a clause ended by the copula で before it left out (振り返ると、市長が辞職を
 * 表明したのは… → 市長が辞職を表明; 原因は不明で、警察が現場を調べたのは… → 警察が現場を調べる), outside quotes only.
 * Its doer is its own last が-subject, not a topic around it (政府は、与党が法案を提出したのは12日だったと説明した →
 * 与党が法案を提出; 2019年に開業した店が閉店したのは… → 店が閉店, not the inner clause's 開業); with none, the topic before
 * a description of it (市長は高齢で、辞職を表明したのは… → 市長が辞職を表明).
 *
 * <p>Not a cleft: a noun before のは (今年の目標は, 市の計画は10日に: a possessive の follows a noun, never a verb), a date
 * naming a happening of its own (のは6月11日の噴火の直後で), a clause after のは with its own deed (気になるのは、昨年の夏に
 * 来日し…), a stance or an evaluation, whose clause has no argument of its own or ends in な (懸念されるのは15日で、
 * 問題となったのは12日で、, 気になるのは、12日が初日だ, 大切なのは12日が期限だ). Known weaknesses: a cleft of a plan
 * (決めるのは10日だ) is read as one too, its verb still the deed; a date said by a relative word (のはその翌日だった) is
 * not read here, that date being another rule's; a cleft with no argument before its verb (発表したのは12日だった, its doer
 * in the sentence before) is taken for a stance and left to the clause after its date; a description before a clause
 * with a subject of its own inside (市長は体調が不安定で、辞職を表明したのは…) is dropped with its topic; of two が-subjects
 * in a row (県が市が建てた施設を買収したのは…) the inner one is taken for the doer.
 */
final class CleftedDeed {

    /** The copula after the date: で, だ, だった, です, でした. */
    private static final Set<String> COPULA = Set.of("で", "だ", "だっ", "です", "でし");

    /** A time of day or about after the date, still its date (12日夜で, 12日午後3時ごろで). */
    private static final Set<String> TIME_OF_DAY = Set.of("朝", "昼", "夕", "夕方", "夜", "深夜", "未明", "早朝", "午前", "午後",
            "ごろ", "頃", "時", "分", "半");

    /** The clause before のは from its doer on, and where its doer is read from (its start, or after a description). */
    record Cleft(TextSpan deed, TextSpan anchor) {
    }

    private CleftedDeed() {
    }

    /** The clause before のは right before the date, when the date is what the clause tells; empty otherwise. */
    static Optional<Cleft> deed(AnalysedSentence s, TextSpan clause, TextSpan date) {
        List<Token> t = s.tokens();
        int k = firstAtOrAfter(t, date.start());
        int topic = k - 1;
        if (topic < 2 || !Morphemes.isParticle(t.get(topic), "は") || !t.get(topic - 1).surface().equals("の")
                || !endsTheCleft(t, firstAtOrAfter(t, date.end()))) {
            return Optional.empty();
        }
        Token before = t.get(topic - 2);
        int end = t.get(topic - 1).span().start();
        int start = afterAFrame(s, clause.start(), end);
        boolean deedBefore = (Morphemes.isVerb(before) || Morphemes.isVerbEnding(before)) && !before.surface().equals("な");
        if (!deedBefore || start >= end || !hasAnArgument(s, clause.start(), verbStart(t, topic - 2))) {
            return Optional.empty();
        }
        return Optional.of(fromItsDoer(s, new TextSpan(start, end)));
    }

    /**
     * Whether the date is all the cleft says of when: a copula (だった, で, だから), が (が初めてで, が最後だ), のこと or the
     * sentence's end (punctuation is no token) follows it, past a time of day (12日夜で, 12日午後3時ごろで); not a noun it
     * dates (のは6月11日の噴火の直後で: the deed is dated by another happening) nor a clause of its own (気になるのは、
     * 一昨年の夏に来日し…: no cleft of the date).
     */
    private static boolean endsTheCleft(List<Token> t, int next) {
        int k = next;
        while (k < t.size() && (TIME_OF_DAY.contains(t.get(k).surface()) || t.get(k).is(PartOfSpeech.NUMBER))) {
            k++;
        }
        if (k >= t.size()) {
            return true;
        }
        Token after = t.get(k);
        boolean itsDay = after.surface().equals("の") && k + 1 < t.size() && t.get(k + 1).surface().equals("こと");
        // after a time of day, a noun, the tokenizer tags the copula で a case particle
        boolean afterATime = k > 0 && TIME_OF_DAY.contains(t.get(k - 1).surface());
        boolean copula = (after.is(PartOfSpeech.AUXILIARY) || afterATime) && COPULA.contains(after.surface());
        return itsDay || copula || Morphemes.isParticle(after, "が");
    }

    /** The first token of the verb ending at {@code last}, a sahen noun before する included (懸念|される, 初当選|した). */
    private static int verbStart(List<Token> t, int last) {
        int k = last;
        while (k > 0 && (Morphemes.isVerbEnding(t.get(k)) || Morphemes.isVerb(t.get(k)))
                && (Morphemes.isVerb(t.get(k - 1)) || Morphemes.isVerbEnding(t.get(k - 1)) || Morphemes.isSahen(t.get(k - 1)))) {
            k--;
        }
        return k;
    }

    /**
     * Whether the clause before the verb has a phrase of its own, a particle outside quotes (警報が出た, 計画を発表した,
     * 米国と合意した; a topic before a frame counts: 同社の社長は田中氏で、就任した); not the complement of なる (問題と
     * なった, 気になる), which says a stance, as an evaluation does.
     */
    private static boolean hasAnArgument(AnalysedSentence s, int clauseStart, int verb) {
        List<Token> t = s.tokens();
        boolean becomes = "なる".equals(t.get(verb).baseForm());
        for (int k = firstAtOrAfter(t, clauseStart); k < verb; k++) {
            Token p = t.get(k);
            boolean complement = becomes && k == verb - 1;
            if (!s.isQuoted(p) && !complement && (p.is(PartOfSpeech.CASE_PARTICLE) || Morphemes.isParticle(p, "は", "も"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The deed from its doer on, read as a clause of no date: from its last が-subject outside quotes, the noun phrase
     * and all (政府は、与党が法案を提出した → 与党が法案を提出した: 与党, not the topic; 2019年に開業した店が閉店した →
     * 店が閉店した, not the inner clause's 開業); with none, from its start, its doer read after a description of the
     * topic (市長は高齢で、|辞職を表明した: 市長, not 高齢で).
     */
    private static Cleft fromItsDoer(AnalysedSentence s, TextSpan deed) {
        List<Token> t = s.tokens();
        int first = firstAtOrAfter(t, deed.start());
        int subject = -1;
        int described = deed.start();
        boolean topic = false;
        for (int k = first; k < t.size() && t.get(k).span().end() <= deed.end(); k++) {
            Token p = t.get(k);
            if (s.isQuoted(p)) {
                continue;
            }
            subject = p.is(PartOfSpeech.CASE_PARTICLE) && p.surface().equals("が") && k > first ? k : subject;
            boolean description = topic && p.is(PartOfSpeech.CASE_PARTICLE) && p.surface().equals("で")
                    && Morphemes.isNounLike(t.get(k - 1)) && s.charAfter(k) == '、';
            described = description ? p.span().end() : described;
            topic = topic || Morphemes.isParticle(p, "は");
        }
        if (subject < 0) {
            return new Cleft(deed, new TextSpan(described, described));
        }
        int phrase = subject - 1;
        while (phrase > first && isOfTheNounPhrase(t, phrase - 1)) {
            phrase--;
        }
        int start = t.get(phrase).span().start();
        return new Cleft(new TextSpan(start, deed.end()), new TextSpan(start, start));
    }

    /** A noun, or の between nouns (作家の山本一郎さん): part of the noun phrase ending after it. */
    private static boolean isOfTheNounPhrase(List<Token> t, int k) {
        Token p = t.get(k);
        return p.is(PartOfSpeech.NOUN) || p.is(PartOfSpeech.PREFIX)
                || k > 0 && p.is(PartOfSpeech.ATTRIBUTIVE_PARTICLE) && t.get(k - 1).is(PartOfSpeech.NOUN);
    }

    /**
     * Where the deed starts: after a conditional frame set off by its comma (振り返ると、…) or a clause ended by the
     * copula で and its comma (原因は不明で、…; A社が発表したのは12日で、B社が撤回したのは…: B社's deed), outside quotes,
     * else the clause's start.
     */
    private static int afterAFrame(AnalysedSentence s, int clauseStart, int end) {
        List<Token> t = s.tokens();
        int start = clauseStart;
        for (int k = 1; k + 1 < t.size() && t.get(k + 1).span().end() <= end; k++) {
            boolean conditional = Morphemes.isParticle(t.get(k), "と", "ば") && Morphemes.isVerb(t.get(k - 1));
            boolean clauseBefore = t.get(k).surface().equals("で") && t.get(k).is(PartOfSpeech.AUXILIARY);
            boolean frame = t.get(k).span().start() >= clauseStart && !s.isQuoted(t.get(k)) && (conditional || clauseBefore)
                    && s.charAfter(k) == '、';
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
