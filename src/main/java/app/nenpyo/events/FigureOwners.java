package app.nenpyo.events;

import app.nenpyo.domain.Sentence;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Coreference;
import java.util.List;
import java.util.Set;

/**
 * Whose figure a label tells when its sentence does not say: news names a company, then gives its
 * figures alone (東芝は…公募を始めていた。株価は今月に入り、約1割上昇した), which a timeline shows
 * without the article; the label says the company's name again (東芝の株価が約1割上昇).
 *
 * <p>Rules: a label led by one of a company's figures ({@link #COMPANY_FIGURES}) and no actor; the
 * company is the one named last in the {@link NamedBefore#SENTENCES} sentences before (同社 as what
 * it was found to stand for), when the sentence naming it names no other company.
 */
final class FigureOwners {

    /** What a company reports or is valued at, which says nothing without whose it is. */
    static final Set<String> COMPANY_FIGURES = Set.of("株価", "営業利益", "純利益", "経常利益", "最終利益", "売上高",
            "営業収益", "業績", "時価総額", "受注高");

    private FigureOwners() {
    }

    /**
     * @param actors    the document's actors and anaphor links, document spans, in text order
     * @param sentences the document's sentences, in text order
     */
    static Report withOwner(Report r, List<ActorMention> actors, List<Sentence> sentences) {
        if (r.subject().isPresent()) {
            return r;
        }
        String figure = COMPANY_FIGURES.stream().filter(f -> r.label().startsWith(f + "が")).findFirst().orElse("");
        if (figure.isEmpty()) {
            return r;
        }
        int end = r.source().sentence().start();
        int start = NamedBefore.windowStart(sentences, r.source().sentence());
        // the actors are in text order: only those of the window are looked at (a file of a year's posts names thousands)
        int first = Coreference.firstStartingFrom(actors, start);
        ActorMention last = null;
        for (int i = first; i < actors.size() && actors.get(i).span().start() < end; i++) {
            ActorMention m = actors.get(i);
            if (m.span().end() <= end && Coreference.isCompany(m)) {
                last = m;
            }
        }
        if (last == null) {
            return r;
        }
        int in = NamedBefore.sentenceAt(sentences, last.span().end()) - 1;
        int from = in < 0 ? start : sentences.get(in).span().start();
        boolean another = false;
        for (int i = Coreference.firstStartingFrom(actors, from); i < actors.size() && actors.get(i).span().start() < end; i++) {
            ActorMention m = actors.get(i);
            another |= m.span().end() <= end && Coreference.isCompany(m) && !m.canonical().equals(last.canonical());
        }
        String label = last.name() + "の" + r.label();
        if (another || label.codePointCount(0, label.length()) > LabelBuilder.MAX_LENGTH) {
            return r;
        }
        return new Report(r.source(), r.time(), label, r.category(), r.actors(), r.subject(), r.place(), r.headWords(),
                r.contentWords(), r.object());
    }
}
