package app.nenpyo.export;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The event list as a JSON array, every string escaped ({@link Json#string}); spans in code
 * points, as the TSV. Each event says whether its date, label and background flag are the
 * extractor's reading or the analyst's correction, and each source whether the analyst took it out
 * of its event, joined its event to another, or added it.
 */
final class EventListJson implements EventListWriter {

    private final Writer out;
    private final CitedDocuments documents;
    private final AnalystChanges byAnalyst;
    private int written;

    EventListJson(Writer out, CitedDocuments documents, AnalystChanges byAnalyst) {
        this.out = out;
        this.documents = documents;
        this.byAnalyst = byAnalyst;
    }

    /** One more event of the array (the array's opening before the first). */
    @Override
    public void add(Event event) throws IOException {
        out.write(written++ == 0 ? "[\n" : ",\n");
        out.write(event(event));
    }

    /** Closes the array: {@code []} when no event was added. */
    @Override
    public void end() throws IOException {
        out.write(written == 0 ? "[]\n" : "\n]\n");
        out.flush();
    }

    private String event(Event e) {
        StringBuilder b = new StringBuilder("  {\"id\": ").append(string(e.id()))
                .append(", \"start\": ").append(string(e.time().start().toString()))
                .append(", \"end\": ").append(string(e.time().end().toString()))
                .append(", \"value\": ").append(string(e.time().format()))
                .append(", \"granularity\": ").append(string(e.time().granularity().name().toLowerCase(Locale.ROOT)))
                .append(", \"dateBy\": ").append(by(byAnalyst.dated(), e))
                .append(", \"label\": ").append(string(e.label()))
                .append(", \"labelBy\": ").append(by(byAnalyst.relabelled(), e))
                .append(", \"category\": ").append(string(e.category().name().toLowerCase(Locale.ROOT)))
                .append(", \"place\": ").append(string(e.place()))
                .append(", \"background\": ").append(e.background())
                .append(", \"backgroundBy\": ").append(by(byAnalyst.decided(), e))
                .append(",\n   \"actors\": [");
        for (int i = 0; i < e.actors().size(); i++) {
            Actor a = e.actors().get(i);
            b.append(i == 0 ? "" : ", ").append("{\"key\": ").append(string(a.key())).append(", \"name\": ").append(string(a.name()))
                    .append(", \"kind\": ").append(string(a.kind().name().toLowerCase(Locale.ROOT)))
                    .append(", \"title\": ").append(string(a.title()))
                    .append(", \"country\": ").append(string(a.country())).append('}');
        }
        b.append("],\n   \"sources\": [");
        for (int i = 0; i < e.sources().size(); i++) {
            EventSource s = e.sources().get(i);
            TextSpan sentence = documents.codePoints(s, s.sentence());
            TextSpan expression = documents.codePoints(s, s.expression());
            b.append(i == 0 ? "" : ", ").append("{\"document\": ").append(documents.documentId(s))
                    .append(", \"paragraph\": ").append(s.paragraph())
                    .append(", \"sentence\": [").append(sentence.start()).append(", ").append(sentence.end()).append(']')
                    .append(", \"expression\": ").append(string(s.expressionText()))
                    .append(", \"expressionSpan\": [").append(expression.start()).append(", ").append(expression.end()).append(']')
                    // said only when true: the expression is the sentence before's (decision 0042), outside "sentence"
                    .append(s.dateCarried() ? ", \"carried\": true" : "")
                    .append(", \"background\": ").append(string(s.background()))
                    .append(", \"keptApart\": ").append(byAnalyst.keptApart().test(s))
                    .append(", \"joined\": ").append(byAnalyst.joined().test(s))
                    .append(", \"added\": ").append(byAnalyst.added().test(s)).append('}');
        }
        b.append("],\n   \"mergeReasons\": [");
        for (int i = 0; i < e.mergeReasons().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(string(e.mergeReasons().get(i)));
        }
        return b.append("]}").toString();
    }

    private static String string(String text) {
        return Json.string(text);
    }

    /** Whose call something about the event is: the analyst's or the extractor's. */
    private static String by(Predicate<Event> analystsCall, Event e) {
        return string(analystsCall.test(e) ? "analyst" : "extractor");
    }
}
