package app.nenpyo.service;

import static app.nenpyo.service.SampleProject.TALKS;
import static app.nenpyo.service.SampleProject.importSample;
import static app.nenpyo.service.SampleProject.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.store.MergeCorrections;
import app.nenpyo.store.MergedState;
import app.nenpyo.store.ProjectDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst takes a report out of the event it was merged into: from then on it is an event
 * of its own, through rebuilds and imports, until the machine is let merge it again; and an
 * incremental merge gives what a merge of every day gives.
 */
class KeptApartTest {
    @TempDir
    Path temp;

    private static Event talks(ProjectService project) {
        return labelled(project, TALKS);
    }

    /** A project of the sample, closed; its Geneva talks as the machine merged them. */
    private static Event importedTalks(Path project) throws ProjectException {
        try (ProjectService p = ProjectService.open(project)) {
            importSample(p);
            return talks(p);
        }
    }

    private static List<Integer> paragraphs(Event e) {
        return e.sources().stream().map(EventSource::paragraph).toList();
    }

    private static EventSource reportOf(Event e, int paragraph) {
        return e.sources().stream().filter(s -> s.paragraph() == paragraph).findFirst().orElseThrow();
    }

    @Test
    void aReportTakenOutIsAnEventOfItsOwnForGoodUntilMergedAgain() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importSample(p);
            Event merged = talks(p);
            assertEquals(List.of(26, 30, 31), paragraphs(merged), "the Geneva talks, reported three times");
            int before = p.events().size();
            EventSource thirty = reportOf(merged, 30);

            EventRebuild one = p.keepApart(merged.id(), thirty.sourceId());
            assertEquals(1, one.daysMerged(), "only the event's day: no wider report holds it (decision 0033): " + one);
            assertEquals(List.of(26, 31), paragraphs(talks(p)));
            assertEquals(before + 1, p.events().size());
            Event alone = p.events().stream().filter(e -> e.sources().equals(List.of(thirty))).findFirst().orElseThrow();
            assertEquals(thirty.sourceId(), alone.id(), "an event of one report takes that report's id");
            assertEquals(Set.of(AnalystCorrection.KEPT_APART), p.corrections(alone));
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");
            importSample(p);
            assertEquals(List.of(26, 31), paragraphs(talks(p)), "the same file again changes nothing");

