package app.nenpyo.events;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.ingest.DocumentAnalyzer;
import app.nenpyo.nlp.JapaneseTokens;
import app.nenpyo.nlp.Token;
import app.nenpyo.temporal.DateFinder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-run speed check (not a test): the sample repeated as N documents, each dated one day
 * later than the previous so their events do not all fall on the same days. Measures
 * {@link EventPipeline#analyse} (the per-document part import runs on its threads) on one thread,
 * and {@link EventPipeline#combine} (actors and merging, once, single-threaded).
 *
 * <pre>
 *   mvn -q -o test-compile
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) app.nenpyo.events.EventsSpeed 2000 [same|distinct]
 * </pre>
 */
public final class EventsSpeed {

    private EventsSpeed() {
    }

    /** What import makes for its search index: every paragraph tokenised, spans in the document. */
    private static List<Token> paragraphTokens(DocumentInput in) {
        List<Token> out = new ArrayList<>();
        for (Paragraph p : in.document().paragraphs()) {
            for (Token t : JapaneseTokens.of(p.span().of(in.document().text()))) {
                out.add(t.shift(p.span().start()));
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        // "same": copies dated a day apart, so most reports of all copies merge (the worst case);
        // "distinct": copies 40 days apart, so only reports of one copy merge (a corpus of different posts)
        boolean distinct = args.length > 1 && args[1].equals("distinct");
        String text = Articles.resource("kazakhstan-ukraine-2022-01-11.txt");
        List<DocumentInput> inputs = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < copies; i++) {
            LocalDate date = distinct ? LocalDate.of(1900, 1, 11).plusDays(40L * i)
                    : LocalDate.of(2022, 1, 11).plusDays(i % 365);
            String body = text + "\n\n" + i;
            AnalyzedDocument doc = DocumentAnalyzer.analyze("copy" + i, body, "UTF-8", SourceFormat.TEXT,
                    DocumentDate.byUser(date), "", List.of(), "copy");
            inputs.add(DocumentInput.of(doc, new DateFinder().find(doc.text(), date,
                    doc.sentences().stream().map(Sentence::span).toList())));
            bytes += body.getBytes(StandardCharsets.UTF_8).length;
        }
        EventPipeline pipeline = new EventPipeline();
        for (int warm = 0; warm < 3; warm++) {
            inputs.subList(0, Math.min(200, copies)).forEach(pipeline::analyse);
        }
        List<List<Token>> tokens = inputs.stream().map(EventsSpeed::paragraphTokens).toList();
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 0; i < Math.min(200, copies); i++) {
                pipeline.analyse(inputs.get(i), tokens.get(i));
            }
        }
        long s0 = System.nanoTime();
        for (int i = 0; i < copies; i++) {
            pipeline.analyse(inputs.get(i), tokens.get(i));
        }
        long s1 = System.nanoTime();
        long t0 = System.nanoTime();
        List<DocumentReports> reports = inputs.stream().map(pipeline::analyse).toList();
        long t1 = System.nanoTime();
        List<Event> events = pipeline.combine(reports);
        long t2 = System.nanoTime();
        double mb = bytes / 1e6;
        System.out.printf("%d documents, %.1f MB, %d reports, %d events%n", copies, mb,
                reports.stream().mapToInt(r -> r.reports().size()).sum(), events.size());
        System.out.printf("analyse (one thread): %.2f s = %.2f MB/s%n", (t1 - t0) / 1e9, mb / ((t1 - t0) / 1e9));
        System.out.printf("analyse with import's paragraph tokens (one thread): %.2f s = %.2f MB/s%n",
                (s1 - s0) / 1e9, mb / ((s1 - s0) / 1e9));
        System.out.printf("combine (actors + merge): %.2f s (first run, cold code)%n", (t2 - t1) / 1e9);
        long t3 = System.nanoTime();
        pipeline.combine(reports);
        System.out.printf("combine again (warm): %.2f s%n", (System.nanoTime() - t3) / 1e9);
    }
}
