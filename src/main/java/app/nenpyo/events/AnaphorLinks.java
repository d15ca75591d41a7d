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
 * begins with 同社, 同党, 同国, 両国 or a title alone names them instead (同社が2022年3月期決算を発表 →
 * 東芝が…; 両国が… → 日米が…; 首相が… → 岸田首相が…; 女王が即位 → エリザベス女王が即位), as a reader of a
 * timeline of years, who sees the label without its article and many a 首相, needs. 両首脳 and 両陛下
 * stay as written: the names of two would crowd the label.
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
        if (inClause.isEmpty()) {
            return r;
        }
        List<ActorMention> actors = new ArrayList<>(r.actors());
        actors.addAll(inClause);
        actors.sort(Comparator.comparing(ActorMention::span));
        String label = r.label();
        Optional<ActorMention> subject = r.subject();
        ActorMention first = inClause.get(0);
        List<ActorMention> same = inClause.stream().filter(l -> l.span().equals(first.span())).toList();
        boolean onePerson = first.kind() == ActorKind.PERSON && same.size() == 1;
        if ((first.kind() != ActorKind.PERSON || onePerson) && label.startsWith(first.surface())) {
            String named = (onePerson ? first.name() + first.surface() : name(same, gazetteer))
                    + label.substring(first.surface().length());
            if (named.codePointCount(0, named.length()) <= LabelBuilder.MAX_LENGTH) {
                label = named;
                subject = subject.or(() -> Optional.of(first));
            }
        }
        return new Report(r.source(), r.time(), label, r.category(), actors, subject, r.place(), r.headWords(),
                r.contentWords(), r.object());
    }

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
