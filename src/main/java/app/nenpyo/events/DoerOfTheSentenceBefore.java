package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Anaphor;
import app.nenpyo.nlp.Coreference;
import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.PartOfSpeech;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who did a deed its sentence tells without saying who: Japanese news names the doer once, as the
 * topic of a sentence, and leaves it out of the sentence after it (トカエフ大統領は5日、…と述べた。7日には
 * 非常事態を宣言した。). A careful reader takes the topic of the sentence before for the doer, and so does
 * this: the doer is an actor of the report, so the event stands in the doer's lane.
 *
 * <p>A report takes the topic of the sentence right before its own when all of these hold:
 * <ul>
 *   <li>its sentence says no subject of its own for it: no topic (a noun before は) up to the end of the
 *       report's clause, and no subject (a noun before が or も) in the clause, whether an actor or not
 *       (台風は22日に温帯低気圧に変わる is the typhoon's, 新工場は来春に完成する the plant's: what a sentence is about
 *       is not the doer before it), a subject of a clause describing a noun too (地元住民が…に反対する署名を
 *       提出した: whoever handed it in, the sentence says who may have). A time said with は (7日には, 同日夜は) is
 *       no topic; a place and で before は or も is one (国内では, 大阪市でも: what happened there);</li>
 *   <li>or its topic is a thing the clause's deed is done to, in the active voice: 東邦電機は…発表した。新工場は来春に
 *       着工し → the company's ({@link TopicalisedObjects}, {@link Subjects#doneToItsTopic});</li>
 *   <li>the sentence before is in the same paragraph (a new paragraph may be about another one) and its
 *       topic is an actor, as found or as its anaphor was found to stand for (同社は → 三和精機); a thing as
 *       its topic (株価は, 男は) passes nothing on;</li>
 *   <li>or that sentence says no subject either and took its doer from the one before it: the doer
 *       goes on until a sentence says another subject.</li>
 * </ul>
 * {@code 三和精機は10日、…買収すると発表した。同日開いた取締役会で決議した。} → the second report's actor is
 * 三和精機, the mention where it was named (the reason for it: it is written there); {@code
 * 気象庁は19日、…と発表した。台風は22日に温帯低気圧に変わる見込みだ。} → none (the typhoon is the subject).
 * The label and the subject stay as read: who did it is inferred, not written, so it counts as a shared
 * actor and not as the same subject when reports are merged (decision 0005).
 *
 * <p>Only sentences that were read (those with a date, or told on the day before: {@link DayOfTheSentenceBefore})
 * say their topic; an undated sentence between breaks the chain. Known weaknesses: a topic said of
 * two (ロシアとウクライナは) passes on only the last one named; a topicalised object in the passive (公判は開かれ)
 * takes no doer; a subject said only in a relative clause (東邦モーターズが発表した
 * 決算は) is no topic.
 */
final class DoerOfTheSentenceBefore {

    private DoerOfTheSentenceBefore() {
    }

