package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.ActorMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One dated clause of one document, before merging: what {@link EventExtractor} read. Actor
 * spans are document spans.
 *
 * @param contentWords base forms of the clause's nouns and verbs (not the date), for merging: each
 *                     once, in reading order (so the saved bytes are the same in every run, and
 *                     a list costs a quarter of the memory of an ordered set)
 * @param object       what the clause's deed is done to: the noun before its last を (男を起訴した → 男), by
 *                     base form; "" when it says none. Two reports of different objects are two happenings
 */
public record Report(EventSource source, TimeValue time, String label, EventCategory category,
                     List<ActorMention> actors, Optional<ActorMention> subject, Optional<ActorMention> place,
                     List<String> headWords, List<String> contentWords, String object) {

    /** Up to this many words, comparing each pair costs less than hashing them. */
    private static final int PAIRWISE_DISTINCT = 8;

    public Report {
        actors = List.copyOf(actors);
        headWords = List.copyOf(headWords);
        contentWords = distinct(contentWords);
    }

    /**
     * The words, each once. Every report made (read, decoded, given actors or a date) comes through
     * here with lists of tens of words, nearly always distinct already: a short list is compared
     * pairwise, a longer one through a set, rather than pairwise (quadratic).
     */
    private static List<String> distinct(List<String> words) {
        if (words.size() <= PAIRWISE_DISTINCT) {
            for (int i = 1; i < words.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (words.get(i).equals(words.get(j))) {
                        return List.copyOf(new LinkedHashSet<>(words));
                    }
                }
            }
            return List.copyOf(words);
        }
        Set<String> seen = new HashSet<>(2 * words.size());
        for (String word : words) {
            if (!seen.add(word)) {
                return List.copyOf(new LinkedHashSet<>(words));
            }
        }
        return List.copyOf(words);
    }

    /** The same report dated otherwise (an analyst's correction, {@link AnalystDates}). */
    public Report withTime(TimeValue corrected) {
        return new Report(source, corrected, label, category, actors, subject, place, headWords, contentWords, object);
    }

    /** The same report with more actors, all of them in text order (links the reading found: 株価 = 東芝). */
    public Report withActorsAdded(List<ActorMention> more) {
        List<ActorMention> with = new ArrayList<>(actors);
        with.addAll(more);
        with.sort(Comparator.comparing(ActorMention::span));
        return new Report(source, time, label, category, with, subject, place, headWords, contentWords, object);
    }

    /** The same report told in other words (the analyst's). */
    public Report withLabel(String written) {
        return new Report(source, time, written, category, actors, subject, place, headWords, contentWords, object);
    }
}
