package app.nenpyo.export;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Events as a JSON array, for scripts: dates, time value and granularity, whose the date is (the
 * extractor's or the analyst's), label, category, place,
 * actors with their kind, and every source with its document's id, title and date, the
 * paragraph and the date expression. Every string goes through {@link Json#string}.
 *
 * <pre>{@code
 * [{"id": "ev-…", "start": "2022-01-10", "end": "2022-01-10", "value": "2022-01-10", "granularity": "day",
 *   "dateBy": "extractor", "label": "…", "category": "statement", "place": "", "actors": [{"name": "王毅", "kind": "person"}],
 *   "sources": [{"document": 1, "title": "…", "date": "2022-01-11", "paragraph": 22, "expression": "10日"}]}]
 * }</pre>
 */
public final class EventJson {
    private EventJson() {
    }

    public static void write(EventCatalog catalog, Writer out) throws IOException {
        out.write("[");
        for (int i = 0; i < catalog.events().size(); i++) {
            out.write(i == 0 ? "\n" : ",\n");
            event(catalog.events().get(i), catalog, out);
        }
        out.write(catalog.events().isEmpty() ? "]\n" : "\n]\n");
        out.flush();
    }

    private static void event(Event e, EventCatalog catalog, Writer out) throws IOException {
        StringBuilder b = new StringBuilder("  {\"id\": ").append(Json.string(e.id()))
                .append(", \"start\": ").append(Json.string(e.time().start().toString()))
                .append(", \"end\": ").append(Json.string(e.time().end().toString()))
                .append(", \"value\": ").append(Json.string(e.time().format()))
                .append(", \"granularity\": ").append(Json.string(e.time().granularity().name().toLowerCase(Locale.ROOT)))
                .append(", \"dateBy\": ").append(Json.string(catalog.datedByAnalyst().test(e) ? "analyst" : "extractor"))
                .append(", \"label\": ").append(Json.string(e.label()))
                .append(", \"category\": ").append(Json.string(e.category().name().toLowerCase(Locale.ROOT)))
                .append(", \"place\": ").append(Json.string(e.place()))
                .append(",\n   \"actors\": [");
        for (int i = 0; i < e.actors().size(); i++) {
            Actor a = e.actors().get(i);
            b.append(i == 0 ? "" : ", ").append("{\"name\": ").append(Json.string(a.displayName()))
                    .append(", \"kind\": ").append(Json.string(a.kind().name().toLowerCase(Locale.ROOT))).append('}');
        }
        b.append("],\n   \"sources\": [");
        for (int i = 0; i < e.sources().size(); i++) {
            Citation c = Citation.of(e.sources().get(i), catalog);
            b.append(i == 0 ? "" : ", ").append("{\"document\": ").append(c.documentId())
                    .append(", \"title\": ").append(Json.string(c.title()))
                    .append(", \"date\": ").append(Json.string(c.date()))
                    .append(", \"paragraph\": ").append(c.paragraph())
                    .append(", \"expression\": ").append(Json.string(c.expression()))
                    // said only when true: the expression dates the sentence before (decision 0042)
                    .append(c.carried() ? ", \"carried\": true" : "").append('}');
        }
        out.write(b.append("]}").toString());
    }
}
