package app.nenpyo.export;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The event list's CSV: the TSV's columns and the category,
 * {@code id,start,end,label,actors,place,category,expressions,sources}, fields quoted as
 * {@link EventCsv#field} quotes them, CRLF rows, no byte-order mark (it is for scripts; the
 * {@code export} command's CSV is the one for spreadsheets).
 */
final class EventListCsv implements EventListWriter {

    static final String HEADER = "id,start,end,label,actors,place,category,expressions,sources";

    private final Writer out;
    private final CitedDocuments documents;

    EventListCsv(Writer out, CitedDocuments documents) throws IOException {
        this.out = out;
        this.documents = documents;
        out.write(HEADER + "\r\n");
    }

    @Override
    public void add(Event e) throws IOException {
        out.write(List.of(e.id(), e.time().start().toString(), e.time().end().toString(), e.label(),
                        e.actors().stream().map(Actor::displayName).collect(Collectors.joining(";")), e.place(),
                        e.category().name().toLowerCase(Locale.ROOT),
                        e.sources().stream().map(EventSource::expressionText).collect(Collectors.joining(";")), documents.cited(e))
                .stream().map(EventCsv::field).collect(Collectors.joining(",")) + "\r\n");
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }
}
