package app.nenpyo.ui;

import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which events the timeline shows. Each facet left empty lets every event through; within a
 * facet any chosen value matches (ロシア or 米国), and the facets combine with "and".
 *
 * @param actors      actor display names; an event passes with any of them among its actors
 * @param categories  categories; an event passes with its own among them
 * @param documents   document ids; an event passes with any report from one of them
 * @param from        first day shown (inclusive), empty for no lower bound
 * @param to          last day shown (inclusive), empty for no upper bound
 * @param paragraphs  the paragraphs a text search matched; an event passes with any report in one
 *                    of them; empty when there is no text search (not "nothing matched")
 */
public record EventFilter(Set<String> actors, Set<EventCategory> categories, Set<Long> documents,
                          Optional<LocalDate> from, Optional<LocalDate> to, Optional<Set<ParagraphRef>> paragraphs) {

    /** One paragraph of one stored document. */
    public record ParagraphRef(long documentId, int paragraph) {
    }

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public EventFilter {
        actors = Set.copyOf(actors);
        categories = Set.copyOf(categories);
        documents = Set.copyOf(documents);
        paragraphs = paragraphs.map(Set::copyOf);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * Whether an event passes.
     *
     * @param actorName the name an actor key is shown by (what {@link #actors()} holds)
     */
    public boolean test(EventSummary event, Function<String, String> actorName) {
        if (!actors.isEmpty() && event.actorKeys().stream().map(actorName).noneMatch(actors::contains)) {
            return false;
        }
        if (!categories.isEmpty() && !categories.contains(event.category())) {
            return false;
        }
        // an event spanning the bounds overlaps the range, so it stays
        if (from.isPresent() && event.time().end().isBefore(from.get())) {
            return false;
        }
        if (to.isPresent() && event.time().start().isAfter(to.get())) {
            return false;
        }
        if (!documents.isEmpty() && event.sources().stream().noneMatch(s -> documents.contains(s.documentId()))) {
            return false;
        }
        return paragraphs.isEmpty() || event.sources().stream()
                .anyMatch(s -> paragraphs.get().contains(new ParagraphRef(s.documentId(), s.paragraph())));
    }
}
