package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next or last occasion of a happening the sentence before told of is held by whoever held that
 * one: 米連邦準備制度理事会（FRB）は15日、0.75%の利上げを決めた。次回の会合は7月26～27日に開かれる → the
 * FRB's next meeting; 日銀が3日発表した…短観は…悪化した。次回の短観は12月14日に公表される → the Bank of
 * Japan's. A clause that begins with 次回の or 前回の and names no one of its own takes as an actor the
 * subject of a report of the sentence directly before it, in its paragraph, that tells of the same
 * kind of occasion: one with the occasion's noun among its head words (短観, 理事会), or, for a meeting
 * (会合, 協議), a meeting or a decision a body takes at one (決定, 合意). The mention is at the span of
 * 次回 or 前回, with the reason said; the subject stays empty (who holds it is inferred, not written),
 * and a label led by the occasion says the holder as the report before named it (FRBの次回の会合が開催:
 * a timeline shows the label without the article).
 *
 * <p>No one holds it otherwise: 政府は18日、物価対策をまとめた。次回の会合は… tells of no meeting of the
 * government's, and a report two sentences back (an undated sentence between) is no longer what the
 * reader has in mind as the one before.
 */
final class NextOccasions {

    /** 次回の会合, 前回の協議: an occasion counted among others, at the clause's start, and its noun. */
    private static final Pattern OCCASION = Pattern.compile("(次回|前回)の([\\p{IsHan}\\p{IsKatakana}ー]+)");

    /** What a body decides at a meeting: a report of one tells of a meeting held (利上げを決めた). */
    private static final Set<String> DECISIONS = Set.of("決定", "決議", "採択", "合意");

    /** Head words shorter than this (会 of 理事会) say too little to match an occasion's noun. */
    private static final int SHORTEST_HEAD = 2;

    private NextOccasions() {
    }

    /**
     * The reports with each occasion's holder added; the new mentions are added to {@code actors}
     * too (the document's every actor, in text order).
     *
     * @param text      the document text the spans index
     * @param sentences the document's sentences, in text order
     * @param reports   the document's reports in reading order
     */
    static List<Report> withHolders(String text, List<Sentence> sentences, List<Report> reports, List<ActorMention> actors) {
        List<Report> out = new ArrayList<>(reports);
        for (int i = 1; i < out.size(); i++) {
            Report r = out.get(i);
            TextSpan clause = r.source().clause();
            Matcher m = OCCASION.matcher(text).region(clause.start(), clause.end());
            if (!m.lookingAt() || r.actors().stream().anyMatch(a -> a.kind() != ActorKind.PLACE)) {
                continue;
            }
            Optional<Report> held = holderBefore(sentences, out, i, m.group(2));
            if (held.isEmpty() || held.get().subject().isEmpty()) {
                continue;
            }
            ActorMention h = held.get().subject().get();
            TextSpan said = new TextSpan(m.start(1), m.end(1));
            ActorMention link = new ActorMention(said.of(text), said, h.kind(), h.name(), h.canonical(), h.title(), h.country(),
                    said.of(text) + " = " + (h.kind() == ActorKind.PERSON ? h.name() + h.title() : h.canonical())
                            + " (who held the one told just before)");
            out.set(i, withHolderSaid(r.withActorsAdded(List.of(link)), m.group(), held.get()));
            actors.add(link);
        }
        actors.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /**
     * The subject of the last report of the sentence directly before that tells of the same kind of
     * occasion, when that sentence is in the same paragraph.
     */
    private static Optional<Report> holderBefore(List<Sentence> sentences, List<Report> reports, int at, String occasion) {
        EventSource source = reports.get(at).source();
        int sentence = NamedBefore.sentenceAt(sentences, source.sentence().start());
        if (sentence == 0 || sentence >= sentences.size()) {
            return Optional.empty();
        }
        TextSpan previous = sentences.get(sentence - 1).span();
        for (int k = at - 1; k >= 0; k--) {
            EventSource before = reports.get(k).source();
            if (before.sentence().equals(source.sentence())) {
                continue;
            }
            if (!before.sentence().equals(previous) || before.paragraph() != source.paragraph()
                    || !before.documentKey().equals(source.documentKey())) {
                return Optional.empty();
            }
            if (tellsOf(reports.get(k), occasion)) {
                return Optional.of(reports.get(k));
            }
        }
        return Optional.empty();
    }

    /**
     * The label led by the occasion (次回の会合が開催) said with its holder as the report before named
     * it in its label (FRBの次回の会合が開催: a timeline shows it without the article), within
     * {@link Label#MAX_LENGTH}; as it was when it leads with other words.
     */
    private static Report withHolderSaid(Report r, String occasion, Report held) {
        int subjectEnd = held.label().indexOf('が');
        if (!r.label().startsWith(occasion) || subjectEnd <= 0) {
            return r;
        }
        String named = held.label().substring(0, subjectEnd) + "の" + r.label();
        return named.codePointCount(0, named.length()) <= Label.MAX_LENGTH ? r.withLabel(named) : r;
    }

    /** Whether a report tells of an occasion of this noun: 短観 of 短観, a meeting or a decision of 会合. */
    private static boolean tellsOf(Report report, String occasion) {
        boolean sameHead = report.headWords().stream()
                .anyMatch(h -> h.length() >= SHORTEST_HEAD && occasion.length() >= SHORTEST_HEAD
                        && (occasion.endsWith(h) || h.endsWith(occasion)));
        return sameHead || CategoryRules.namesMeeting(occasion)
                && (report.category() == EventCategory.MEETING || report.headWords().stream().anyMatch(DECISIONS::contains));
    }
}
