package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.events.DocumentInput;
import app.nenpyo.events.EventPipeline;
import app.nenpyo.ingest.DocumentAnalyzer;
import app.nenpyo.temporal.DateFinder;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventListTsvTest {

    @Test
    void theContractsColumnsWithCodePointSpansAndTheStoredId() throws Exception {
        LocalDate date = LocalDate.of(2023, 3, 15);
        String text = "😀見出し\n\n内務省は10日、およそ8000人を拘束したと発表しました。\n";
        AnalyzedDocument doc = DocumentAnalyzer.analyze("t", text, "UTF-8", SourceFormat.TEXT, DocumentDate.byUser(date),
                "", List.of(), "t");
        DocumentInput in = DocumentInput.stored(7, doc, new DateFinder().find(text, date,
                doc.sentences().stream().map(Sentence::span).toList()));
        List<Event> events = new EventPipeline().extract(List.of(in));
        StringWriter out = new StringWriter();
        EventListWriter tsv = EventListFormat.TSV.writer(out,
                new CitedDocuments(Map.of(events.get(0).sources().get(0).documentKey(), 7L), id -> text), () -> {
                    throw new AssertionError("the TSV says nothing of the analyst's changes");
                });
        for (Event e : events) {
            tsv.add(e);
        }
        tsv.end();
        String[] lines = out.toString().split("\n");
        assertEquals("id\tstart\tend\tlabel\tactors\tplace\texpressions\tsources", lines[0]);
        String[] f = lines[1].split("\t", -1);
        assertEquals(8, f.length);
        assertEquals("2023-03-10", f[1]);
        assertEquals("2023-03-10", f[2]);
        assertEquals("内務省が8000人拘束と発表", f[3]);
        assertEquals("内務省", f[4]);
        assertEquals("10日", f[6]);
        int start = text.indexOf("内務省") - 1;
        assertEquals("7:2:" + start + "-" + (start + "内務省は10日、およそ8000人を拘束したと発表しました。".length()), f[7]);
    }
}
