package app.nenpyo.cli;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.export.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Writes events as a JSON array, every string escaped; spans in code points, as the TSV. */
final class EventsJson {

    private final PrintWriter out;
    private final EventsCommand.Sources sources;
    private final ByAnalyst byAnalyst;

    /**
     * Which events the analyst corrected (their date, label, background flag), which reports the
     * analyst took out of their event, which the analyst joined to another event, and which the
     * analyst added (a clause with no date expression: an empty expression at its start).
     */
    record ByAnalyst(Predicate<Event> dated, Predicate<Event> relabelled, Predicate<Event> decided, Predicate<EventSource> keptApart,
                     Predicate<EventSource> joined, Predicate<EventSource> added) {
    }

    EventsJson(PrintWriter out, EventsCommand.Sources sources, ByAnalyst byAnalyst) {
        this.out = out;
        this.sources = sources;
        this.byAnalyst = byAnalyst;
    }

    private int written;

    void write(List<Event> events) {
        events.forEach(this::add);
        end();
    }

    /** Prints one more event of the array (the array's opening before the first). */
    void add(Event event) {
        out.print(written++ == 0 ? "[\n" : ",\n");
        event(event);
    }

    /** Closes the array: {@code []} when no event was added. */
    void end() {
        out.println(written == 0 ? "[]" : "\n]");
    }

    private void event(Event e) {
        out.print("  {\"id\": " + string(e.id())
                + ", \"start\": " + string(e.time().start().toString())
                + ", \"end\": " + string(e.time().end().toString())
                + ", \"value\": " + string(e.time().format())
                + ", \"granularity\": " + string(e.time().granularity().name().toLowerCase(Locale.ROOT))
                + ", \"dateBy\": " + by(byAnalyst.dated(), e)
                + ", \"label\": " + string(e.label())
                + ", \"labelBy\": " + by(byAnalyst.relabelled(), e)
                + ", \"category\": " + string(e.category().name().toLowerCase(Locale.ROOT))
                + ", \"place\": " + string(e.place())
                + ", \"background\": " + e.background()
                + ", \"backgroundBy\": " + by(byAnalyst.decided(), e)
                + ",\n   \"actors\": [");
        for (int i = 0; i < e.actors().size(); i++) {
            Actor a = e.actors().get(i);
            out.print((i == 0 ? "" : ", ") + "{\"key\": " + string(a.key()) + ", \"name\": " + string(a.name())
                    + ", \"kind\": " + string(a.kind().name().toLowerCase(Locale.ROOT)) + ", \"title\": " + string(a.title())
                    + ", \"country\": " + string(a.country()) + "}");
        }
        out.print("],\n   \"sources\": [");
        for (int i = 0; i < e.sources().size(); i++) {
            EventSource s = e.sources().get(i);
            TextSpan sentence = sources.codePoints(s, s.sentence());
            TextSpan expression = sources.codePoints(s, s.expression());
            out.print((i == 0 ? "" : ", ") + "{\"document\": " + sources.documentId(s) + ", \"paragraph\": " + s.paragraph()
                    + ", \"sentence\": [" + sentence.start() + ", " + sentence.end() + "]"
                    + ", \"expression\": " + string(s.expressionText())
                    + ", \"expressionSpan\": [" + expression.start() + ", " + expression.end() + "]"
                    + ", \"background\": " + string(s.background())
                    + ", \"keptApart\": " + byAnalyst.keptApart().test(s)
                    + ", \"joined\": " + byAnalyst.joined().test(s)
                    + ", \"added\": " + byAnalyst.added().test(s) + "}");
        }
        out.print("],\n   \"mergeReasons\": [");
        for (int i = 0; i < e.mergeReasons().size(); i++) {
            out.print((i == 0 ? "" : ", ") + string(e.mergeReasons().get(i)));
        }
        out.print("]}");
    }

    /** JSON string literals are written one way for every JSON Nenpyo writes. */
    private static String string(String text) {
        return Json.string(text);
    }

    /** Whose call something about the event is: the analyst's or the extractor's. */
    private static String by(Predicate<Event> analystsCall, Event e) {
        return string(analystsCall.test(e) ? "analyst" : "extractor");
    }
}
