package app.nenpyo.export;

import app.nenpyo.domain.CodePoints;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The documents an event list cites: each one's stored id by content hash (sources name their
 * documents by hash), and its text, read when first cited, to give spans in code points. The
 * texts of the documents cited last are kept: sources by date mostly cite the posts of those days.
 * Not thread-safe: one per list written.
 *
 * <pre>{@code
 * CitedDocuments documents = new CitedDocuments(project.documentIds(), project::text);
 * documents.cited(event);   // "1:26:1986-2052;1:30:2400-2477"
 * }</pre>
 */
public final class CitedDocuments {
    private static final int TEXTS_KEPT = 256;

    private final Map<String, Long> ids;
    private final LongFunction<String> textById;
    private final Map<Long, Cited> texts = new LinkedHashMap<>(TEXTS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cited> eldest) {
            return size() > TEXTS_KEPT;
        }
    };

    /** A document's text and its code-point index, made once however many of its sentences are cited. */
    private record Cited(String text, CodePoints.Index codePoints) {
    }

    /**
     * @param idsByKey  every document's stored id by content hash
     * @param textById  a document's whole text by its stored id
     */
    public CitedDocuments(Map<String, Long> idsByKey, LongFunction<String> textById) {
        this.ids = Map.copyOf(idsByKey);
        this.textById = textById;
    }

    long documentId(EventSource source) {
        return ids.get(source.documentKey());
    }

    TextSpan codePoints(EventSource source, TextSpan span) {
        return cited(source.documentKey()).codePoints().span(span);
    }

    String text(String documentKey) {
        return cited(documentKey).text();
    }

    private Cited cited(String documentKey) {
        return texts.computeIfAbsent(ids.get(documentKey), id -> {
            String text = textById.apply(id);
            return new Cited(text, CodePoints.index(text));
        });
    }

    /** The event's sources as {@code DOCUMENT_ID:PARAGRAPH:START-END}, {@code ;}-separated, the sentence in code points. */
    String cited(Event e) {
        return e.sources().stream().map(s -> {
            TextSpan sentence = codePoints(s, s.sentence());
            return documentId(s) + ":" + s.paragraph() + ":" + sentence.start() + "-" + sentence.end();
        }).collect(Collectors.joining(";"));
    }
}