    /**
     * Where one sentence says whom or what it tells of, as document offsets: its topics (the は after a noun, or
     * after a place and で), its subjects (the が or も after a noun, a relative clause's too), its verbs, and where
     * the actor or anaphor it tells of ends ({@code -1} when it tells of none): its first topic's, or, when it has
     * no topic, its first subject's; which of its topics name a thing ({@link TopicalisedObjects#namesAThing}), its
     * predicates, and whether it tells what a source says (によると, によれば).
     */
    record Subjects(List<Integer> topics, List<Integer> subjects, List<Integer> verbs, int actorEnd, List<Integer> thingTopics,
                    List<TopicalisedObjects.Predicate> predicates, boolean attributed) {

        /** Whether the sentence says no subject at all: no topic, no subject. */
        boolean saysNoOne() {
            return topics.isEmpty() && subjects.isEmpty();
        }

        /**
         * Whether a report's clause has a subject of its own: a topic of its sentence before the clause's end, or a
         * subject between where the sentence's clause before it ends and where the one after it starts ({@code
         * segment}: a clause may start at its date, after its subject, FRBも｜19日に会合を開く, or end before it,
         * 7日の「ビッグ・ランチ」｜には、数百万人が参加した).
         */
        boolean saysItsDoer(TextSpan segment, TextSpan clause) {
            return topics.stream().anyMatch(t -> t < clause.end())
                    || subjects.stream().anyMatch(s -> s >= segment.start() && s < segment.end());
        }

        /** Whether a clause tells a deed with a verb: a date line's 配信 or a noun phrase tells none anyone did. */
        boolean hasAVerbIn(TextSpan clause) {
            return verbs.stream().anyMatch(v -> v >= clause.start() && v < clause.end());
        }

        /**
         * Whether a report's clause whose sentence says a subject of its own tells a deed someone else did to it, that
         * subject being a thing: every topic before the clause's end names a thing, the clause says no subject (が, も),
         * its last predicate is a deed done to a thing in the active voice ({@link TopicalisedObjects}), and the
         * sentence does not tell what a source says (報告書によると、…交換を先送りした is the report's finding, not a deed
         * of the one who published it). 株主総会は6月下旬に開く → yes; 判決は11月20日に言い渡される (a passive: its agent is
         * as often not the one named before as it is), 台風は北上した, 工場は同社が閉鎖した, 社長は選ぶ → no.
         */
        boolean doneToItsTopic(TextSpan segment, TextSpan clause) {
            List<Integer> before = topics.stream().filter(t -> t < clause.end()).toList();
            if (attributed || before.isEmpty() || !thingTopics.containsAll(before)
                    || subjects.stream().anyMatch(s -> s >= segment.start() && s < segment.end())) {
                return false;
            }
            return predicates.stream().filter(p -> p.at() >= clause.start() && p.at() < clause.end())
                    .reduce((first, second) -> second).map(p -> p.voice() == TopicalisedObjects.Voice.ACTIVE).orElse(false);
        }

        /**
         * 「トカエフ大統領は5日、…」 → a topic at は, the actor ending there; 「7日には…宣言した」 → no topic; 「台風は…」 → a
         * topic that is no actor. Quoted words are another speaker's and say nothing of the sentence's subject.
         */
        static Subjects of(AnalysedSentence s, Gazetteer gazetteer) {
            List<Integer> topics = new ArrayList<>(1);
            List<Integer> things = new ArrayList<>(1);
            List<Integer> subjects = new ArrayList<>(1);
            List<Integer> verbs = new ArrayList<>();
            int topicActor = -1;
            int subjectActor = -1;
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (s.isQuoted(t)) {
                    continue;
                }
                if (t.is(PartOfSpeech.VERB)) {
                    verbs.add(s.offset() + t.span().start());
                }
                boolean topic = t.surface().equals("は") && t.is(PartOfSpeech.BINDING_PARTICLE);
                boolean subject = t.surface().equals("が") && t.is(PartOfSpeech.CASE_PARTICLE)
                        || t.surface().equals("も") && t.is(PartOfSpeech.BINDING_PARTICLE);
                if (k == 0 || !topic && !subject || !nextTo(s.text(), tokens.get(k - 1), t)) {
                    continue;
                }
                if (t.is(PartOfSpeech.BINDING_PARTICLE) && placeBefore(s, tokens, k - 1)) {
                    // 青梅市でも40.8度を記録し: the sentence tells what happened at the place it names, no one's deed
                    topics.add(s.offset() + t.span().start());
                    continue;
                }
                int head = headOfPhrase(tokens, k - 1);
                if (head < 0 || !saysWhom(tokens.get(head))) {
                    continue;
                }
                if (subject && inARelativeClause(s, tokens, k)) {
                    // 地元住民が…反対する署名を提出した may be the residents' deed or a petition of theirs someone
                    // handed in: a subject all the same, so no doer is carried in; but not the sentence's doer to pass on
                    subjects.add(s.offset() + t.span().start());
                    continue;
                }
                int actor = actorEndingBetween(s, tokens.get(head).span().end(), t.span().start());
                if (topic && actor < 0 && TopicalisedObjects.namesAThing(s.text(), tokens, head, gazetteer)) {
                    things.add(s.offset() + t.span().start());
                }
                if (topic) {
                    topicActor = topics.isEmpty() && actor >= 0 ? s.offset() + actor : topicActor;
                    topics.add(s.offset() + t.span().start());
                } else {
                    subjectActor = subjects.isEmpty() && actor >= 0 ? s.offset() + actor : subjectActor;
                    subjects.add(s.offset() + t.span().start());
                }
            }
            int actorEnd = topics.isEmpty() ? subjectActor : topicActor;
            boolean attributed = s.text().contains("によると") || s.text().contains("によれば");
            return new Subjects(List.copyOf(topics), List.copyOf(subjects), List.copyOf(verbs), actorEnd, List.copyOf(things),
                    TopicalisedObjects.predicates(s), attributed);
        }

        /**
         * The word that ends the noun phrase token {@code k} closes: itself, or the one before など or ら (米国などは,
         * 首相らは), which say others like it; -1 when nothing stands before them.
         */
        private static int headOfPhrase(List<Token> tokens, int k) {
            String word = tokens.get(k).surface();
            boolean others = word.equals("など") || word.equals("ら") && tokens.get(k).partOfSpeech().startsWith("名詞-接尾");
            return !others ? k : k > 0 && tokens.get(k - 1).span().end() == tokens.get(k).span().start() ? k - 1 : -1;
        }

