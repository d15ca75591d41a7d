package app.nenpyo.export;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Events in TimelineJS 3's JSON format, to publish a timeline on the web: a title slide and one
 * slide per event with start and end dates (as precise as the writer was: a month stays a month),
 * the label as headline, actors and sources as text, and the category as group. TimelineJS shows
 * {@code text} fields as HTML, so article text is HTML-escaped before it is JSON-escaped.
 *
 * <pre>{@code
 * {"title": {"text": {"headline": "年表", "text": "…"}},
 *  "events": [{"unique_id": "ev-…", "start_date": {"year": "2022", "month": "1", "day": "10"},
 *              "text": {"headline": "…", "text": "<p>王毅</p><p>『…』2022年1月11日(火) ¶22「10日」</p>"}, "group": "発言"}]}
 * }</pre>
 */
public final class TimelineJsJson {
    private TimelineJsJson() {
    }

    public static void write(EventCatalog catalog, String title, String subtitle, ReportLanguage language, Writer out)
            throws IOException {
        out.write("{\"title\": {\"text\": {\"headline\": " + Json.string(html(title)) + ", \"text\": "
                + Json.string("<p>" + html(subtitle) + "</p>") + "}},\n \"events\": [");
        for (int i = 0; i < catalog.events().size(); i++) {
            Event e = catalog.events().get(i);
            out.write(i == 0 ? "\n" : ",\n");
            String actors = e.actors().stream().map(Actor::displayName).map(TimelineJsJson::html)
                    .collect(Collectors.joining("、"));
            String sources = e.sources().stream().map(s -> html(Citation.of(s, catalog).text()))
                    .collect(Collectors.joining("<br>"));
            out.write("  {\"unique_id\": " + Json.string(e.id())
                    + ", \"start_date\": " + date(e.time().start(), e)
                    + (e.time().start().equals(e.time().end()) ? "" : ", \"end_date\": " + date(e.time().end(), e))
                    + ", \"text\": {\"headline\": " + Json.string(html(e.label()))
                    + ", \"text\": " + Json.string((actors.isEmpty() ? "" : "<p>" + actors + "</p>") + "<p>" + sources + "</p>"
                            + (catalog.datedByAnalyst().test(e) ? "<p>" + html(language.text("footnote.analystDate").strip()) + "</p>" : ""))
                    + "}, \"group\": " + Json.string(language.text("category." + e.category().name())) + "}");
        }
        out.write("\n]}\n");
        out.flush();
    }

    /** A TimelineJS date: year, month and day as strings, down to the event's granularity. */
    private static String date(LocalDate d, Event e) {
        String year = "{\"year\": \"" + d.getYear() + "\"";
        return switch (e.time().granularity()) {
            case YEAR -> year + "}";
            case MONTH -> year + ", \"month\": \"" + d.getMonthValue() + "\"}";
            default -> year + ", \"month\": \"" + d.getMonthValue() + "\", \"day\": \"" + d.getDayOfMonth() + "\"}";
        };
    }

    /** Article text as HTML text: markup characters escaped, control characters gone. */
    static String html(String text) {
        return PlainText.line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
