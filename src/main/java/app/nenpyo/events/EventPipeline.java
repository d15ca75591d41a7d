package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.ActorRegistry;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events layer's facade: documents with their date mentions in, merged events out.
 *
 * <p>Two steps, so import can run the costly one on its analysis threads:
 * <ol>
 *   <li>{@link #analyse(DocumentInput)}: per document, thread-safe (tokenises only the sentences
 *       that hold a date);</li>
 *   <li>{@link #combine(List)}: once, single-threaded, after every document: merges actors across
 *       documents and reports into events.</li>
 * </ol>
 * {@link #extract(List)} does both.
 *
 * <pre>
 *   EventPipeline p = new EventPipeline();
 *   List&lt;Event&gt; events = p.extract(List.of(DocumentInput.of(doc, dateFinder.find(doc.text(), date, spans))));
 * </pre>
 */
public final class EventPipeline {

    private final EventExtractor extractor = new EventExtractor();

    public DocumentReports analyse(DocumentInput input) {
        return extractor.extract(input);
    }

    /**
     * The same with tokens the caller already made for the whole text (document spans, in
     * order), e.g. import's search tokens: saves most of the cost. See
     * {@link EventExtractor#extract(DocumentInput, List)}.
     */
    public DocumentReports analyse(DocumentInput input, List<Token> documentTokens) {
        return extractor.extract(input, documentTokens);
    }

    public List<Event> combine(List<DocumentReports> documents) {
        ActorRegistry registry = new ActorRegistry();
        for (DocumentReports d : documents) {
            registry.addDocument(d.documentKey(), d.actors());
        }
        ActorRegistry.ActorIndex index = registry.resolve();
        List<ResolvedReport> resolved = new ArrayList<>();
        ResolvedReport.Ids ids = new ResolvedReport.Ids();
        for (DocumentReports d : documents) {
            for (Report r : d.reports()) {
                Map<String, Actor> actors = new LinkedHashMap<>();
                for (ActorMention m : r.actors()) {
                    Actor a = index.actorOf(d.documentKey(), m);
                    actors.putIfAbsent(a.key(), a);
                }
                resolved.add(ResolvedReport.of(r, List.copyOf(actors.values()), actorOf(index, d, r.subject()),
                        actorOf(index, d, r.place()), resolved.size(), ids));
            }
        }
        return new EventMerger().merge(resolved);
    }

    public List<Event> extract(List<DocumentInput> documents) {
        return combine(documents.stream().map(this::analyse).toList());
    }

    private static Optional<Actor> actorOf(ActorRegistry.ActorIndex index, DocumentReports d, Optional<ActorMention> m) {
        return m.map(x -> index.actorOf(d.documentKey(), x));
    }
}
