package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report with its actors merged across documents ({@code nlp.ActorRegistry}).
 *
 * @param order position in reading order (documents as given, clauses in text order): the first
 *              report of a merged event gives its label
 */
record ResolvedReport(Report report, List<Actor> actors, Optional<Actor> subject, Optional<Actor> place, int order,
                      Set<String> personKeys) {

    static ResolvedReport of(Report report, List<Actor> actors, Optional<Actor> subject, Optional<Actor> place, int order) {
        Set<String> persons = actors.stream().filter(a -> a.kind() == ActorKind.PERSON).map(Actor::key)
                .collect(Collectors.toUnmodifiableSet());
        return new ResolvedReport(report, actors, subject, place, order, persons);
    }
}
