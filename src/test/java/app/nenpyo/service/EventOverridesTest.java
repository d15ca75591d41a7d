package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.store.ProjectDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst corrects what the machine set aside: an event set aside leaves the timeline, one put
 * back joins it, and the decision outlives rebuilds, imports of more files and the same files
 * imported into the project again.
 */
class EventOverridesTest {
    private static final String POST = """
            2022年1月11日

            政府は10日、新たな対策を発表した。

            関連記事

            2021年12月5日 カザフスタンで燃料価格が上昇
            """;

    @TempDir
    Path temp;

    private static ImportReport importAll(ProjectService project, Path... inputs) throws ProjectException {
        return project.importFiles(List.of(inputs), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
    }

    private static Event labelled(ProjectService project, String label) {
        return project.events().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + label + " in " + project.events().stream().map(Event::label).toList()));
    }

    /** A project of the post alone, closed; the id of its 政府が新たな対策を発表. */
    private String importedMeasuresEvent(Path project) throws Exception {
        Path post = Files.writeString(temp.resolve("post.txt"), POST);
        try (ProjectService p = ProjectService.open(project)) {
            importAll(p, post);
            return labelled(p, "政府が新たな対策を発表").id();
        }
    }

    private static boolean summarisedAsBackground(ProjectService project, String id) {
        return project.eventSummaries().stream().filter(s -> s.id().equals(id)).findFirst().map(EventSummary::background)
                .orElseThrow();
    }

    @Test
    void aSetAsideEventLeavesTheTimelineAndAPutBackOneJoinsItForGood() throws Exception {
        Path post = Files.writeString(temp.resolve("post.txt"), POST);
        Path project = temp.resolve("p.nenpyo");
        String measures;
        String listed;
        try (ProjectService p = ProjectService.open(project)) {
            importAll(p, post);
            measures = labelled(p, "政府が新たな対策を発表").id();
            listed = labelled(p, "カザフスタンで燃料価格が上昇").id();
            assertFalse(labelled(p, "政府が新たな対策を発表").background());
            assertTrue(labelled(p, "カザフスタンで燃料価格が上昇").background(), "a related-articles line: set aside by the machine");

            p.setEventBackground(measures, true);
            p.setEventBackground(listed, false);

            assertTrue(labelled(p, "政府が新たな対策を発表").background());
            assertFalse(labelled(p, "カザフスタンで燃料価格が上昇").background());
            assertTrue(summarisedAsBackground(p, measures), "what the timeline reads agrees");
            assertFalse(summarisedAsBackground(p, listed));
            assertEquals("related-articles list", labelled(p, "カザフスタンで燃料価格が上昇").sources().get(0).background(),
                    "the machine's reading is kept beside the analyst's decision");
            var decided = p.decidedByAnalyst();
            assertTrue(decided.test(labelled(p, "カザフスタンで燃料価格が上昇")));
            assertFalse(decided.test(labelled(p, "2022年1月11日")), "the dateline is still the extractor's call");
        }
        try (ProjectService p = ProjectService.open(project)) {
            p.rebuildEvents();
            Path more = Files.writeString(temp.resolve("more.txt"), "2022年1月12日\n\n大統領は11日、演説した。\n");
            importAll(p, more, post);
            assertTrue(labelled(p, "政府が新たな対策を発表").background(), "after a rebuild, another import and the same file again");
            assertFalse(labelled(p, "カザフスタンで燃料価格が上昇").background());

            p.setEventBackground(measures, false);
            assertFalse(labelled(p, "政府が新たな対策を発表").background(), "put back again");
            assertThrows(IllegalArgumentException.class, () -> p.setEventBackground("ev-0000000000000000", true));
        }
    }

    @Test
    void aDecisionMergesOnlyItsEventsDayAndGivesWhatAWholeMergeGives() throws Exception {
        Path post = Files.writeString(temp.resolve("post.txt"), POST);
        Path other = Files.writeString(temp.resolve("other.txt"), "2022年1月12日\n\n大統領は11日、演説した。\n\n首相は3日、会見した。\n");
        Path project = temp.resolve("p.nenpyo");
        List<Event> incremental;
        try (ProjectService p = ProjectService.open(project)) {
            importAll(p, post, other);
            EventRebuild one = p.setEventBackground(labelled(p, "政府が新たな対策を発表").id(), true);
            assertEquals(1, one.daysMerged(), "only the day of the event decided on: no wider report holds it (decision 0033): " + one);
            EventRebuild back = p.setEventBackground(labelled(p, "カザフスタンで燃料価格が上昇").id(), false);
            assertEquals(1, back.daysMerged(), back.toString());
            incremental = p.events();
        }
        Path copy = Files.copy(project, temp.resolve("whole.nenpyo"));
        try (ProjectService p = ProjectService.open(copy)) {
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");
        }
    }

    @Test
    void theAnalystsLabelReplacesTheExtractedOneForGoodUntilClearedAndAgreesWithAWholeMerge() throws Exception {
        Path post = Files.writeString(temp.resolve("post.txt"), POST);
        Path project = temp.resolve("p.nenpyo");
        List<Event> incremental;
        String id;
        try (ProjectService p = ProjectService.open(project)) {
            importAll(p, post);
            id = labelled(p, "政府が新たな対策を発表").id();
            EventRebuild one = p.setEventLabel(id, "  政府が物価対策を発表  ");
            assertEquals(1, one.daysMerged(), "its day alone (decision 0033): " + one);
            assertEquals("政府が物価対策を発表", p.event(id).orElseThrow().label(), "stripped");
            assertTrue(p.eventSummaries().stream().anyMatch(s -> s.label().equals("政府が物価対策を発表")), "what the timeline reads");
            assertTrue(p.relabelledByAnalyst().test(p.event(id).orElseThrow()));
            p.setEventBackground(id, true);
            assertEquals("政府が物価対策を発表", p.event(id).orElseThrow().label(), "a decision on the flag keeps the label");
            incremental = p.events();
            assertThrows(IllegalArgumentException.class, () -> p.setEventLabel(id, "長".repeat(ProjectService.MAX_LABEL + 1)));
        }
        Path copy = Files.copy(project, temp.resolve("whole.nenpyo"));
        try (ProjectService p = ProjectService.open(copy)) {
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");
            p.setEventLabel(id, " ");
            assertEquals("政府が新たな対策を発表", p.event(id).orElseThrow().label(), "blank: the extracted label again");
            assertFalse(p.relabelledByAnalyst().test(p.event(id).orElseThrow()));
            assertTrue(p.event(id).orElseThrow().background(), "and still set aside");
        }
    }

    @Test
    void givingTheExtractedLabelBackStaysTheLastWordWhenALabelledReportRejoins() throws Exception {
        String text = "2022年1月11日\n\n政府は10日、新たな物価対策を発表した。\n";
        Path a = Files.writeString(temp.resolve("a.txt"), text);
        Path b = Files.writeString(temp.resolve("b.txt"), text + "\n詳細は後日発表される見通しだ。\n");
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            ImportReport report = importAll(p, a, b);
            long later = report.imported().stream().filter(d -> d.origin().endsWith("b.txt")).findFirst().orElseThrow().documentId();
            Event joined = labelled(p, "政府が新たな物価対策を発表");
            assertEquals(2, joined.sources().size());
            p.setEventLabel(joined.id(), "分析者の見出し");
            p.setDocumentDate(later, LocalDate.of(2022, 2, 11));
            assertEquals(2, p.events().stream().filter(e -> e.label().equals("分析者の見出し")).count(), "both halves keep it");
            Event first = p.events().stream().filter(e -> e.time().start().equals(LocalDate.of(2022, 1, 10))).findFirst().orElseThrow();
            p.setEventLabel(first.id(), "");
            p.setDocumentDate(later, LocalDate.of(2022, 1, 11));
            Event again = p.events().stream().filter(e -> e.time().start().equals(LocalDate.of(2022, 1, 10))).findFirst().orElseThrow();
            assertEquals(2, again.sources().size(), "joined again");
            assertEquals("政府が新たな物価対策を発表", again.label(), "the last word was the extracted label");
            assertFalse(p.relabelledByAnalyst().test(again));
        }
    }

    @Test
    void aDecisionWhoseRebuildNeverRanIsAppliedWhenTheProjectIsOpenedNext() throws Exception {
        Path project = temp.resolve("p.nenpyo");
        String measures = importedMeasuresEvent(project);
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            // the decision is stored, then the window closes before its rebuild runs
            assertTrue(db.setEventBackground(measures, true));
        }
        try (ProjectService p = ProjectService.open(project)) {
            assertTrue(labelled(p, "政府が新たな対策を発表").background(), "its day merged on opening");
        }
    }

    @Test
    void aDecisionStoredWhileAnotherMergeWasPlannedLeavesTheEventsStale() throws Exception {
        Path project = temp.resolve("p.nenpyo");
        String measures = importedMeasuresEvent(project);
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            int[] read = db.daysAwaitingDecisions();
            assertEquals(0, read.length);
            // another merge read no waiting day, then this decision committed before it wrote
            assertTrue(db.setEventBackground(measures, true));
            db.replaceEvents(new app.nenpyo.store.MergedState(List.of(), java.util.Map.of(), java.util.Map.of(), null, read),
                    windows -> windows.accept(db.events()));
            assertTrue(db.eventsStale(), "the decision's day still waits: the next opening merges it");
            assertEquals(1, db.daysAwaitingDecisions().length);
        }
        try (ProjectService p = ProjectService.open(project)) {
            assertTrue(labelled(p, "政府が新たな対策を発表").background());
        }
    }

    @Test
    void theLastWordOnAnEventStaysWithEachOfItsReportsWhenTheyPartLater() throws Exception {
        Path post = Files.writeString(temp.resolve("post.txt"), POST);
        Path other = Files.writeString(temp.resolve("other.txt"), "2022年1月12日\n\n政府は10日、新たな対策を発表した。\n");
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(p, post);
            p.setEventBackground(labelled(p, "政府が新たな対策を発表").id(), true);
            ImportReport more = importAll(p, other);
            Event joined = labelled(p, "政府が新たな対策を発表");
            assertEquals(2, joined.sources().size(), "the other post's report joined the event");
            assertTrue(joined.background(), "and the event stays aside");

            p.setEventBackground(joined.id(), false);
            // the other post is redated: its report leaves for 10 February
            p.setDocumentDate(more.imported().get(0).documentId(), LocalDate.of(2022, 2, 12));
            List<Event> measures = p.events().stream().filter(e -> e.label().equals("政府が新たな対策を発表")).toList();
            assertEquals(2, measures.size(), measures.toString());
            assertTrue(measures.stream().noneMatch(Event::background), "the analyst's last word, put back, holds for both");
        }
    }
}
