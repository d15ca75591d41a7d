package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Coreference;
import app.nenpyo.nlp.Gazetteer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts what a document's anaphors were found to stand for ({@link app.nenpyo.nlp.Coreference})
 * into its reports: each link inside a report's clause is one of its actors, and a label that
 * begins with 同社, 同党, 同国, 同氏, 両国 or a title alone names them instead (同社が2022年3月期決算を発表 →
 * 東芝が…; 両国が… → 日米が…; 首相が… → 岸田首相が…; 同氏が… → 山田太郎氏が…; 女王が即位 → エリザベス女王が即位), as a reader of a
 * timeline of years, who sees the label without its article and many a 首相, needs. 両首脳 and 両陛下
 * stay as written: the names of two would crowd the label. A later clause of the sentence whose
 * label begins with the sentence's topic, an anaphor (病院は…止めており、翌日、…被害届を出した → 病院が…被害届を出す),
 * has that link too, as an actor but not as the subject: who did it is inferred, not written (so it is no
 * reason to merge that clause's report with the topic's own, decision 0005).
 */
final class AnaphorLinks {

    private AnaphorLinks() {
    }

    static Report withLinks(Report r, List<ActorMention> links, Gazetteer gazetteer) {
        TextSpan clause = r.source().clause();
        List<ActorMention> inClause = new ArrayList<>();
        // the links are in text order: only those from the clause's start are looked at, not the document's every one
        for (int i = Coreference.firstStartingFrom(links, clause.start()); i < links.size() && links.get(i).span().start() < clause.end(); i++) {
            if (clause.contains(links.get(i).span())) {
                inClause.add(links.get(i));
            }
        }
        List<ActorMention> carried = inClause.isEmpty() || !begins(r.label(), inClause.get(0)) ? topicBefore(r, links) : List.of();
        if (inClause.isEmpty() && carried.isEmpty()) {
            return r;
        }
        List<ActorMention> actors = new ArrayList<>(r.actors());
        actors.addAll(inClause);
        actors.addAll(carried);
        actors.sort(Comparator.comparing(ActorMention::span));
        String label = r.label();
        Optional<ActorMention> subject = r.subject();
        ActorMention first = carried.isEmpty() ? inClause.get(0) : carried.get(0);
        List<ActorMention> same = (carried.isEmpty() ? inClause : carried).stream().filter(l -> l.span().equals(first.span())).toList();
        boolean onePerson = first.kind() == ActorKind.PERSON && same.size() == 1;
        if ((first.kind() != ActorKind.PERSON || onePerson) && label.startsWith(first.surface())) {
            // 首相 = 岸田: 岸田首相; 同氏 = 山田太郎氏: the name with the title it was named with
            String named = (onePerson ? first.name() + (first.surface().startsWith("同") ? first.title() : first.surface())
                    : name(same, gazetteer))
                    + label.substring(first.surface().length());
            if (named.codePointCount(0, named.length()) <= Label.MAX_LENGTH) {
                label = named;
                // a topic carried to a later clause is that clause's doer inferred, not written: no subject
                subject = carried.isEmpty() ? subject.or(() -> Optional.of(first)) : subject;
            }
        }
        return new Report(r.source(), r.time(), label, r.category(), actors, subject, r.place(), r.headWords(),
                r.contentWords(), r.object());
    }

    /**
     * The link (or, for 両国, the two) said earlier in the report's sentence than its clause, that the
     * label begins with: the label builder took the sentence's topic for a later clause's subject (病院は
     * 同日から受け付けを止めており、翌日、朝霧署に被害届を出した → 病院が朝霧署に被害届を出す), so the topic's
     * actor is that clause's too. None when the label begins with no such link.
     */
    private static List<ActorMention> topicBefore(Report r, List<ActorMention> links) {
        TextSpan sentence = r.source().sentence();
        int clauseStart = r.source().clause().start();
        List<ActorMention> found = new ArrayList<>(0);
        for (int i = Coreference.firstStartingFrom(links, sentence.start()); i < links.size() && links.get(i).span().end() <= clauseStart; i++) {
            ActorMention l = links.get(i);
            if (!begins(r.label(), l)) {
                continue;
            }
            // the last one said: the links of one span (両国's two) stand next to each other
            if (!found.isEmpty() && !found.get(0).span().equals(l.span())) {
                found.clear();
            }
            found.add(l);
        }
        return found;
    }

    /**
     * Whether a label begins with a link as written (病院が…) or as the label builder named it already (朝霧市立総合病院が…),
     * a municipality's prefecture before it as the text before wrote them (市は…止めており、…22日に開く →
     * 長野県松本市が…開催, the link 市 = 松本市). Not a name merely ending in the link's (北松本市が for 松本市).
     */
    static boolean begins(String label, ActorMention link) {
        if (label.startsWith(link.surface()) || label.startsWith(link.name())) {
            return true;
        }
        int subjectEnd = label.indexOf('が');
        int nameStart = subjectEnd - link.name().length();
        return nameStart > 1 && label.startsWith(link.name(), nameStart)
                && PREFECTURE_KINDS.indexOf(label.charAt(nameStart - 1)) >= 0
                && label.substring(0, nameStart - 1).chars().allMatch(Character::isIdeographic);
    }

    /** What ends a prefecture's name written before its municipality's (長野県松本市, 東京都八王子市, 京都府宇治市). */
    private static final String PREFECTURE_KINDS = "県都府道";

    /** 東芝; 米国 for 同国; 日米 for 両国 (short forms, else the names joined by ・). */
    private static String name(List<ActorMention> same, Gazetteer gazetteer) {
        if (same.size() == 1) {
            ActorMention m = same.get(0);
            return m.kind() == ActorKind.COUNTRY ? m.canonical() : m.name();
        }
        StringBuilder shortForms = new StringBuilder();
        for (ActorMention m : same) {
            Optional<Character> c = gazetteer.shortFormOf(m.canonical());
            if (c.isEmpty()) {
                return String.join("・", same.stream().map(ActorMention::canonical).toList());
            }
            shortForms.append(c.get());
        }
        return shortForms.toString();
    }
}