            p.mergeAgain(alone.id());
            assertEquals(List.of(26, 30, 31), paragraphs(talks(p)), "merged as the machine would again");
            assertEquals(before, p.events().size());
            assertEquals(Set.of(), p.corrections(talks(p)));
            assertThrows(IllegalArgumentException.class, () -> p.keepApart(talks(p).id(), "ev-0000000000000000"),
                    "not a report of that event");
            Event single = p.events().stream().filter(e -> e.sources().size() == 1).findFirst().orElseThrow();
            assertThrows(IllegalArgumentException.class, () -> p.keepApart(single.id(), single.sources().get(0).sourceId()),
                    "a report alone is an event of its own already");
            assertThrows(IllegalArgumentException.class, () -> p.mergeAgain(single.id()), "nothing kept apart in it");
        }
    }

    @Test
    void thePartKeepsItsDecisionsAndMergedAgainTheLatestDecisionAmongTheReportsDecides() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importSample(p);
            Event merged = talks(p);
            p.setEventLabel(merged.id(), "米露が戦略的安定対話");
            p.setEventBackground(merged.id(), true);
            String thirty = reportOf(merged, 30).sourceId();
            p.keepApart(merged.id(), thirty);
            Event alone = p.event(p.eventOfSource(merged.sources().get(0).documentId().getAsLong(), thirty).orElseThrow())
                    .orElseThrow();
            assertEquals(List.of(30), paragraphs(alone));
            assertEquals("米露が戦略的安定対話", alone.label(), "the decisions kept under its report go with it");
            assertTrue(alone.background());

            // a label decided on the part alone is the latest word when it rejoins (decision 0016)
            p.setEventLabel(alone.id(), "米露が協議を開始");
            p.mergeAgain(alone.id());
            Event whole = p.event(merged.id()).orElseThrow();
            assertEquals(List.of(26, 30, 31), paragraphs(whole));
            assertEquals("米露が協議を開始", whole.label());
            assertTrue(whole.background(), "the background decision, made on the whole, stays");
            assertEquals(Set.of(AnalystCorrection.LABEL, AnalystCorrection.BACKGROUND), p.corrections(whole));
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");
        }
    }

    @Test
    void takingAReportOutAndMergingItAgainLosesNoDecisionMadeBeforeOnItAlone() throws Exception {
        Path preview = java.nio.file.Files.writeString(temp.resolve("preview.txt"), "2022年1月11日\n\n政府は28日、新たな対策を発表した。\n");
        Path report = java.nio.file.Files.writeString(temp.resolve("report.txt"), "2022年1月29日\n\n政府は28日、新たな対策を発表した。\n");
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            p.importFiles(List.of(preview, report), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            List<Event> measures = p.events().stream().filter(e -> e.label().equals("政府が新たな対策を発表")).toList();
            Event january = measures.stream().filter(e -> e.time().start().getMonthValue() == 1).findFirst().orElseThrow();
            Event december = measures.stream().filter(e -> e.time().start().getMonthValue() == 12).findFirst().orElseThrow();
            // decided on the January report while it was alone, then the December one dated to join it
            p.setEventBackground(january.id(), true);
            p.setEventLabel(january.id(), "分析者の見出し");
            p.setEventDate(december.id(), java.util.Optional.of(january.time()));
            String r = january.sources().get(0).sourceId();
            long document = january.sources().get(0).documentId().getAsLong();
            Event joined = p.event(p.eventOfSource(document, r).orElseThrow()).orElseThrow();
            assertEquals(2, joined.sources().size());

            p.keepApart(joined.id(), r);
            Event alone = p.event(p.eventOfSource(document, r).orElseThrow()).orElseThrow();
            assertEquals(List.of(true, "分析者の見出し"), List.of(alone.background(), alone.label()), "its own decisions stay with it");
            p.mergeAgain(alone.id());
            Event again = p.event(p.eventOfSource(document, r).orElseThrow()).orElseThrow();
            assertEquals(2, again.sources().size());
            assertEquals(List.of(true, "分析者の見出し"), List.of(again.background(), again.label()), "merging again is an undo");
        }
    }

    @Test
    void aReportTakenOutWhileAMergeRanIsLeftForTheNextMerge() throws Exception {
        Path project = temp.resolve("p.nenpyo");
        Event merged = importedTalks(project);
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            assertTrue(db.setEventLabel(merged.id(), TALKS + "（分析者）"));
            // a merge reads the corrections and the days waiting (the talks' day, for the label) ...
            MergeCorrections read = db.mergeCorrections();
            int[] decided = db.daysAwaitingDecisions();
            assertEquals(1, decided.length);
            // ... a report is taken out of the talks meanwhile, on the day the merge makes anyway ...
            assertTrue(db.keepApart(merged.id(), reportOf(merged, 31).sourceId()));
            // ... and the merge writes what it made without it
            db.replaceEvents(new MergedState(List.of(), Map.of(), Map.of(), null, decided, read), windows -> windows.accept(db.events()));
            assertTrue(db.eventsStale(), "the day still waits for the report taken out");
            assertEquals(1, db.daysAwaitingDecisions().length);
        }
        try (ProjectService p = ProjectService.open(project)) {
            assertEquals(List.of(26, 30), paragraphs(p.events().stream().filter(e -> e.label().startsWith(TALKS)).findFirst()
                    .orElseThrow()), "merged on opening");
        }
    }

    @Test
    void aReportTakenOutWhoseMergeNeverRanIsAppliedWhenTheProjectIsOpenedNext() throws Exception {
        Path project = temp.resolve("p.nenpyo");
        Event merged = importedTalks(project);
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            assertTrue(db.keepApart(merged.id(), reportOf(merged, 31).sourceId()));
        }
        try (ProjectService p = ProjectService.open(project)) {
            assertEquals(List.of(26, 30), paragraphs(talks(p)), "merged on opening");
        }
    }
}
