package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.store.ProjectDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst dates an event otherwise: its reports move to that date, merging with what is
 * reported there, for good (through rebuilds, imports and a corrected article date), until the
 * extracted date is given back; and an incremental merge gives what a merge of every day gives.
 */
class EventDatesTest {
    /** 28日 in a post of 11 January, told in the past, reads as 28 December; the analyst knows it was 28 January. */
    private static final String PREVIEW = "2022年1月11日\n\n政府は28日、新たな対策を発表した。\n\n首相は10日、会見した。\n";
    private static final String REPORT = "2022年1月29日\n\n政府は28日、新たな対策を発表した。\n";
    private static final TimeValue JAN_28 = TimeValue.parse("2022-01-28");

    @TempDir
    Path temp;

    private static void importAll(ProjectService project, Path... inputs) throws ProjectException {
        project.importFiles(List.of(inputs), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
    }

    private static List<Event> measures(ProjectService project) {
        return project.events().stream().filter(e -> e.label().contains("新たな対策を発表")).toList();
    }

    private static Event onlyMeasures(ProjectService project) {
        List<Event> found = measures(project);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private Path preview() throws Exception {
        return Files.writeString(temp.resolve("preview.txt"), PREVIEW);
    }

    @Test
    void aRedatedEventMovesToItsDateForGoodAndAMergeOfEveryDayAgrees() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(p, preview());
            Event read = onlyMeasures(p);
            assertEquals(TimeValue.parse("2021-12-28"), read.time(), "the extractor leans to the past");
            assertFalse(p.redatedByAnalyst().test(read));

            p.setEventDate(read.id(), Optional.of(JAN_28));
            Event redated = p.event(read.id()).orElseThrow();
            assertEquals(JAN_28, redated.time());
            assertEquals(read.sources(), redated.sources(), "the same report, its expression as read");
            assertTrue(p.redatedByAnalyst().test(redated));
            assertTrue(p.eventSummaries().stream().anyMatch(s -> s.id().equals(read.id()) && s.time().equals(JAN_28)),
                    "what the timeline reads");
            assertTrue(p.events().stream().noneMatch(e -> e.time().start().equals(LocalDate.of(2021, 12, 28))),
                    "nothing is left on the old day");
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");

            importAll(p, preview());
            assertEquals(JAN_28, onlyMeasures(p).time(), "the same file imported again keeps the date");
        }
    }

    @Test
    void aRedatedReportJoinsTheEventReportedOnItsNewDateAndLeavesWhenTheExtractedDateIsGivenBack() throws Exception {
        Path report = Files.writeString(temp.resolve("report.txt"), REPORT);
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(p, preview(), report);
            List<Event> apart = measures(p);
            assertEquals(2, apart.size(), "28 December and 28 January: " + apart);
            Event december = apart.stream().filter(e -> e.time().start().getMonthValue() == 12).findFirst().orElseThrow();

            EventRebuild merged = p.setEventDate(december.id(), Optional.of(JAN_28));
            Event joined = onlyMeasures(p);
            assertEquals(JAN_28, joined.time());
            assertEquals(2, joined.sources().size(), "both reports of the announcement: " + joined);
            assertTrue(merged.daysMerged() != 0, merged.toString());
            assertTrue(p.redatedByAnalyst().test(joined), "one of its reports was dated by the analyst");
            List<Event> incremental = p.events();
            p.rebuildEvents();
            assertEquals(incremental, p.events(), "a merge of every day gives the same events");

            p.setEventDate(joined.id(), Optional.empty());
            List<Event> again = measures(p);
            assertEquals(2, again.size(), again.toString());
            assertTrue(again.stream().anyMatch(e -> e.time().equals(TimeValue.parse("2021-12-28"))), "the extracted date back");
            assertTrue(again.stream().noneMatch(p.redatedByAnalyst()), "no date of the analyst's is left");
            assertThrows(IllegalArgumentException.class, () -> p.setEventDate("ev-0000000000000000", Optional.of(JAN_28)));
            EventRebuild nothing = p.setEventDate(again.get(0).id(), Optional.empty());
            assertEquals(0, nothing.readAgain(), "the extracted date given back to an event never dated reads nothing again");
            assertEquals(0, nothing.events(), nothing.toString());
        }
    }

    @Test
    void theAnalystsDateOutlivesACorrectedArticleDateWhichMovesTheOtherEvents() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(p, preview());
            String id = onlyMeasures(p).id();
            p.setEventDate(id, Optional.of(JAN_28));
            long document = p.documents().get(0).id();
            p.setDocumentDate(document, LocalDate.of(2022, 2, 11));
            assertEquals(JAN_28, onlyMeasures(p).time(), "the analyst's date is not relative to the article");
            assertTrue(p.events().stream().anyMatch(e -> e.time().equals(TimeValue.parse("2022-02-10"))),
                    "the article's other dates follow its date: " + p.events());
        }
    }

    @Test
    void aDateWhoseMergeNeverRanIsAppliedWhenTheProjectIsOpenedNext() throws Exception {
        Path project = temp.resolve("p.nenpyo");
        String id;
        try (ProjectService p = ProjectService.open(project)) {
            importAll(p, preview());
            id = onlyMeasures(p).id();
        }
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            // stored, then the window closes before the merge runs
            assertTrue(db.setEventDate(id, Optional.of(JAN_28)));
            assertTrue(db.eventsStale());
        }
        try (ProjectService p = ProjectService.open(project)) {
            assertEquals(JAN_28, p.event(id).orElseThrow().time(), "merged on opening");
        }
    }
}
