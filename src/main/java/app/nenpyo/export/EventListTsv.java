package app.nenpyo.export;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.format.Tsv;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/**
 * The event list's TSV, exactly as DESIGN.md's contract says:
 * {@code id	start	end	label	actors	place	expressions	sources}, start/end as ISO dates (inclusive),
 * actors and expressions {@code ;}-separated, sources as {@code DOCUMENT_ID:PARAGRAPH:START-END}
 * with the sentence span in code points of that document's text; the header first, LF line ends.
 *
 * <p>{@code ev-6cd1ebeb7a164220	2022-01-10	2022-01-10	米露協議がジュネーブで開始	米国;シャーマン国務副長官;…
 * 	ジュネーブ	10日;10日;10日	1:26:1986-2052;1:30:2400-2477;1:31:2530-2565}. Tabs and line breaks
 * inside a field become spaces.
 */
final class EventListTsv implements EventListWriter {

    static final String HEADER = "id\tstart\tend\tlabel\tactors\tplace\texpressions\tsources";

    private final Writer out;
    private final CitedDocuments documents;

    EventListTsv(Writer out, CitedDocuments documents) throws IOException {
        this.out = out;
        this.documents = documents;
        out.write(HEADER + "\n");
    }

    @Override
    public void add(Event event) throws IOException {
        out.write(line(event) + "\n");
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    /** One event's row, without its line end. */
    private String line(Event e) {
        return new StringBuilder(e.id()).append('\t')
                .append(e.time().start()).append('\t')
                .append(e.time().end()).append('\t')
                .append(Tsv.field(e.label())).append('\t')
                .append(e.actors().stream().map(Actor::displayName).map(Tsv::field).collect(Collectors.joining(";")))
                .append('\t')
                .append(Tsv.field(e.place())).append('\t')
                .append(e.sources().stream().map(s -> Tsv.field(s.expressionText())).collect(Collectors.joining(";")))
                .append('\t')
                .append(e.sources().stream().map(this::source).collect(Collectors.joining(";")))
                .toString();
    }

    /** The document printed is the source's stored id when it has one, else its key. */
    private String source(EventSource s) {
        TextSpan cp = documents.codePoints(s, s.sentence());
        String document = s.documentId().isPresent() ? Long.toString(s.documentId().getAsLong()) : s.documentKey();
        return document + ":" + s.paragraph() + ":" + cp.start() + "-" + cp.end();
    }
}
