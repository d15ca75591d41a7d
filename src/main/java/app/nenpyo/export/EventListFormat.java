package app.nenpyo.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The formats of the {@code events} command, DESIGN.md's contract, which the window's export
 * writes byte for byte too (its CSV file after a byte-order mark, for spreadsheets: decision 0006). TSV: {@code id	start	end	label	actors	place	expressions	sources},
 * ISO dates (inclusive), actors and expressions {@code ;}-separated, sources as
 * {@code DOCUMENT_ID:PARAGRAPH:START-END} (the sentence in code points of its document's text),
 * LF line ends. CSV: the same columns and {@code category}, RFC 4180 quoting, CRLF. JSON: an
 * array of everything, actors' details, spans, merge reasons and what the analyst changed.
 * (The {@code export} command's CSV and JSON, for spreadsheets and readers, are another thing:
 * {@link DataFormat}.)
 *
 * <pre>{@code
 * EventListWriter list = EventListFormat.TSV.writer(out, new CitedDocuments(ids, project::text), () -> changes);
 * project.forEachEvent(list::add);   // each IOException wrapped as the caller sees fit
 * list.end();
 * }</pre>
 */
public enum EventListFormat {
    TSV, CSV, JSON;

    /** The file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A writer of this format over {@code out}; what the analyst changed is asked for only by the
     * format that says it (JSON), since reading it costs a look at the project.
     */
    public EventListWriter writer(Writer out, CitedDocuments documents, Supplier<AnalystChanges> changes) throws IOException {
        return switch (this) {
            case TSV -> new EventListTsv(out, documents);
            case CSV -> new EventListCsv(out, documents);
            case JSON -> new EventListJson(out, documents, changes.get());
        };
    }
}
