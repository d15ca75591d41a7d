package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A happening told as a month in one import and by a day of it in another is one event (decision
 * 0032), whichever comes first: the import that merges only the days it changes finds the report
 * stored before, its event's id is the one a whole merge gives, and an analyst's decision stays.
 */
class WiderPeriodImportsTest {

    @TempDir
    Path temp;

    private static final String MONTH = "秋田県知事選は4月に実施される。\n";
    private static final String DAY = "秋田県知事選は4月10日に投開票される。\n";

    /** News of other seasons, so that what the second import changes is a part of the project. */
    private Path others() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("others"));
        for (int month = 7; month <= 12; month++) {
            Files.writeString(folder.resolve("other-2021-" + String.format("%02d", month) + "-20.txt"),
                    "ロシア外務省は19日、声明を出しました。\n\n中国外務省は18日、会見しました。\n\nトルコ政府は17日、発表しました。\n",
                    StandardCharsets.UTF_8);
        }
        return folder;
    }

    private Path file(String name, String text) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        return Files.writeString(folder.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
    }

    private static EventRebuild importing(ProjectService project, Path input) throws ProjectException {
        return project.importFiles(List.of(input), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation())
                .events().orElseThrow();
    }

    private static Event holding(List<Event> events, String expression) {
        return events.stream().filter(e -> e.sources().stream().anyMatch(s -> s.expressionText().equals(expression)))
                .findFirst().orElseThrow(() -> new AssertionError("no event told by " + expression + " in " + events));
    }

    @Test
    void anImportOfTheDayFindsTheStoredMonthReportAndAnImportOfTheMonthTheStoredDay() throws Exception {
        Path month = file("month-2022-03-10", MONTH);
        Path day = file("day-2022-03-20", DAY);
        String id = null;
        for (Path[] order : List.of(new Path[] {month, day}, new Path[] {day, month})) {
            try (ProjectService project = ProjectService.open(temp.resolve(order[0].getFileName() + ".nenpyo"))) {
                importing(project, others());
                importing(project, order[0]);

                EventRebuild partial = importing(project, order[1]);

                assertFalse(partial.whole(), "only the season the new document changes: " + partial);
                Event election = holding(project.events(), "4月10日");
                assertEquals(election, holding(project.events(), "4月"), "one election: " + project.events());
                assertEquals(LocalDate.of(2022, 4, 10), election.time().start());
                assertTrue(election.mergeReasons().get(0).contains("told as the wider period 2022-04"), election.mergeReasons().toString());
                List<Event> events = project.events();
                assertTrue(project.rebuildEvents().whole());
                assertEquals(events, project.events(), "a whole merge makes exactly the events the partial one left");
                if (id != null) {
                    assertEquals(id, election.id(), "the same id whichever was imported first");
                }
                id = election.id();
            }
        }
    }

    @Test
    void aMonthReportTheAnalystTookOutStaysOutAfterAnotherImportIntoItsSeason() throws Exception {
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importing(project, others());
            importing(project, file("month-2022-03-10", MONTH));
            importing(project, file("day-2022-03-20", DAY));
            Event election = holding(project.events(), "4月10日");
            EventSource told = election.sources().stream().filter(s -> s.expressionText().equals("4月")).findFirst().orElseThrow();

            project.keepApart(election.id(), told.sourceId());
            importing(project, file("more-2022-03-25", "秋田市では24日、桜の開花が確認された。\n"));

            Event month = holding(project.events(), "4月");
            assertEquals(1, month.sources().size(), project.events().toString());
            assertTrue(project.keptApartByAnalyst().test(month.sources().get(0)));
            assertEquals(1, holding(project.events(), "4月10日").sources().size());
        }
    }
}
