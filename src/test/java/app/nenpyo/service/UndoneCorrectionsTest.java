package app.nenpyo.service;

import static app.nenpyo.service.SampleProject.DETAINED;
import static app.nenpyo.service.SampleProject.DINNER;
import static app.nenpyo.service.SampleProject.NO_CONCESSIONS;
import static app.nenpyo.service.SampleProject.TALKS;
import static app.nenpyo.service.SampleProject.importSample;
import static app.nenpyo.service.SampleProject.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.store.CorrectionRow;
import app.nenpyo.store.ProjectDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A correction undone gives the project's events back exactly as they were before it, and redone
 * exactly as they were after it (decision 0034), including where the correction's own inverse
 * does more or less: the undo of one join of several, a label given twice, a document's date that
 * came from its file name.
 */
class UndoneCorrectionsTest {
    @TempDir
    Path temp;

    private ProjectService sample() throws ProjectException {
        ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"));
        importSample(p);
        return p;
    }

    /** The events as every view reads them, and what of each the analyst corrected. */
    private record State(List<Event> events, Map<String, Set<AnalystCorrection>> corrected) {
        static State of(ProjectService p) {
            return new State(p.events(), p.correctedEvents());
        }
    }

    /** Makes the correction, undoes it and redoes it, checking the events at each step; returns what it changed. */
    private static CorrectionChange undoneAndRedone(ProjectService p, Function<ProjectService, Runnable> correction) {
        State before = State.of(p);
        CorrectionChange change = p.revise(correction.apply(p));
        State after = State.of(p);
        assertNotEquals(before, after, "the correction changed something");
        p.undo(change);
        assertEquals(before, State.of(p), "undone: as before the correction");
        p.redo(change);
        assertEquals(after, State.of(p), "redone: as after it");
        p.rebuildEvents();
        assertEquals(after, State.of(p), "a merge of every day gives the same events");
        return change;
    }

    @Test
    void aCorrectionWhoseMergeFailsIsTakenBackWhole() throws Exception {
        try (ProjectService p = sample()) {
            State before = State.of(p);
            Event talks = labelled(p, TALKS);
            MergeThatFails.refuseEventWrites(temp.resolve("p.nenpyo"));
            ProjectFailure failure = assertThrows(ProjectFailure.class,
                    () -> p.revise(() -> p.setEventLabel(talks.id(), "米露がジュネーブで協議")));
            assertTrue(failure.getMessage().contains(MergeThatFails.REASON), failure.getMessage());
            assertEquals(0, failure.getSuppressed().length, "merged again, the days write nothing new: " + List.of(failure.getSuppressed()));
            assertTrue(p.eventsBehind().isEmpty(), "nothing is behind");
            assertEquals(before.corrected(), p.correctedEvents(), "the label its merge could not show is not kept");
            MergeThatFails.disarm(temp.resolve("p.nenpyo"));
            assertEquals(before, State.of(p), "the events are those before the correction");
            p.rebuildEvents();
            assertEquals(before, State.of(p), "and a merge of every day agrees");
            CorrectionChange change = p.revise(() -> p.setEventLabel(talks.id(), "米露がジュネーブで協議"));
            assertTrue(change.before().isEmpty() && change.after().size() == talks.sources().size()
                    && change.after().stream().allMatch(r -> r.values().get(0).equals("米露がジュネーブで協議")),
                    "made again once the merge can write, it is one revision, a row for each report: " + change);
            assertEquals("米露がジュネーブで協議", p.event(talks.id()).orElseThrow().label());
        }
    }

    @Test
    void aCorrectionOfTwoStepsWhoseSecondMergeFailsGivesTheFirstBackToo() throws Exception {
        try (ProjectService p = sample()) {
            State before = State.of(p);
            Event talks = labelled(p, TALKS);
            Event detained = labelled(p, DETAINED);
            MergeThatFails.refuseEventsLabelled(temp.resolve("p.nenpyo"), "拘束者の発表");
            ProjectFailure failure = assertThrows(ProjectFailure.class, () -> p.revise(() -> {
                p.setEventLabel(talks.id(), "米露がジュネーブで協議");
                p.setEventLabel(detained.id(), "拘束者の発表");
            }));
            assertTrue(failure.getMessage().contains(MergeThatFails.REASON), failure.getMessage());
            assertEquals(0, failure.getSuppressed().length, List.of(failure.getSuppressed()).toString());
            assertEquals(before, State.of(p), "the first step, merged before the second failed, is given back and merged again");
            assertTrue(p.eventsBehind().isEmpty(), "nothing is behind");
        }
    }

