package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst adds a clause the machine did not read as an event (decision 0020): it is read as
 * a dated clause is, dated by the analyst, kept through rebuilds, imports and openings, merged
 * as any report, and removed again.
 */
class AddedEventsTest {
    private static final String CSTO = "またロシアが主導するCSTO=集団安全保障条約機構の部隊が、各地の重要施設を管理下に置いたということです。";

    @TempDir
    Path temp;

    private static long importSample(ProjectService project) throws ProjectException {
        SampleProject.importSample(project);
        return project.documents().get(0).id();
    }

    private static Event holding(ProjectService project, long document, String sourceId) {
        return project.event(project.eventOfSource(document, sourceId).orElseThrow()).orElseThrow();
    }

    @Test
    void aSentenceWithNoDateIsProposedAsTheDocumentDatesIt() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            long doc = importSample(p);
            EventProposal proposal = p.proposeEvent(doc, 5, new TextSpan(0, 0));
            assertEquals(CSTO, proposal.clauseText());
            assertEquals(CSTO, proposal.clause().of(p.text(doc)), "the clause is a span of the document's text");
            assertEquals(TimeValue.parse("2022-01-11"), proposal.date(), "no expression: the post's date");
            assertTrue(proposal.label().contains("部隊"), proposal.label());
            assertTrue(proposal.label().length() <= 40, proposal.label());
        }
    }

    @Test
    void aSelectionInsideASentenceIsTheClauseAndASentenceWithADateIsDatedSo() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            long doc = importSample(p);
            String paragraph = p.text(doc).substring(p.document(doc).paragraphs().get(29).span().start(),
                    p.document(doc).paragraphs().get(29).span().end());
            int at = paragraph.indexOf("米国の圧力");
            EventProposal proposal = p.proposeEvent(doc, 30, new TextSpan(at - 1, at + 20));
            assertEquals(paragraph.substring(at, at + 20), proposal.clauseText(), "the selection, its blank trimmed");
            assertEquals(TimeValue.parse("2022-01-09"), proposal.date(), "ロシアは9日、…: the sentence's first date");

            int thirtyFirst = p.document(doc).paragraphs().get(30).span().length();
            EventProposal across = p.proposeEvent(doc, 31, new TextSpan(0, thirtyFirst));
            assertTrue(across.clauseText().startsWith("協議は10日にジュネーブで始まり"), "a selection across sentences: the first");
            assertTrue(across.clauseText().endsWith("。"), across.clauseText());
        }
    }

    @Test
    void anAddedEventStaysThroughRebuildsImportsAndOpeningsUntilRemoved() throws Exception {
        Path file = temp.resolve("p.nenpyo");
        List<Event> machine;
        String sourceId;
        long doc;
        List<Event> withAdded;
        try (ProjectService p = ProjectService.open(file)) {
            doc = importSample(p);
            machine = p.events();
            EventProposal proposal = p.proposeEvent(doc, 5, new TextSpan(0, 0));
            sourceId = p.addEvent(doc, proposal.clause(), TimeValue.parse("2022-01-08"), "");
            Event added = holding(p, doc, sourceId);
            assertEquals(TimeValue.parse("2022-01-08"), added.time());
            assertEquals(proposal.label(), added.label(), "the machine's reading of the clause, as proposed");
            assertEquals(1, added.sources().size());
            EventSource source = added.sources().get(0);
            assertEquals(5, source.paragraph());
            assertEquals(proposal.clause(), source.clause());
            assertEquals(new TextSpan(proposal.clause().start(), proposal.clause().start()), source.expression(),
                    "no expression: an empty span where the clause starts");
            assertEquals("", source.expressionText());
            assertFalse(added.background());
            assertTrue(added.actors().stream().anyMatch(a -> a.name().contains("集団安全保障条約機構") || a.key().contains("CSTO")),
                    added.actors().toString());
            assertEquals(Set.of(AnalystCorrection.ADDED), p.corrections(added));
            assertTrue(p.redatedByAnalyst().test(added), "its date is the analyst's");
            assertTrue(p.addedByAnalyst().test(source));
            assertEquals(machine.size() + 1, p.events().size());

            withAdded = p.events();
            p.rebuildEvents();
            assertEquals(withAdded, p.events(), "a merge of every day gives the same events");
            importSample(p);
            assertEquals(withAdded, p.events(), "the same file again changes nothing");
        }
        try (ProjectService p = ProjectService.open(file)) {
            assertEquals(withAdded, p.events(), "kept in the file");
            Event added = holding(p, doc, sourceId);

            p.setEventDate(added.id(), Optional.of(TimeValue.parse("2022-01-06")));
            assertEquals(TimeValue.parse("2022-01-06"), holding(p, doc, sourceId).time(), "dated again like any event");
            p.setEventDate(added.id(), Optional.empty());
            assertEquals(TimeValue.parse("2022-01-08"), holding(p, doc, sourceId).time(),
                    "given back: the date it was added with");
            p.setEventLabel(added.id(), "CSTO部隊が重要施設を管理");
            assertEquals("CSTO部隊が重要施設を管理", holding(p, doc, sourceId).label());

            p.removeAddedReports(added.id());
            assertEquals(machine, p.events(), "removed, the events are the machine's again");
            assertTrue(p.eventOfSource(doc, sourceId).isEmpty());
            p.rebuildEvents();
            assertEquals(machine, p.events());
        }
    }

    @Test
    void anAddedReportMergesWithTheEventItReports() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            long doc = importSample(p);
            Event talks = talks(p);
            String sourceId = addedToTheTalks(p, doc, talks, "");
            Event merged = holding(p, doc, sourceId);
            assertEquals(talks.time(), merged.time());
            assertTrue(merged.sources().stream().map(EventSource::paragraph).toList().containsAll(List.of(26, 32)),
                    merged.sources().toString());
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");
        }
    }

    /** An exploratory test lost the label typed for a clause that merged into an event reported before. */
    @Test
    void aLabelWrittenForAnAddedReportThatMergesIsTheEventsLabel() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            long doc = importSample(p);
            String sourceId = addedToTheTalks(p, doc, talks(p), "米露がジュネーブで戦略対話");

            Event merged = holding(p, doc, sourceId);
            assertTrue(merged.sources().size() > 1, merged.sources().toString());
            assertEquals("米露がジュネーブで戦略対話", merged.label());
            assertTrue(p.corrections(merged).contains(AnalystCorrection.LABEL), p.corrections(merged).toString());
        }
    }

    @Test
    void whatCannotBeAddedIsRefusedAndNothingIsWritten() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            long doc = importSample(p);
            List<Event> machine = p.events();
            EventProposal proposal = p.proposeEvent(doc, 5, new TextSpan(0, 0));
            TextSpan twoSentences = new TextSpan(proposal.clause().start(), proposal.clause().end() + 10);
            assertThrows(IllegalArgumentException.class,
                    () -> p.addEvent(doc, twoSentences, TimeValue.parse("2022-01-08"), ""));
            int blankAt = p.text(doc).indexOf("\n\n");
            assertThrows(IllegalArgumentException.class,
                    () -> p.addEvent(doc, new TextSpan(blankAt, blankAt + 2), TimeValue.parse("2022-01-08"), ""));
            assertThrows(IllegalArgumentException.class, () -> p.addEvent(doc + 99, proposal.clause(), TimeValue.parse("2022-01-08"), ""));
            assertThrows(IllegalArgumentException.class, () -> p.proposeEvent(doc, 99, new TextSpan(0, 0)));
            assertThrows(IllegalArgumentException.class, () -> p.addEvent(doc, proposal.clause(), TimeValue.parse("2022-01-08"),
                    "長".repeat(ProjectService.MAX_LABEL + 1)));
            assertEquals(machine, p.events(), "nothing was added");
            assertThrows(IllegalArgumentException.class, () -> p.removeAddedReports(machine.get(0).id()),
                    "the machine's event has no report the analyst added");

            p.addEvent(doc, proposal.clause(), TimeValue.parse("2022-01-08"), "");
            IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                    () -> p.addEvent(doc, proposal.clause(), TimeValue.parse("2022-01-08"), ""));
            assertTrue(again.getMessage().contains("added already"), again.getMessage());
        }
    }

    private long importText(ProjectService project, String text) throws Exception {
        Path file = java.nio.file.Files.writeString(temp.resolve("clip-" + text.hashCode() + ".txt"), text);
        project.importFiles(List.of(file), new ImportOptions(Optional.of(java.time.LocalDate.of(2022, 1, 12))), ImportProgress.NONE,
                new Cancellation());
        return project.documents().stream().filter(d -> d.origin().endsWith(file.getFileName().toString())).findFirst().orElseThrow().id();
    }

    @Test
    void theProposedDateIsTheOneTheMachineWouldReadTheClauseBy() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            long doc = importText(p, "トカエフ大統領は5日に非常事態を宣言し、10日に解除を発表した。\n\n政府は来年度予算案を12日に閣議決定した。\n");
            String first = "トカエフ大統領は5日に非常事態を宣言し、10日に解除を発表した。";
            int at = first.indexOf("10日に解除");
            EventProposal lifted = p.proposeEvent(doc, 1, new TextSpan(at, first.length() - 1));
            assertEquals(TimeValue.parse("2022-01-10"), lifted.date(), "the clause's own date, not the sentence's first");
            EventProposal budget = p.proposeEvent(doc, 2, new TextSpan(0, 0));
            assertEquals(TimeValue.parse("2022-01-12"), budget.date(), "12日, not 来年度 written onto a noun");
            assertTrue(budget.label().contains("閣議決定") && !budget.label().contains("12日"), budget.label());
        }
    }

    @Test
    void aClauseIsWholeCharactersAndAPieceOfAWordIsLabelledWithItsText() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            String text = "𠮷野氏は10日、非常事態の解除を発表した。\n";
            long doc = importText(p, text);
            assertThrows(IllegalArgumentException.class, () -> p.addEvent(doc, new TextSpan(1, 10), TimeValue.parse("2022-01-10"), ""),
                    "a clause starting between the halves of 𠮷");
            EventProposal widened = p.proposeEvent(doc, 1, new TextSpan(1, 4));
            assertEquals("𠮷野氏", widened.clauseText(), "a selection cutting 𠮷 takes it whole");
            int inWord = text.indexOf("常事");
            String id = p.addEvent(doc, new TextSpan(inWord, inWord + 2), TimeValue.parse("2022-01-10"), "");
            assertEquals("常事", holding(p, doc, id).label(), "nothing read: the clause's own text, never an empty label");
        }
    }

    @Test
    void aClauseAddedAgainOtherwiseTakesTheNewDateAndLabelOverCorrectionsSince() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            long doc = importSample(p);
            EventProposal proposal = p.proposeEvent(doc, 5, new TextSpan(0, 0));
            String id = p.addEvent(doc, proposal.clause(), TimeValue.parse("2022-01-10"), "");
            p.setEventDate(holding(p, doc, id).id(), Optional.of(TimeValue.parse("2022-01-05")));
            p.setEventLabel(holding(p, doc, id).id(), "分析者のラベル");
            p.addEvent(doc, proposal.clause(), TimeValue.parse("2022-01-20"), "新しいラベル");
            Event again = holding(p, doc, id);
            assertEquals(TimeValue.parse("2022-01-20"), again.time(), "the latest decision decides");
            assertEquals("新しいラベル", again.label());
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events());
        }
    }

    private static Event talks(ProjectService p) {
        return p.events().stream().filter(e -> e.label().equals("米露協議がジュネーブで開始")).findFirst().orElseThrow();
    }

    /** ¶32 of the sample, which reports the talks in Geneva with no date of its own, added on the talks' date. */
    private static String addedToTheTalks(ProjectService p, long doc, Event talks, String label) {
        EventProposal proposal = p.proposeEvent(doc, 32, new TextSpan(0, 0));
        return p.addEvent(doc, proposal.clause(), talks.time(), label);
    }
    /**
     * An exploratory test added a sentence of two happenings of one day (a phone call, talks in
     * Beijing) that the machine had read as two events: the added report matched both, and they
     * became one event of three sources. An added report joins an event; it never joins two.
     */
    @Test
    void anAddedSentenceOfTwoHappeningsJoinsNoTwoEventsTheMachineKeptApart() throws Exception {
        Path post = Files.writeString(temp.resolve("kaiken-2023-03-15.txt"), """
                2023年3月15日

                林外相は先週の金曜日に中国の王毅外相と電話で会談しており、今月10日には北京で日中の実務者協議が開かれた。
                """);
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            p.importFiles(List.of(post), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            long doc = p.documents().get(0).id();
            List<Event> machine = p.events().stream().filter(e -> !e.background()).toList();
            assertEquals(2, machine.size(), "two happenings of 10 March: " + machine);
            assertTrue(machine.stream().allMatch(e -> e.time().equals(TimeValue.parse("2023-03-10"))), machine.toString());
            EventProposal proposal = p.proposeEvent(doc, 2, new TextSpan(0, 0));

            String added = p.addEvent(doc, proposal.clause(), proposal.date(), "");

            List<Event> after = p.events();
            for (Event e : machine) {
                String source = e.sources().get(0).sourceId();
                Event holding = holding(p, doc, source);
                assertTrue(holding.sources().stream().map(EventSource::sourceId)
                        .noneMatch(id -> !id.equals(source) && !id.equals(added)), "still apart: " + after);
            }
            assertTrue(after.size() >= 2, after.toString());
        }
    }
    /**
     * A second exploratory round added a whole sentence (¶20) for its second clause, with a label of
     * its own: it merged with the machine's event of the first clause and took its label. What the
     * analyst adds from a sentence the machine read is another happening of it.
     */
    @Test
    void anAddedClauseNeverSwallowsTheEventTheMachineReadInItsSentence() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            long doc = importSample(p);
            Event statement = p.events().stream().filter(e -> e.sources().size() == 1 && e.sources().get(0).paragraph() == 20)
                    .findFirst().orElseThrow(() -> new AssertionError("the ¶20 statement in " + p.events()));
            int before = p.events().size();
            EventProposal proposal = p.proposeEvent(doc, 20, new TextSpan(0, 0));

            String added = p.addEvent(doc, proposal.clause(), proposal.date(), "政府が抗議活動を徹底して抑え込む構え");

            assertEquals(before + 1, p.events().size(), "one event more");
            Event kept = holding(p, doc, statement.sources().get(0).sourceId());
            assertEquals(statement.label(), kept.label());
            assertEquals(1, kept.sources().size(), kept.toString());
            assertEquals("政府が抗議活動を徹底して抑え込む構え", holding(p, doc, added).label());
        }
    }
}
