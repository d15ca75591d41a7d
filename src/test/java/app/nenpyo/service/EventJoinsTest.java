package app.nenpyo.service;

import static app.nenpyo.service.SampleProject.DETAINED;
import static app.nenpyo.service.SampleProject.DINNER;
import static app.nenpyo.service.SampleProject.NO_CONCESSIONS;
import static app.nenpyo.service.SampleProject.TALKS;
import static app.nenpyo.service.SampleProject.importSample;
import static app.nenpyo.service.SampleProject.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.store.MergeCorrections;
import app.nenpyo.store.MergedState;
import app.nenpyo.store.ProjectDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst joins two events the merge kept apart: one event from then on, through rebuilds,
 * imports and openings, on the date of the one joined to, until the join is undone; and an
 * incremental merge gives what a merge of every day gives.
 */
class EventJoinsTest {
    @TempDir
    Path temp;

    /** The event holding this report now. */
    private static Event holding(ProjectService project, EventSource report) {
        return project.event(project.eventOfSource(report.documentId().getAsLong(), report.sourceId()).orElseThrow()).orElseThrow();
    }

    private static List<Integer> paragraphs(Event e) {
        return e.sources().stream().map(EventSource::paragraph).toList();
    }

    @Test
    void twoEventsOfOneDayJoinedAreOneEventForGoodUntilTheJoinIsUndone() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importSample(p);
            List<Event> machine = p.events();
            Event dinner = labelled(p, DINNER);
            Event statement = labelled(p, NO_CONCESSIONS);
            assertEquals(dinner.time(), statement.time(), "both on 9 January");

            EventRebuild rebuild = p.join(dinner.id(), statement.id());
            assertEquals(7, rebuild.daysMerged(), "their day and the week of 先週 (3 to 9 January), which holds it (decision 0033): " + rebuild);
            Event joined = holding(p, dinner.sources().get(0));
            assertEquals(List.of(30, 34), paragraphs(joined), "both reports, in reading order");
            assertEquals(dinner.time(), joined.time());
            assertEquals(NO_CONCESSIONS, joined.label(), "the first report in reading order labels it, as for every merge");
            assertTrue(joined.mergeReasons().get(0).endsWith(": joined by the analyst"), joined.mergeReasons().toString());
            assertEquals(Set.of(AnalystCorrection.JOINED), p.corrections(joined));
            assertEquals(machine.size() - 1, p.events().size());
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");
            importSample(p);
            assertEquals(incremental, p.events(), "the same file again changes nothing");

