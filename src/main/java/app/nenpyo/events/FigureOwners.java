package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Coreference;
import app.nenpyo.temporal.FigureNouns;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *   names no other company, and it is the company the first step linked to the figure, if it linked one.
 * </ul>
 */
final class FigureOwners {

    /** A figure of a company, after at most a period and の, as the sentence's topic or subject. */
    private static final Pattern OWNED_FIGURE = Pattern.compile("(?:[^、。「」]{1,16}?の)?("
            + FigureNouns.COMPANY_FIGURES.stream().sorted(Comparator.comparing(String::length).reversed()).collect(Collectors.joining("|"))
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
        // the figure each report may take a company for, by the report's place
        Map<Integer, TextSpan> owned = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            TextSpan sentence = r.source().sentence();
            if (r.actors().stream().anyMatch(a -> a.kind() != ActorKind.PLACE)) {
                continue;
            }
            Matcher m = OWNED_FIGURE.matcher(text).region(sentence.start(), sentence.end());
            TextSpan figure = m.lookingAt() ? new TextSpan(m.start(1), m.end(1)) : null;
            if (figure != null && r.source().clause().contains(figure)) {
                owned.put(i, figure);
            }
        }
        return CompaniesAtWords.added(text, reports, actors, owned);
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
        String figure = FigureNouns.COMPANY_FIGURES.stream().filter(f -> r.label().startsWith(f + "が")).findFirst().orElse("");
        if (figure.isEmpty()) {
            return r;
        }
        Optional<ActorMention> linked = r.actors().stream()
                .filter(a -> a.surface().equals(figure) && Coreference.isCompany(a)).findFirst();
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
        boolean another = false;
        for (int i = Coreference.firstStartingFrom(actors, from); i < actors.size() && actors.get(i).span().start() < end; i++) {
            ActorMention m = actors.get(i);
            another |= m.span().end() <= end && Coreference.isCompany(m) && !m.canonical().equals(owner);
        }
        // the label never names another company than the one the figure is linked to as an actor
        another |= linked.isPresent() && !linked.get().canonical().equals(owner);
        return named(r, last, another);
    }

    private static Report named(Report r, ActorMention owner, boolean another) {
        String label = owner.name() + "の" + r.label();
        if (another || label.codePointCount(0, label.length()) > Label.MAX_LENGTH) {
            return r;
        }
        return r.withLabel(label);
    }
}
