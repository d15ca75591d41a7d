package app.nenpyo.export;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.StoredDocument;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The events an export may show, with the documents their sources cite (by content hash, as
 * {@link EventSource#documentKey()} names them). The position of an event in {@link #events()} is
 * its timeline item id, as in the window's timeline.
 *
 * <pre>{@code
 * EventCatalog catalog = EventCatalog.of(project.events().stream().filter(e -> !e.background()).toList(),
 *         project.documents());
 * catalog.document(event.sources().get(0)).map(StoredDocument::title);
 * }</pre>
 */
public record EventCatalog(List<Event> events, Map<String, StoredDocument> documentsByKey, Predicate<Event> datedByAnalyst) {

    public EventCatalog {
        events = events instanceof FetchedOnDemand ? events : List.copyOf(events);
        documentsByKey = Map.copyOf(documentsByKey);
        Objects.requireNonNull(datedByAnalyst, "datedByAnalyst");
    }

    /** The same events and documents, none dated by the analyst. */
    public EventCatalog(List<Event> events, Map<String, StoredDocument> documentsByKey) {
        this(events, documentsByKey, e -> false);
    }

    /**
     * The same catalog, knowing which events the analyst dated (decision 0017): their citation
     * says so, since the date the report shows is not what the cited sentence says it is.
     */
    public EventCatalog withAnalystDates(Predicate<Event> dated) {
        return new EventCatalog(events, documentsByKey, dated);
    }

    /**
     * A catalog of {@code size} events read one by one when first asked for ({@code fetch(i)}, then
     * kept): an export cites a few hundred events at most, so a window over a large project does
     * not read every event whole for each preview.
     */
    public static EventCatalog onDemand(int size, IntFunction<Event> fetch, List<StoredDocument> documents) {
        return of(new FetchedOnDemand(size, fetch), documents);
    }

    /** An unmodifiable list whose elements are fetched on first access; safe for one thread at a time per element. */
    private static final class FetchedOnDemand extends AbstractList<Event> {
        private final int size;
        private final IntFunction<Event> fetch;
        private final Map<Integer, Event> fetched = new ConcurrentHashMap<>();

        FetchedOnDemand(int size, IntFunction<Event> fetch) {
            this.size = size;
            this.fetch = fetch;
        }

        @Override
        public Event get(int index) {
            Objects.checkIndex(index, size);
            return fetched.computeIfAbsent(index, fetch::apply);
        }

        @Override
        public int size() {
            return size;
        }
    }

    public static EventCatalog of(List<Event> events, List<StoredDocument> documents) {
        Map<String, StoredDocument> byKey = new HashMap<>();
        for (StoredDocument d : documents) {
            byKey.put(d.contentHash(), d);
        }
        return new EventCatalog(events, byKey);
    }

    public Optional<StoredDocument> document(EventSource source) {
        return Optional.ofNullable(documentsByKey.get(source.documentKey()));
    }

    /** The title a citation shows: the document's title, or its file when it has none. */
    public String documentTitle(EventSource source) {
        return document(source).map(d -> d.title().isBlank() ? d.origin() : d.title())
                .orElse(source.documentKey().substring(0, Math.min(8, source.documentKey().length())));
    }
}
