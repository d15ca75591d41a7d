package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next or last occasion of a happening the sentence before told of is held by whoever held that
 * one: 米連邦準備制度理事会（FRB）は15日、0.75%の利上げを決めた。次回の会合は7月26～27日に開かれる → the
 * FRB's next meeting; 日銀が3日発表した…短観は…悪化した。次回の短観は12月14日に公表される → the Bank of
 * Japan's. A clause that begins with 次回の or 前回の and names no one of its own takes the subject of
 * the report just before it in its paragraph as an actor, at the span of 次回 or 前回, with the reason
 * said; its label and subject stay as read (who holds it is inferred, not written).
 */
final class NextOccasions {

    /** 次回の会合, 前回の協議: an occasion counted among others, at the clause's start. */
    private static final Pattern OCCASION = Pattern.compile("(次回|前回)の[\\p{IsHan}\\p{IsKatakana}ー]");

    private NextOccasions() {
    }

    /**
     * The reports with each occasion's holder added; the new mentions are added to {@code actors}
     * too (the document's every actor, in text order).
     *
     * @param text    the document text the spans index
     * @param reports the document's reports in reading order
     */
    static List<Report> withHolders(String text, List<Report> reports, List<ActorMention> actors) {
        List<Report> out = new ArrayList<>(reports);
        for (int i = 1; i < out.size(); i++) {
            Report r = out.get(i);
            TextSpan clause = r.source().clause();
            Matcher m = OCCASION.matcher(text).region(clause.start(), clause.end());
            if (!m.lookingAt() || r.actors().stream().anyMatch(a -> a.kind() != ActorKind.PLACE)) {
                continue;
            }
            Optional<ActorMention> holder = holderBefore(out, i);
            if (holder.isEmpty()) {
                continue;
            }
            ActorMention h = holder.get();
            TextSpan said = new TextSpan(m.start(1), m.end(1));
            ActorMention link = new ActorMention(said.of(text), said, h.kind(), h.name(), h.canonical(), h.title(), h.country(),
                    said.of(text) + " = " + (h.kind() == ActorKind.PERSON ? h.name() + h.title() : h.canonical())
                            + " (who held the one told just before)");
            List<ActorMention> with = new ArrayList<>(r.actors());
            with.add(link);
            with.sort((x, y) -> x.span().compareTo(y.span()));
            out.set(i, new Report(r.source(), r.time(), r.label(), r.category(), with, r.subject(), r.place(), r.headWords(),
                    r.contentWords(), r.object()));
            actors.add(link);
        }
        actors.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /** The subject of the last report of an earlier sentence of the same paragraph, if it has one. */
    private static Optional<ActorMention> holderBefore(List<Report> reports, int at) {
        Report r = reports.get(at);
        for (int k = at - 1; k >= 0; k--) {
            Report before = reports.get(k);
            if (before.source().paragraph() != r.source().paragraph() || !before.source().documentKey().equals(r.source().documentKey())) {
                return Optional.empty();
            }
            if (!before.source().sentence().equals(r.source().sentence())) {
                return before.subject();
            }
        }
        return Optional.empty();
    }
}
