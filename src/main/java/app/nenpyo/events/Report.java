package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.ActorMention;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One dated clause of one document, before merging: what {@link EventExtractor} read. Actor
 * spans are document spans.
 *
 * @param contentWords base forms of the clause's nouns and verbs (not the date), for merging
 */
public record Report(EventSource source, TimeValue time, String label, EventCategory category,
                     List<ActorMention> actors, Optional<ActorMention> subject, Optional<ActorMention> place,
                     List<String> headWords, Set<String> contentWords) {

    public Report {
        actors = List.copyOf(actors);
        headWords = List.copyOf(headWords);
        // in reading order: a set whose order changes from run to run made the saved bytes differ
        contentWords = Collections.unmodifiableSet(new LinkedHashSet<>(contentWords));
    }
}
