package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Anaphor;
import app.nenpyo.nlp.Coreference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whose a company's figure is when its sentence does not say: news names a company, then gives its
 * figures alone (東芝は…公募を始めていた。株価は今月に入り、約1割上昇した; 22年1～3月期の営業利益は前年同期比3割減だった).
 * Two steps, in this order:
 * <ul>
 *   <li>{@link #withOwners}: the figure at the head of its sentence is the figure of the company named
 *   last before it, as 同社 would be ({@link Coreference}); the company becomes an actor of the report,
 *   at the figure's words, with the reason said. A clause naming anyone but a place is left as it is.
 *   <li>{@link #withOwner}: a label led by the figure and saying no subject names the company again
 *   (東芝の株価が約1割上昇), which a timeline shows without the article, when the company is named in the
 *   {@link NamedBefore#SENTENCES} sentences before (同社 as what it was found to stand for), its sentence
 *   names no other company, and the report's actors name no other one.
 * </ul>
 */
final class FigureOwners {

    /** What a company reports or is valued at, which says nothing without whose it is. */
    static final Set<String> COMPANY_FIGURES = Set.of("株価", "営業利益", "純利益", "経常利益", "最終利益", "最終損益",
            "売上高", "営業収益", "業績", "時価総額", "受注高");

    /** A figure of a company, after at most a period and の, as the sentence's topic or subject. */
    private static final Pattern OWNED_FIGURE = Pattern.compile("(?:[^、。「」]{1,16}?の)?("
            + COMPANY_FIGURES.stream().sorted(Comparator.comparing(String::length).reversed()).collect(Collectors.joining("|"))
            + ")(?=[はがも])");

    private FigureOwners() {
    }

    /**
     * The reports with each figure's company added as an actor; the new mentions are added to
     * {@code actors} too (the document's every actor, in text order, links included).
     *
     * @param text the document text the spans index
     */
    static List<Report> withOwners(String text, List<Report> reports, List<ActorMention> actors) {
        List<Report> out = new ArrayList<>(reports);
        List<ActorMention> added = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Report r = out.get(i);
            TextSpan sentence = r.source().sentence();
            if (r.actors().stream().anyMatch(a -> a.kind() != ActorKind.PLACE)) {
                continue;
            }
            Matcher m = OWNED_FIGURE.matcher(text).region(sentence.start(), sentence.end());
            if (!m.lookingAt() || !r.source().clause().contains(new TextSpan(m.start(1), m.end(1)))) {
                continue;
            }
            TextSpan figure = new TextSpan(m.start(1), m.end(1));
            List<ActorMention> owner = Coreference.resolve(text, actors,
                    List.of(new Anaphor(figure.of(text), figure, Anaphor.Points.COMPANY, "")));
            if (owner.isEmpty()) {
                continue;
            }
            List<ActorMention> with = new ArrayList<>(r.actors());
            with.addAll(owner);
            with.sort((x, y) -> x.span().compareTo(y.span()));
            out.set(i, new Report(r.source(), r.time(), r.label(), r.category(), with, r.subject(), r.place(), r.headWords(),
                    r.contentWords(), r.object()));
            owner.stream().filter(o -> !added.contains(o)).forEach(added::add);
        }
        actors.addAll(added);
        actors.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /**
     * The report with its label naming the figure's company, or as it was.
     *
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
        String owner = last.canonical();
        int in = NamedBefore.sentenceAt(sentences, last.span().end()) - 1;
        int from = in < 0 ? start : sentences.get(in).span().start();
        boolean another = r.actors().stream().anyMatch(a -> Coreference.isCompany(a) && !a.canonical().equals(owner));
        for (int i = Coreference.firstStartingFrom(actors, from); i < actors.size() && actors.get(i).span().start() < end; i++) {
            ActorMention m = actors.get(i);
            another |= m.span().end() <= end && Coreference.isCompany(m) && !m.canonical().equals(owner);
        }
        String label = last.name() + "の" + r.label();
        if (another || label.codePointCount(0, label.length()) > LabelBuilder.MAX_LENGTH) {
            return r;
        }
        return new Report(r.source(), r.time(), label, r.category(), r.actors(), r.subject(), r.place(), r.headWords(),
                r.contentWords(), r.object());
    }
}
