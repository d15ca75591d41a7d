package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Anaphor;
import app.nenpyo.nlp.Coreference;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's figure said without whose it is, at the head of its sentence (株価は今月に入り、約1割上昇した;
 * 22年1～3月期の営業利益は前年同期比3割減だった), is the figure of the company named last before it, as
 * 同社 would be ({@link Coreference}): news about one company says its share price and profit
 * without naming it again. The company is an actor of the report, at the figure's words with the
 * reason said; the label stays as read. A clause that names anyone but a place is left as it is.
 */
final class FigureOwners {

    /** A figure of a company, after at most a period and の, as the sentence's topic or subject. */
    private static final Pattern OWNED_FIGURE = Pattern.compile(
            "(?:[^、。「」]{1,16}?の)?(株価|営業利益|純利益|最終利益|経常利益|売上高|最終損益|業績)(?=[はがも])");

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
}
