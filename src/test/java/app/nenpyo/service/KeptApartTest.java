package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.store.ProjectDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst takes a report out of the event it was merged into: from then on it is an event
 * of its own, through rebuilds and imports, until the machine is let merge it again; and an
 * incremental merge gives what a merge of every day gives.
 */
class KeptApartTest {
    private static final Path SAMPLE = Path.of("assets/samples/kazakhstan-ukraine-2022-01-11.txt");
    private static final String TALKS = "米露協議がジュネーブで開始";

    @TempDir
    Path temp;

    private static void importSample(ProjectService project) throws ProjectException {
        project.importFiles(List.of(SAMPLE), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
    }

    private static Event talks(ProjectService project) {
        return project.events().stream().filter(e -> e.label().equals(TALKS)).findFirst().orElseThrow();
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

            EventRebuild one = p.keepApart(merged.id(), thirty.sourceId(), true);
            assertEquals(1, one.daysMerged(), "only the event's day: " + one);
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

            p.keepApart(alone.id(), thirty.sourceId(), false);
            assertEquals(List.of(26, 30, 31), paragraphs(talks(p)), "merged as the machine would again");
            assertEquals(before, p.events().size());
            assertEquals(Set.of(), p.corrections(talks(p)));
            assertThrows(IllegalArgumentException.class, () -> p.keepApart(alone.id(), "ev-0000000000000000", true),
                    "not a report of that event");
        }
    }

    @Test
    void aReportTakenOutWhoseMergeNeverRanIsAppliedWhenTheProjectIsOpenedNext() throws Exception {
        Path project = temp.resolve("p.nenpyo");
        Event merged;
        try (ProjectService p = ProjectService.open(project)) {
            importSample(p);
            merged = talks(p);
        }
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            assertTrue(db.keepApart(merged.id(), reportOf(merged, 31).sourceId(), true));
        }
        try (ProjectService p = ProjectService.open(project)) {
            assertEquals(List.of(26, 30), paragraphs(talks(p)), "merged on opening");
        }
    }
}