            p.unjoin(joined.id());
            assertEquals(machine, p.events(), "undone, the events are the machine's again");
            assertEquals(Set.of(), p.corrections(labelled(p, DINNER)));
        }
    }

    @Test
    void anEventOfAnotherDateTakesTheDateOfTheOneItJoins() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importSample(p);
            List<Event> machine = p.events();
            Event talks = labelled(p, TALKS);
            Event dinner = labelled(p, DINNER);

            p.join(talks.id(), dinner.id());
            Event joined = holding(p, dinner.sources().get(0));
            assertEquals(List.of(26, 30, 31, 34), paragraphs(joined));
            assertEquals(TimeValue.parse("2022-01-10"), joined.time(), "the date of the event joined to");
            assertEquals(Set.of(AnalystCorrection.DATE, AnalystCorrection.JOINED), p.corrections(joined));
            assertFalse(p.events().stream().anyMatch(e -> e.label().equals(DINNER)), "9 January lost the dinner");
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");

            p.unjoin(joined.id());
            // the date the join gave goes with it: the dinner is on 9 January again, apart
            assertEquals(machine, p.events(), "undone, the events are the machine's again");
            assertEquals(Set.of(), p.corrections(labelled(p, DINNER)));
        }
    }

    /**
     * An exploratory test dated an event, joined another to it and undid the join: the event
     * joined in kept the date, so on that day the two were one event still.
     */
    @Test
    void undoingAJoinTakesTheDateItGaveAndLeavesTheAnalystsOwn() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importSample(p);
            Event talks = labelled(p, TALKS);
            Event dinner = labelled(p, DINNER);
            TimeValue lateJanuary = TimeValue.parse("2022-01-21/2022-01-31");
            p.setEventDate(talks.id(), Optional.of(lateJanuary));
            List<Event> dated = p.events();

            p.join(holding(p, talks.sources().get(0)).id(), dinner.id());
            assertEquals(lateJanuary, holding(p, dinner.sources().get(0)).time(), "the dinner took the date of the event it joined");

            p.unjoin(holding(p, dinner.sources().get(0)).id());
            assertEquals(dated, p.events(), "the talks keep the analyst's date, the dinner is on its own day again");
            assertEquals(Set.of(AnalystCorrection.DATE), p.corrections(holding(p, talks.sources().get(0))));
            assertEquals(Set.of(), p.corrections(labelled(p, DINNER)));
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");
        }
    }

    @Test
    void aReportTakenOutOfAJoinLeavesTheRestJoined() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importSample(p);
            Event dinner = labelled(p, DINNER);
            Event statement = labelled(p, NO_CONCESSIONS);
            Event sherman = labelled(p, "ブリンケン国務長官が対応を批判");
            p.join(dinner.id(), statement.id());
            p.join(holding(p, dinner.sources().get(0)).id(), sherman.id());
            Event three = holding(p, dinner.sources().get(0));
            assertEquals(List.of(9, 30, 34), paragraphs(three), "a joined event joined again takes the third in");

            p.keepApart(three.id(), dinner.sources().get(0).sourceId());
            Event alone = holding(p, dinner.sources().get(0));
            assertEquals(List.of(34), paragraphs(alone));
            assertEquals(Set.of(AnalystCorrection.KEPT_APART), p.corrections(alone), "out of the join, not joined");
            Event rest = holding(p, statement.sources().get(0));
            assertEquals(List.of(9, 30), paragraphs(rest), "the others stay joined");
            assertEquals(Set.of(AnalystCorrection.JOINED), p.corrections(rest));
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");
        }
    }

    @Test
    void aReportThatLeftAJoinAndJoinsAnotherEventBringsNoneOfTheFirstJoinWithIt() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importSample(p);
            Event dinner = labelled(p, DINNER);
            Event statement = labelled(p, NO_CONCESSIONS);
            Event office = labelled(p, "大統領府が「相当数の外国人を含む」と発表");
            p.join(dinner.id(), statement.id());
            p.keepApart(holding(p, dinner.sources().get(0)).id(), statement.sources().get(0).sourceId());
            Event leftAlone = holding(p, dinner.sources().get(0));
            assertEquals(List.of(34), paragraphs(leftAlone));
            assertEquals(Set.of(), p.corrections(leftAlone), "a join of one report joins nothing, and is gone");

            p.join(statement.id(), office.id());
            assertEquals(List.of(18, 30), paragraphs(holding(p, statement.sources().get(0))), "the dinner is not pulled in again");
            assertEquals(List.of(34), paragraphs(holding(p, dinner.sources().get(0))));
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");
        }
    }

    @Test
    void aReportTakenOutOfAJoinAndMergedAgainIsBackInTheJoin() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importSample(p);
            Event dinner = labelled(p, DINNER);
            Event statement = labelled(p, NO_CONCESSIONS);
            p.join(dinner.id(), statement.id());
            EventSource thirty = statement.sources().get(0);
            p.keepApart(holding(p, thirty).id(), thirty.sourceId());
            assertEquals(List.of(30), paragraphs(holding(p, thirty)));

            p.mergeAgain(holding(p, thirty).id());
            assertEquals(List.of(30, 34), paragraphs(holding(p, thirty)), "merging again undoes the take-out, the join with it");
            assertEquals(Set.of(AnalystCorrection.JOINED), p.corrections(holding(p, thirty)));
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");
        }
    }

    @Test
    void aJoinTakingInAnotherMakesAgainTheDaysWhereTheirReportsMeet() throws Exception {
        // a review's case: two joins each hold a report of one post, and the post's new date puts
        // those two reports on one day, apart; joining the joins makes that day again too
        Path other = temp.resolve("p1.txt");
        java.nio.file.Files.writeString(other, "2022年1月12日\n\n米露協議は10日、ジュネーブで始まった。\n\n内務省は10日、約8000人を拘束したと発表した。\n");
        Path project = temp.resolve("p.nenpyo");
        List<Event> incremental;
        try (ProjectService p = ProjectService.open(project)) {
            importSample(p);
            p.importFiles(List.of(other), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            long post = p.documents().stream().filter(d -> d.origin().endsWith("p1.txt")).findFirst().orElseThrow().id();
            Event talks = labelled(p, TALKS);
            Event detained = labelled(p, DETAINED);
            Event wang = p.events().stream().filter(e -> e.label().startsWith("王毅")).findFirst().orElseThrow();
            Event tokayev = p.events().stream().filter(e -> e.label().startsWith("トカエフ大統領が会議")).findFirst().orElseThrow();
            EventSource talksReport = talks.sources().get(0);
            EventSource detainedReport = detained.sources().get(0);
            p.join(talks.id(), wang.id());
            p.join(holding(p, detainedReport).id(), tokayev.id());
            p.setDocumentDate(post, java.time.LocalDate.of(2022, 2, 14));
            p.join(holding(p, talksReport).id(), holding(p, detainedReport).id());
            incremental = p.events();
        }
        try (ProjectService p = ProjectService.open(project)) {
            p.rebuildEvents();
            assertEquals(p.events(), incremental, "the February day where the two joins now meet is made again");
        }
    }

    @Test
    void aReportKeptApartCanStillBeJoinedByTheAnalyst() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importSample(p);
            Event talks = labelled(p, TALKS);
            EventSource thirtyOne = talks.sources().get(2);
            p.keepApart(talks.id(), thirtyOne.sourceId());
            Event alone = holding(p, thirtyOne);
            assertEquals(List.of(31), paragraphs(alone));

            p.join(alone.id(), labelled(p, DETAINED).id());
            Event joined = holding(p, thirtyOne);
            assertEquals(List.of(17, 31), paragraphs(joined), "kept from the machine's merge, joined by the analyst's");
            assertEquals(List.of(26, 30), paragraphs(holding(p, talks.sources().get(0))));
            assertEquals(Set.of(AnalystCorrection.KEPT_APART, AnalystCorrection.JOINED), p.corrections(joined));
        }
    }

    @Test
    void joiningAnEventToItselfOrToNoEventIsRefusedAndWritesNothing() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importSample(p);
            List<Event> machine = p.events();
            Event talks = labelled(p, TALKS);
            assertThrows(IllegalArgumentException.class, () -> p.join(talks.id(), talks.id()));
            assertThrows(IllegalArgumentException.class, () -> p.join(talks.id(), "ev-0000000000000000"));
            assertThrows(IllegalArgumentException.class, () -> p.join("ev-0000000000000000", talks.id()));
            assertThrows(IllegalArgumentException.class, () -> p.unjoin(talks.id()), "nothing joined in it");
            assertEquals(machine, p.events());
            assertFalse(p.corrections(talks).contains(AnalystCorrection.JOINED));
        }
    }

    @Test
    void aJoinStoredWhileAMergeRanIsLeftForTheNextMerge() throws Exception {
        Path project = temp.resolve("p.nenpyo");
        Event dinner;
        Event statement;
        try (ProjectService p = ProjectService.open(project)) {
            importSample(p);
            dinner = labelled(p, DINNER);
            statement = labelled(p, NO_CONCESSIONS);
        }
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            assertTrue(db.setEventLabel(dinner.id(), DINNER + "（分析者）"));
            // a merge reads the corrections and the days waiting (the dinner's day, for the label) ...
            MergeCorrections read = db.mergeCorrections();
            int[] decided = db.daysAwaitingDecisions();
            // ... the two are joined meanwhile, on the day the merge makes anyway ...
            assertTrue(db.join(dinner.id(), statement.id()));
            // ... and the merge writes what it made without the join
            db.replaceEvents(new MergedState(List.of(), Map.of(), Map.of(), null, decided, read), windows -> windows.accept(db.events()));
            assertTrue(db.eventsStale(), "the day still waits for the join");
        }
        try (ProjectService p = ProjectService.open(project)) {
            assertEquals(List.of(30, 34), paragraphs(holding(p, dinner.sources().get(0))), "joined on opening");
        }
    }
}