        /**
         * Whether the が or も at token {@code k} is a relative clause's: its verb, with its endings, is written right
         * onto a noun (農場が飼う｜約20万羽の殺処分を始め, 市が7日に設けた｜調査委員会は), so its subject is that clause's
         * doer, not the sentence's.
         */
        private static boolean inARelativeClause(AnalysedSentence s, List<Token> tokens, int k) {
            int v = k + 1;
            while (v < tokens.size() && !tokens.get(v).partOfSpeech().startsWith("動詞")) {
                if (s.text().substring(tokens.get(v - 1).span().end(), tokens.get(v).span().start()).contains("、")) {
                    return false;
                }
                v++;
            }
            int after = v + 1;
            while (after < tokens.size() && Morphemes.isVerbEnding(tokens.get(after)) && !Morphemes.isParticle(tokens.get(after), "て", "で")) {
                after++;
            }
            return after < tokens.size() && tokens.get(after).span().start() == tokens.get(after - 1).span().end()
                    && Morphemes.isNounLike(tokens.get(after));
        }

        /**
         * Whether a word before は, が or も ends a noun phrase that may be a subject: a noun, a name's
         * suffix (さん, 氏), its last figure (はやぶさ2は) or a count (数百万人が); not a particle (7日には, 国内では, 9月28日と29日にも),
         * a time (同日夜は, 21日は, 今年も) nor an adverb.
         */
        private static boolean saysWhom(Token word) {
            String pos = word.partOfSpeech();
            return pos.startsWith("名詞") && !pos.startsWith("名詞-副詞可能")
                    && !(pos.startsWith("名詞-接尾-助数詞") && TIME_COUNTERS.contains(word.surface())) && !pos.startsWith("名詞-接尾-副詞可能");
        }

        /** What closes a name or a title written in brackets: （CAS）は, 「即位礼正殿の儀」は (the tokens leave the marks out). */
        private static final String CLOSING = "）)」』";

        /** Whether a particle follows a word, right after it or after the brackets the word closes. */
        private static boolean nextTo(String text, Token word, Token particle) {
            for (int i = word.span().end(); i < particle.span().start(); i++) {
                if (CLOSING.indexOf(text.charAt(i)) < 0) {
                    return false;
                }
            }
            return word.span().end() <= particle.span().start();
        }

        /** Words for a region or the land where things happen, not for who did them: 能登地方で, 国内で, 各地で. */
        private static final Set<String> REGIONS = Set.of("地方", "地域", "地区", "国内", "県内", "市内", "都内", "道内", "府内",
                "町内", "村内", "管内", "海外", "現地", "各地", "全国", "周辺", "付近", "沖");

        /** The counters of time: a noun ending so before は is a time said as a topic (21日は, 2022年は). */
        private static final Set<String> TIME_COUNTERS = Set.of("年", "月", "日", "時", "分", "秒", "週", "年度", "時間", "日間",
                "週間", "カ月", "か月", "ヶ月", "年間", "世紀", "期");

        /** Whether token {@code k} is the で of a place or country named right before it (青梅市で, ロシアで). */
        private static boolean placeBefore(AnalysedSentence s, List<Token> tokens, int k) {
            Token de = tokens.get(k);
            if (k < 1 || !de.surface().equals("で") || !de.partOfSpeech().startsWith("助詞-格助詞")) {
                return false;
            }
            Token word = tokens.get(k - 1);
            if (!nextTo(s.text(), word, de)) {
                return false;
            }
            // a place's name, its kind after it (青梅 + 市) or a word for a region (能登 + 地方, 国内) is the word before で
            String pos = word.partOfSpeech();
            return pos.startsWith("名詞-固有名詞-地域") || pos.startsWith("名詞-接尾-地域") || REGIONS.contains(word.surface())
                    || s.actors().stream().anyMatch(a -> a.span().end() == word.span().end()
                    && (a.kind() == ActorKind.PLACE || a.kind() == ActorKind.COUNTRY));
        }

        /**
         * Where an actor or an anaphor the sentence holds ends, from a word's end to the particle after it (a name
         * found with its bracket, スポーツ仲裁裁判所（CAS）, ends after it), sentence-relative; -1 when none does.
         */
        private static int actorEndingBetween(AnalysedSentence s, int from, int to) {
            // loops, not a stream: asked at every は, が and も of every dated sentence
            int last = -1;
            for (ActorMention a : s.actors()) {
                last = latestEndBetween(last, a.span(), from, to);
            }
            for (Anaphor a : s.anaphors()) {
                last = latestEndBetween(last, a.span(), from, to);
            }
            return last;
        }

