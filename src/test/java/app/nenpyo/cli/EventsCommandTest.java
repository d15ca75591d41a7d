package app.nenpyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.service.SampleFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code events} contract of DESIGN.md on the demo sample. */
class EventsCommandTest {

    @TempDir
    Path temp;

    private Path sample;
    private String db;

    private static String run(String... args) {
        return runWithErrors(args)[0];
    }

    @BeforeEach
    void importTheSample() throws Exception {
        sample = SampleFiles.copyTo(temp.resolve("in"));
        db = temp.resolve("p.nenpyo").toString();
        run("ingest", "--db", db, sample.toString());
    }

    private Map<String, String[]> rowsByFirstSource() {
        List<String> lines = run("events", "--db", db).lines().toList();
        assertEquals("id\tstart\tend\tlabel\tactors\tplace\texpressions\tsources", lines.get(0));
        return lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1))
                .collect(Collectors.toMap(r -> r[7].split(";")[0].split(":")[1] + "¶", Function.identity()));
    }

    @Test
    void theSameHappeningReportedInSeveralParagraphsIsOneEventWithAllItsSources() {
        Map<String, String[]> events = rowsByFirstSource();
        assertEquals(List.of("2", "16"), paragraphs(events.get("2¶")), "the 2 January protests");
        assertEquals(List.of("11", "22"), paragraphs(events.get("11¶")), "the 10 January Wang Yi call");
        assertEquals(List.of("26", "30", "31"), paragraphs(events.get("26¶")), "the Geneva talks");
        assertEquals("2022-01-10", events.get("26¶")[1]);
        assertEquals("2022-01-09", events.get("34¶")[1], "the 9 January meeting stays apart from the 10 January talks");
        assertTrue(events.containsKey("17¶") && events.containsKey("20¶"), "two other distinct 10 January events");
    }

    @Test
    void datesAreIsoIntervalsAndLastWeekIsAWeek() {
        Map<String, String[]> events = rowsByFirstSource();
        assertEquals(List.of("2022-01-03", "2022-01-09"), List.of(events.get("13¶")[1], events.get("13¶")[2]));
        assertEquals(List.of("2022-02-04", "2022-02-04"), List.of(events.get("24¶")[1], events.get("24¶")[2]));
        for (String[] row : events.values()) {
            assertTrue(row[1].compareTo("2022-01-02") >= 0 && row[2].compareTo("2022-02-04") <= 0, String.join(" ", row));
        }
    }

    @Test
    void sourcesAreSentenceSpansInCodePointsThatHoldTheirDateExpressions() throws Exception {
        String text = Files.readString(sample);
        for (String[] row : rowsByFirstSource().values()) {
            String[] expressions = row[6].split(";");
            String[] sources = row[7].split(";");
            assertEquals(expressions.length, sources.length);
            for (int i = 0; i < sources.length; i++) {
                String[] parts = sources[i].split(":");
                assertEquals("1", parts[0], "document id");
                String[] span = parts[2].split("-");
                String sentence = text.substring(text.offsetByCodePoints(0, Integer.parseInt(span[0])),
                        text.offsetByCodePoints(0, Integer.parseInt(span[1])));
                assertTrue(sentence.contains(expressions[i]), sentence + " holds " + expressions[i]);
            }
        }
    }

    @Test
    void aliasesAreMergedIntoOneActor() {
        Map<String, String[]> events = rowsByFirstSource();
        String geneva = events.get("26¶")[4];
        assertTrue(geneva.contains("リャブコフ") != geneva.contains("リャプコフ"), "one spelling of Ryabkov: " + geneva);
        assertTrue(events.get("11¶")[4].contains("王毅"), events.get("11¶")[4]);
        String all = events.values().stream().map(r -> r[4]).collect(Collectors.joining(";"));
        assertTrue(!all.contains("カザフ;") && !all.endsWith("カザフ") && !all.contains("アメリカ"), "カザフ → カザフスタン, アメリカ → 米国: " + all);
    }

    @Test
    void idsAreStableAcrossProjectsAndReimports() throws Exception {
        String first = run("events", "--db", db);
        run("ingest", "--db", db, sample.toString());
        assertEquals(first, run("events", "--db", db), "re-importing changes nothing");
        String other = temp.resolve("other.nenpyo").toString();
        run("ingest", "--db", other, sample.toString());
        assertEquals(ids(first), ids(run("events", "--db", other)));
    }

    @Test
    void jsonSaysWhatTheAnalystCorrected() throws Exception {
        String talksId;
        try (app.nenpyo.service.ProjectService p = app.nenpyo.service.ProjectService.open(Path.of(db))) {
            app.nenpyo.domain.Event talks = p.events().stream().filter(e -> e.sources().size() == 3).findFirst().orElseThrow();
            talksId = talks.id();
            p.keepApart(talks.id(), talks.sources().get(2).sourceId());
            p.setEventDate(talks.id(), java.util.Optional.of(app.nenpyo.domain.TimeValue.parse("2022-01-11")));
        }
        JsonNode json = new ObjectMapper().readTree(run("events", "--db", db, "--format", "json"));
        JsonNode talks = toList(json).stream().filter(n -> n.get("id").asText().equals(talksId)).findFirst().orElseThrow();
        assertEquals("analyst", talks.get("dateBy").asText());
        assertEquals("2022-01-11", talks.get("value").asText());
        assertEquals("extractor", talks.get("labelBy").asText());
        assertEquals(2, talks.get("sources").size());
        JsonNode apart = toList(json).stream().flatMap(n -> toList(n.get("sources")).stream())
                .filter(s -> s.get("keptApart").asBoolean()).findFirst().orElseThrow();
        assertEquals(31, apart.get("paragraph").asInt(), "the report taken out, an event of its own");
        assertTrue(toList(json).stream().flatMap(n -> toList(n.get("sources")).stream()).noneMatch(s -> s.get("joined").asBoolean()));
    }

    @Test
    void jsonSaysWhichReportsTheAnalystJoined() throws Exception {
        String joinedId;
        try (app.nenpyo.service.ProjectService p = app.nenpyo.service.ProjectService.open(Path.of(db))) {
            List<app.nenpyo.domain.Event> singles = p.events().stream()
                    .filter(e -> e.sources().size() == 1 && e.time().start().toString().equals("2022-01-09")).toList();
            p.join(singles.get(0).id(), singles.get(1).id());
            joinedId = p.eventOfSource(singles.get(0).sources().get(0).documentId().getAsLong(),
                    singles.get(0).sources().get(0).sourceId()).orElseThrow();
        }
        JsonNode json = new ObjectMapper().readTree(run("events", "--db", db, "--format", "json"));
        JsonNode joined = toList(json).stream().filter(n -> n.get("id").asText().equals(joinedId)).findFirst().orElseThrow();
        assertEquals(List.of(true, true), toList(joined.get("sources")).stream().map(s -> s.get("joined").asBoolean()).toList());
        assertEquals("extractor", joined.get("dateBy").asText(), "one day: no date was given");
        assertTrue(joined.get("mergeReasons").get(0).asText().endsWith("joined by the analyst"));
        assertEquals(2, toList(json).stream().flatMap(n -> toList(n.get("sources")).stream()).filter(s -> s.get("joined").asBoolean())
                .count(), "only the two reports joined");
    }

    @Test
    void jsonSaysWhichReportsTheAnalystAdded() throws Exception {
        String sourceId;
        try (app.nenpyo.service.ProjectService p = app.nenpyo.service.ProjectService.open(Path.of(db))) {
            long doc = p.documents().get(0).id();
            app.nenpyo.service.EventProposal proposal = p.proposeEvent(doc, 5, new app.nenpyo.domain.TextSpan(0, 0));
            sourceId = p.addEvent(doc, proposal.clause(), app.nenpyo.domain.TimeValue.parse("2022-01-08"), "CSTO部隊が重要施設を管理");
        }
        JsonNode json = new ObjectMapper().readTree(run("events", "--db", db, "--format", "json"));
        JsonNode added = toList(json).stream().filter(n -> n.get("id").asText().equals(sourceId)).findFirst().orElseThrow();
        assertEquals("2022-01-08", added.get("value").asText());
        assertEquals("analyst", added.get("dateBy").asText(), "the date of an added report is the analyst's");
        assertEquals("CSTO部隊が重要施設を管理", added.get("label").asText());
        JsonNode source = added.get("sources").get(0);
        assertTrue(source.get("added").asBoolean());
        assertEquals(5, source.get("paragraph").asInt());
        assertEquals("", source.get("expression").asText());
        assertEquals(source.get("sentence").get(0).asInt(), source.get("expressionSpan").get(0).asInt(),
                "no expression: an empty span where the sentence (the clause) starts");
        assertEquals(source.get("expressionSpan").get(0).asInt(), source.get("expressionSpan").get(1).asInt());
        assertEquals(1, toList(json).stream().flatMap(n -> toList(n.get("sources")).stream()).filter(s -> s.get("added").asBoolean())
                .count(), "only the report added");
        assertTrue(run("events", "--db", db).lines().anyMatch(l -> l.startsWith(sourceId + "\t2022-01-08\t2022-01-08\tCSTO部隊が重要施設を管理\t")));
    }

    @Test
    void jsonAndCsvCarryTheSameEvents() throws Exception {
        List<String> ids = ids(run("events", "--db", db));
        JsonNode json = new ObjectMapper().readTree(run("events", "--db", db, "--format", "json"));
        assertEquals(ids, toList(json).stream().map(n -> n.get("id").asText()).toList());
        JsonNode talks = toList(json).stream().filter(n -> n.get("sources").size() == 3).findFirst().orElseThrow();
        assertEquals("meeting", talks.get("category").asText());
        assertEquals(2, talks.get("mergeReasons").size());
        assertTrue(toList(json).stream().allMatch(n -> n.get("backgroundBy").asText().equals("extractor")
                        && n.get("labelBy").asText().equals("extractor") && n.get("dateBy").asText().equals("extractor")),
                "no analyst has decided anything here");
        assertTrue(toList(json).stream().flatMap(n -> toList(n.get("sources")).stream()).noneMatch(s -> s.get("keptApart").asBoolean()));
        List<String> csv = run("events", "--db", db, "--format", "csv").lines().toList();
        assertEquals("id,start,end,label,actors,place,category,expressions,sources", csv.get(0));
        assertEquals(ids, csv.subList(1, csv.size()).stream().map(l -> l.split(",")[0]).toList());
    }

    @Test
    void aProjectOfAnOlderVersionIsUpgradedWithOneLineSayingSo() throws Exception {
        String before = run("events", "--db", db);
        // as migration 11 found it
        app.nenpyo.store.OlderLayouts.downgrade(java.nio.file.Path.of(db), 10);
        String[] upgraded = runWithErrors("events", "--db", db);
        assertEquals(before, upgraded[0]);
        assertEquals("note: " + db + ": upgrading the project to this version of Nenpyo, once (a large one takes a while)",
                upgraded[1]);
        assertEquals("", runWithErrors("events", "--db", db)[1], "once");
    }

    /** Other tools read these: Arabic digits (ar-SA) or a dotless ı (tr-TR) would break them. */
    @Test
    void whatTheCommandsPrintIsTheSameWhateverTheMachinesLocale() {
        String other = temp.resolve("other.nenpyo").toString();
        List<String> expected = List.of(run("ingest", "--db", other, sample.toString()), run("events", "--db", db),
                run("events", "--db", db, "--format", "json"), run("dates", sample.toString()));
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale beforeFormat = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        java.util.Locale beforeDisplay = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);
        for (String language : List.of("ar-SA", "tr-TR", "th-TH-u-nu-thai")) {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag(language));
            try {
                String again = temp.resolve(language + ".nenpyo").toString();
                assertEquals(expected, List.of(run("ingest", "--db", again, sample.toString()),
                        run("events", "--db", db), run("events", "--db", db, "--format", "json"),
                        run("dates", sample.toString())), language);
            } finally {
                java.util.Locale.setDefault(before);
                java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, beforeFormat);
                java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, beforeDisplay);
            }
        }
        assertTrue(expected.get(1).contains("\t2022-01-10\t"), "ASCII dates");
        assertTrue(expected.get(2).contains("\"category\": \"meeting\""), "lower-case ASCII names");
    }

    @Test
    void eventsThatCannotBeBroughtUpToDateArePrintedAsTheyAreWithAWarning() throws Exception {
        String before = run("events", "--db", db);
        app.nenpyo.service.MergeThatFails.arm(Path.of(db));
        // named as typed, relative: the warning names it once
        String relative = Path.of("").toAbsolutePath().relativize(Path.of(db)).toString();
        String warning = "warning: " + relative + ": the events could not be brought up to date (database error: ";
        String reason = "(" + app.nenpyo.service.MergeThatFails.REASON + ")); they are those of before";

        String[] events = runWithErrors("events", "--db", relative);

        assertEquals(before, events[0]);
        assertTrue(events[1].startsWith(warning) && events[1].endsWith(reason) && events[1].lines().count() == 1, events[1]);
        assertEquals(1, events[1].split("p\\.nenpyo", -1).length - 1, "the file once: " + events[1]);

        String[] again = runWithErrors("ingest", "--db", relative, sample.toString());

        assertTrue(again[0].contains("0 imported"), again[0]);
        assertTrue(again[1].startsWith(warning) && again[1].endsWith(reason), "an import that imports nothing merges nothing: " + again[1]);
    }

    /** Standard output and the error stream (stripped) of a command that succeeds. */
    private static String[] runWithErrors(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, NenpyoCommand.execute(new PrintWriter(out), new PrintWriter(err), args), err.toString());
        return new String[] {out.toString(), err.toString().strip()};
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static List<String> ids(String tsv) {
        return tsv.lines().skip(1).map(l -> l.split("\t")[0]).toList();
    }

    private static List<String> paragraphs(String[] row) {
        return Arrays.stream(row[7].split(";")).map(s -> s.split(":")[1]).toList();
    }
}
