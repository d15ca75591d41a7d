package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Anaphor;
import app.nenpyo.nlp.Coreference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The company words of a report stand for when they point back as 同社 does ({@link Coreference}: the company named
 * last before, within reach, in a sentence naming no other), added as an actor of the report at those words with the
 * reason said: a figure's owner ({@link FigureOwners}: 株価は → 東芝), a head's company ({@link OfficersCompanies}: 社長は
 * → 東邦精機).
 */
final class CompaniesAtWords {

    private CompaniesAtWords() {
    }

    /**
     * The reports with the company of each one's words added; the new mentions are added to {@code actors} too (the
     * document's every actor, in text order, links included).
     *
     * @param text  the document text the spans index
     * @param words the words pointing at a company, by the report's place in {@code reports}
     */
    static List<Report> added(String text, List<Report> reports, List<ActorMention> actors, Map<Integer, TextSpan> words) {
        if (words.isEmpty()) {
            return reports;
        }
        // one anaphor for words two reports share (two dates of one sentence), one resolution for all, in text order
        Map<TextSpan, Anaphor> anaphors = new TreeMap<>();
        words.values().forEach(w -> anaphors.putIfAbsent(w, new Anaphor(w.of(text), w, Anaphor.Points.COMPANY, "")));
        Map<TextSpan, List<ActorMention>> companies = new HashMap<>();
        for (ActorMention link : Coreference.resolve(text, actors, List.copyOf(anaphors.values()))) {
            companies.computeIfAbsent(link.span(), k -> new ArrayList<>()).add(link);
        }
        List<Report> out = new ArrayList<>(reports);
        Set<ActorMention> added = new LinkedHashSet<>();
        for (Map.Entry<Integer, TextSpan> w : words.entrySet()) {
            List<ActorMention> company = companies.getOrDefault(w.getValue(), List.of());
            boolean anyBodysTitle = w.getValue().of(text).endsWith("会長");
            if (!company.isEmpty() && (!anyBodysTitle || namedLastBefore(actors, w.getValue().start(), company.get(0)))) {
                out.set(w.getKey(), out.get(w.getKey()).withActorsAdded(company));
                added.addAll(company);
            }
        }
        actors.addAll(added);
        actors.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /**
     * Whether the company is the organisation named last before the words: for a title bodies of every kind have (会長), a
     * body named since (東邦精機は…。日本医師会は…。会長は: the association's head) leaves the words alone, as 同社 skips
     * it but such a title does not; 社長 and 頭取 are only a company's (東邦精機は…。消費者庁は…。吉田社長は: the maker's).
     */
    private static boolean namedLastBefore(List<ActorMention> actors, int at, ActorMention company) {
        ActorMention last = null;
        for (ActorMention a : actors) {
            if (a.span().start() >= at) {
                break;
            }
            if (a.kind() == ActorKind.ORGANISATION) {
                last = a;
            }
        }
        return last == null || last.name().equals(company.name());
    }
}