        private static int latestEndBetween(int last, TextSpan span, int from, int to) {
            return span.end() >= from && span.end() <= to ? Math.max(last, span.end()) : last;
        }
    }

    /**
     * The reports with each one whose sentence says no subject for it given the doer the sentences before
     * named; the others as they were.
     *
     * @param sentences the document's sentences, in text order
     * @param reports   the document's reports, in reading order
     * @param subjects  what each sentence read says of its subjects; empty for a sentence not read
     * @param actors    the document's actors and the links its anaphors were found to stand for, in text order
     */
    static List<Report> withDoers(List<Sentence> sentences, List<Report> reports,
                                  Function<Sentence, Optional<Subjects>> subjects, List<ActorMention> actors) {
        List<Report> out = new ArrayList<>(reports);
        for (int i = 0; i < out.size(); i++) {
            out.set(i, withDoer(sentences, out, i, subjects, actors));
        }
        return out;
    }

    /** Report {@code i} of the reports, with the doer the sentences before named when its own says none. */
    static Report withDoer(List<Sentence> sentences, List<Report> reports, int i,
                           Function<Sentence, Optional<Subjects>> subjects, List<ActorMention> actors) {
        Report r = reports.get(i);
        int at = NamedBefore.sentenceAt(sentences, r.source().sentence().start());
        if (r.subject().isPresent() || at >= sentences.size() || !sentences.get(at).span().equals(r.source().sentence())) {
            return r;
        }
        Optional<Subjects> here = subjects.apply(sentences.get(at));
        if (here.isEmpty() || !here.get().hasAVerbIn(r.source().clause())) {
            return r;
        }
        TextSpan segment = segment(reports, i);
        if (here.get().saysItsDoer(segment, r.source().clause()) && !here.get().doneToItsTopic(segment, r.source().clause())) {
            return r;
        }
        List<ActorMention> doer = doerBefore(sentences, at, subjects, actors).stream()
                .filter(d -> r.actors().stream().noneMatch(a -> sameActor(a, d))).toList();
        return doer.isEmpty() ? r : r.withActorsAdded(doer);
    }

    /**
     * What of its sentence report {@code i}'s clause may say its subject in: from where the sentence's clause before
     * it ends (else the sentence's start) to where the one after it starts (else the sentence's end). The reports of
     * a sentence stand together in reading order.
     */
    private static TextSpan segment(List<Report> reports, int i) {
        Report r = reports.get(i);
        TextSpan sentence = r.source().sentence();
        TextSpan clause = r.source().clause();
        int from = sentence.start();
        int to = sentence.end();
        for (int k = i - 1; k >= 0 && reports.get(k).source().sentence().equals(sentence); k--) {
            TextSpan other = reports.get(k).source().clause();
            from = other.end() <= clause.start() ? Math.max(from, other.end()) : from;
        }
        for (int k = i + 1; k < reports.size() && reports.get(k).source().sentence().equals(sentence); k++) {
            TextSpan other = reports.get(k).source().clause();
            to = other.start() >= clause.end() ? Math.min(to, other.start()) : to;
        }
        return new TextSpan(from, to);
    }

    /**
     * The doer the sentence before sentence {@code at} names as its topic, or, when it says no subject at all,
     * the doer it took from the one before it; none across a paragraph's start or a sentence not read.
     */
    private static List<ActorMention> doerBefore(List<Sentence> sentences, int at, Function<Sentence, Optional<Subjects>> subjects,
                                                 List<ActorMention> actors) {
        for (int k = at - 1; k >= 0 && sentences.get(k).paragraphNumber() == sentences.get(at).paragraphNumber(); k--) {
            Optional<Subjects> before = subjects.apply(sentences.get(k));
            if (before.isEmpty()) {
                return List.of();
            }
            if (before.get().actorEnd() >= 0) {
                return endingAt(actors, sentences.get(k).span(), before.get().actorEnd());
            }
            if (!before.get().saysNoOne()) {
                return List.of();
            }
        }
        return List.of();
    }

    /** The actors (or the links, two for 両国) written in a sentence that end at a position, each actor once. */
    private static List<ActorMention> endingAt(List<ActorMention> actors, TextSpan sentence, int end) {
        Map<String, ActorMention> found = new LinkedHashMap<>();
        for (int i = Coreference.firstStartingFrom(actors, sentence.start()); i < actors.size() && actors.get(i).span().start() < end; i++) {
            ActorMention m = actors.get(i);
            if (m.span().end() == end) {
                found.putIfAbsent(m.kind() + ":" + m.canonical(), m);
            }
        }
        return List.copyOf(found.values());
    }

    private static boolean sameActor(ActorMention a, ActorMention b) {
        return a.kind() == b.kind() && a.canonical().equals(b.canonical());
    }
}
