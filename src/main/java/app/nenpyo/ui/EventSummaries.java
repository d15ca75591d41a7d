package app.nenpyo.ui;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.SourceParagraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Summaries of whole events, as the store keeps them, for gateways that hold events in memory
 * (the frame benchmark's generated project, the tests' in-memory project).
 */
final class EventSummaries {

    private EventSummaries() {
    }

    /** @param documentId the stored document id of a report (reports may name their document by hash only) */
    static EventSummary of(Event e, ToLongFunction<EventSource> documentId) {
        Set<String> expressions = new LinkedHashSet<>();
        List<SourceParagraph> sources = new ArrayList<>(e.sources().size());
        for (EventSource s : e.sources()) {
            expressions.add(s.expressionText());
            sources.add(new SourceParagraph(documentId.applyAsLong(s), s.paragraph()));
        }
        return new EventSummary(e.id(), e.time(), e.label(), e.category(), e.actors().stream().map(Actor::key).toList(),
                e.place(), List.copyOf(expressions), sources, e.background());
    }
}
