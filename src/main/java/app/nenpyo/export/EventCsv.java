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
 * Events as CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads Japanese as
 * mojibake), CRLF rows (RFC 4180), fields quoted when they hold a comma, quote or line break.
 * Columns: {@code id,start,end,value,label,actors,place,category,expressions,citations,sources,dateBy},
 * {@code citations} readable (『title』date ¶N「expression」, {@code ;}-separated),
 * {@code sources} as {@code DOCUMENT_ID:PARAGRAPH}, and {@code dateBy} {@code extractor} or
 * {@code analyst} (the date is not what the cited expressions say).
 *
 * <pre>{@code
 * EventCsv.write(catalog, writer);   // writer over UTF-8; the BOM is written here
 * }</pre>
 */
public final class EventCsv {
    static final String HEADER = "id,start,end,value,label,actors,place,category,expressions,citations,sources,dateBy";

    private EventCsv() {
    }

    public static void write(EventCatalog catalog, Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(HEADER + "\r\n");
        for (Event e : catalog.events()) {
            List<Citation> citations = e.sources().stream().map(s -> Citation.of(s, catalog)).toList();
            out.write(List.of(e.id(), e.time().start().toString(), e.time().end().toString(), e.time().format(),
                            e.label(), e.actors().stream().map(Actor::displayName).collect(Collectors.joining(";")),
                            e.place(), e.category().name().toLowerCase(Locale.ROOT),
                            e.sources().stream().map(EventSource::expressionText).collect(Collectors.joining(";")),
                            citations.stream().map(Citation::text).collect(Collectors.joining(";")),
                            citations.stream().map(c -> c.documentId() + ":" + c.paragraph()).collect(Collectors.joining(";")),
                            catalog.datedByAnalyst().test(e) ? "analyst" : "extractor")
                    .stream().map(PlainText::line).map(EventCsv::field).collect(Collectors.joining(",")) + "\r\n");
        }
        out.flush();
    }

    /** One CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    public static String field(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