    @Test
    void twoRevisionsAtOnceEachKeepOnlyTheirOwnRows() throws Exception {
        try (ProjectService p = sample()) {
            String talks = labelled(p, TALKS).id();
            String detained = labelled(p, DETAINED).id();
            CountDownLatch firstStarted = new CountDownLatch(1);
            CountDownLatch secondAsked = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<CorrectionChange> first = pool.submit(() -> p.revise(() -> {
                    firstStarted.countDown();
                    await(secondAsked);
                    p.setEventLabel(talks, "米露の戦略対話");
                }));
                firstStarted.await();
                Future<CorrectionChange> second = pool.submit(() -> p.revise(() -> p.setEventBackground(detained, true)));
                // time for the second to reach the service while the first holds it (without the lock it runs through)
                Thread.sleep(200);
                secondAsked.countDown();
                CorrectionChange relabel = first.get(60, TimeUnit.SECONDS);
                CorrectionChange setAside = second.get(60, TimeUnit.SECONDS);
                p.undo(relabel);
                assertEquals(TALKS, p.event(talks).orElseThrow().label(), "the relabel undone");
                assertTrue(labelled(p, DETAINED).background(), "the other revision's set-aside stays: " + relabel);
                p.undo(setAside);
                assertFalse(labelled(p, DETAINED).background());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyCorrectionUndoneGivesTheEventsBeforeItAndRedoneThoseAfterIt() throws Exception {
        try (ProjectService p = sample()) {
            undoneAndRedone(p, q -> () -> q.setEventLabel(labelled(q, TALKS).id(), "米露の戦略対話"));
            undoneAndRedone(p, q -> () -> q.setEventBackground(labelled(q, DETAINED).id(), true));
            undoneAndRedone(p, q -> () -> q.setEventDate(labelled(q, DINNER).id(), Optional.of(TimeValue.parse("2022-01-08"))));
            Event talks = labelled(p, "米露の戦略対話");
            undoneAndRedone(p, q -> () -> q.keepApart(talks.id(), talks.sources().get(0).sourceId()));
            undoneAndRedone(p, q -> () -> q.mergeAgain(q.eventOfSource(talks.sources().get(0).documentId().getAsLong(),
                    talks.sources().get(0).sourceId()).orElseThrow()));
            EventSource statement = labelled(p, NO_CONCESSIONS).sources().get(0);
            undoneAndRedone(p, q -> () -> q.join(labelled(q, NO_CONCESSIONS).id(), labelled(q, DETAINED).id()));
            String joined = p.eventOfSource(statement.documentId().getAsLong(), statement.sourceId()).orElseThrow();
            undoneAndRedone(p, q -> () -> q.unjoin(joined));
            long doc = p.documents().get(0).id();
            TextSpan clause = p.proposeEvent(doc, 5, new TextSpan(0, 0)).clause();
            CorrectionChange added = undoneAndRedone(p,
                    q -> () -> q.addEvent(doc, clause, TimeValue.parse("2022-01-08"), "CSTO部隊が重要施設を管理"));
            String addedId = added.after().stream().filter(r -> r.table().equals("added_reports")).findFirst().orElseThrow().sourceId();
            undoneAndRedone(p, q -> () -> q.removeAddedReports(q.eventOfSource(doc, addedId).orElseThrow()));
            // a month later: 今月2日 and 先週 move (a day later moved only 7日の演説, which was read as February's then)
            undoneAndRedone(p, q -> () -> q.setDocumentDate(doc, LocalDate.of(2022, 2, 11)));
        }
    }

    @Test
    void undoingTheSecondJoinOfAnEventLeavesTheFirst() throws Exception {
        try (ProjectService p = sample()) {
            p.join(labelled(p, NO_CONCESSIONS).id(), labelled(p, DINNER).id());
            State oneJoin = State.of(p);
            CorrectionChange second = p.revise(() -> p.join(labelled(p, NO_CONCESSIONS).id(), labelled(p, DETAINED).id()));
            p.undo(second);
            assertEquals(oneJoin, State.of(p), "the first join stays; unjoin would have undone both");
            Event stillJoined = labelled(p, NO_CONCESSIONS);
            assertEquals(2, stillJoined.sources().size(), stillJoined.toString());
        }
    }

    @Test
    void aLabelGivenTwiceUndoneOnceIsTheAnalystsFirstLabel() throws Exception {
        try (ProjectService p = sample()) {
            String talks = labelled(p, TALKS).id();
            p.setEventLabel(talks, "米露の戦略対話");
            CorrectionChange second = p.revise(() -> p.setEventLabel(labelled(p, "米露の戦略対話").id(), "ジュネーブ協議"));
            p.undo(second);
            assertEquals(Set.of(AnalystCorrection.LABEL), p.corrections(labelled(p, "米露の戦略対話")),
                    "the first label of the analyst's, not the machine's");
        }
    }

    @Test
    void anUndoneDocumentDateComesFromWhereItCameFromBefore() throws Exception {
        try (ProjectService p = sample()) {
            long doc = p.documents().get(0).id();
            CorrectionChange dated = p.revise(() -> p.setDocumentDate(doc, LocalDate.of(2022, 1, 12)));
            assertEquals(DateSource.USER, p.documents().get(0).date().source());
            p.undo(dated);
            assertEquals(LocalDate.of(2022, 1, 11), p.documents().get(0).date().date());
            assertEquals(DateSource.FILE_NAME, p.documents().get(0).date().source(), "not the analyst's date, as before");
        }
    }

    @Test
    void theRowsUndoneAreTheRowsAsTheyWereTheirInstantsIncluded() throws Exception {
        Path file = temp.resolve("p.nenpyo");
        List<CorrectionRow> before;
        List<CorrectionRow> after;
        try (ProjectService p = sample()) {
            p.setEventBackground(labelled(p, DETAINED).id(), true);
            p.setEventLabel(labelled(p, TALKS).id(), "米露の戦略対話");
            try (ProjectDatabase rows = ProjectDatabase.open(file)) {
                before = rows.correctionRows();
            }
            CorrectionChange relabel = p.revise(() -> p.setEventLabel(labelled(p, "米露の戦略対話").id(), "ジュネーブ協議"));
            try (ProjectDatabase rows = ProjectDatabase.open(file)) {
                after = rows.correctionRows();
            }
            assertEquals(relabel.before().size(), relabel.after().size(), "the talks' label rows, rewritten: " + relabel);
            assertTrue(relabel.before().stream().allMatch(r -> r.table().equals("event_labels")), relabel.toString());
            p.undo(relabel);
            try (ProjectDatabase rows = ProjectDatabase.open(file)) {
                assertEquals(before, rows.correctionRows());
            }
            p.redo(relabel);
            try (ProjectDatabase rows = ProjectDatabase.open(file)) {
                assertEquals(after, rows.correctionRows());
            }
        }
    }

    @Test
    void aChangeAppliesWhileAnEventHoldsItsReports() throws Exception {
        try (ProjectService p = sample()) {
            CorrectionChange relabel = p.revise(() -> p.setEventLabel(labelled(p, TALKS).id(), "米露の戦略対話"));
            assertTrue(p.stillApplies(relabel));
            CorrectionChange nothing = p.revise(() -> { });
            assertTrue(nothing.isEmpty());
            CorrectionChange ofReportsGone = new CorrectionChange(List.of(), List.of(new CorrectionRow("event_labels", "no-such-report",
                    List.of("x", 1L))), Map.of(), Map.of());
            assertFalse(p.stillApplies(ofReportsGone), "no event holds the report: undoing it would change nothing shown");
        }
    }
}
