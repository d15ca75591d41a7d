package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.CodePoints;
import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.ingest.DocumentAnalyzer;
import app.nenpyo.temporal.DateFinder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds event inputs from texts the way import does (ingest's analyser, temporal's finder). */
final class Articles {

    private Articles() {
    }

    static DocumentInput article(String text, LocalDate date) {
        AnalyzedDocument doc = DocumentAnalyzer.analyze("test", text, "UTF-8", SourceFormat.TEXT,
                DocumentDate.byUser(date), "", List.of(), "test");
        List<TextSpan> spans = doc.sentences().stream().map(Sentence::span).toList();
        List<DateMention> mentions = new DateFinder().find(doc.text(), date, spans);
        return DocumentInput.of(doc, mentions);
    }

    /** The events of texts, each an article of the day, read and merged together as import would. */
    static List<Event> events(LocalDate date, String... texts) {
        List<DocumentInput> docs = new ArrayList<>();
        for (String t : texts) {
            docs.add(article(t, date));
        }
        return new EventPipeline().extract(docs);
    }

    /** The first event whose label holds a part; fails, saying the labels, when none does. */
    static Event labelled(List<Event> events, String part) {
        return events.stream().filter(e -> e.label().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no label with " + part + " in " + events.stream().map(Event::label).toList()));
    }

    /** An event's merge reasons on one line. */
    static String reasons(Event e) {
        return String.join(" | ", e.mergeReasons());
    }

    static List<Report> reports(String text, LocalDate date) {
        return new EventExtractor().extract(article(text, date)).reports();
    }

    /** The category of the text's one report; fails when the text has none or several. */
    static app.nenpyo.domain.EventCategory categoryOfTheOne(String text, LocalDate date) {
        List<Report> reports = reports(text, date);
        assertEquals(1, reports.size(), () -> text + " → " + reports);
        return reports.get(0).category();
    }

    /** Why the report of the expression in the text is background ("" when it is on the timeline); fails when there is none. */
    static String backgroundOf(String text, String expression, LocalDate date) {
        List<Report> all = reports(text, date);
        return all.stream().filter(x -> x.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + all)).source().background();
    }

    /** That the report of the expression gives this reason ("" or null: on the timeline); the text's reports shown when not. */
    static void assertBackground(String reason, String text, String expression, LocalDate date) {
        assertEquals(reason == null ? "" : reason, backgroundOf(text, expression, date), () -> reports(text, date).toString());
    }

    /** The actors of the report of an expression in a text, by canonical name, each once; fails when there is none. */
    static List<String> actorsOf(String text, String expression, LocalDate date) {
        List<Report> all = reports(text, date);
        Report r = all.stream().filter(x -> x.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + all));
        return r.actors().stream().map(app.nenpyo.nlp.ActorMention::canonical).distinct().toList();
    }

    /** Each report of a text as its date and label ({@code 2024-06-05 政府が声明を発表}), in text order. */
    static List<String> datedLabels(String text, LocalDate date) {
        return reports(text, date).stream().map(r -> r.time().format() + " " + r.label()).toList();
    }

    /** The reports of a text dated by a date outside their sentence (decision 0042), as date and label. */
    static List<String> carriedLabels(String text, LocalDate date) {
        return reports(text, date).stream().filter(r -> r.source().dateCarried())
                .map(r -> r.time().format() + " " + r.label()).toList();
    }

    /** The one report of a text; fails, saying the labels read, when it gives none or several. */
    static Report only(String text, LocalDate date) {
        List<Report> r = reports(text, date);
        assertEquals(1, r.size(), () -> text + " → " + r.stream().map(Report::label).toList());
        return r.get(0);
    }

    /** The events of some of the review's articles (A01…, B01…) read and merged together, as import would. */
    static List<Event> review(String... names) throws IOException {
        Map<String, String[]> all = reviewArticles();
        List<DocumentInput> docs = new ArrayList<>();
        for (String name : names) {
            String[] row = all.get(name);
            docs.add(article(row[2], LocalDate.parse(row[1])));
        }
        return new EventPipeline().extract(docs);
    }

    /** The review's articles by name: name, date, text. */
    static Map<String, String[]> reviewArticles() throws IOException {
        try (InputStream in = Articles.class.getResourceAsStream("/temporal/review/articles.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split("\t", 3))
                    .collect(Collectors.toMap(f -> f[0], f -> f));
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Articles.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * One TSV line per event: id, start, end, label, actors, place, category, expressions,
     * sources as [document:]paragraph:start-end (code points of the sentence), merge reasons.
     */
    static String tsv(List<Event> events, Map<String, String> textByDocument, Map<String, String> documentNames) {
        StringBuilder b = new StringBuilder("id\tstart\tend\tlabel\tactors\tplace\tcategory\texpressions\tsources\tmerged\n");
        for (Event e : events) {
            b.append(e.id()).append('\t').append(e.time().start()).append('\t').append(e.time().end()).append('\t')
                    .append(e.label()).append('\t')
                    .append(e.actors().stream().map(a -> a.displayName()).collect(Collectors.joining(";"))).append('\t')
                    .append(e.place()).append('\t')
                    .append(e.category().name().toLowerCase(java.util.Locale.ROOT)).append(e.background() ? " (background)" : "")
                    .append('\t')
                    .append(e.sources().stream().map(EventSource::expressionText).collect(Collectors.joining(";"))).append('\t')
                    .append(e.sources().stream().map(s -> source(s, textByDocument, documentNames)).collect(Collectors.joining(";")))
                    .append('\t').append(String.join(" | ", e.mergeReasons())).append('\n');
        }
        return b.toString();
    }

    private static String source(EventSource s, Map<String, String> textByDocument, Map<String, String> names) {
        TextSpan cp = CodePoints.span(textByDocument.get(s.documentKey()), s.sentence());
        String doc = names.isEmpty() ? "" : names.get(s.documentKey()) + ":";
        return doc + s.paragraph() + ":" + cp.start() + "-" + cp.end();
    }
}
