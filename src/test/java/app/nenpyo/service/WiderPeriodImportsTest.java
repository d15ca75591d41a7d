package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TimeValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
        List<String> cities = List.of("仙台市", "新潟市", "金沢市", "静岡市", "広島市", "松山市");
        for (int month = 7; month <= 12; month++) {
            String city = cities.get(month - 7);
            // each its own text: the same text twice is one document
            Files.writeString(folder.resolve("other-2021-" + String.format("%02d", month) + "-20.txt"),
                    city + "の市長は19日、定例の会見を開きました。\n\n" + city + "では18日、大雨で交通が乱れました。\n\n"
                            + city + "では17日、夏祭りが開かれました。\n", StandardCharsets.UTF_8);
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

    /** The events a partial merge left are those a merge of every day gives. */
    private static void assertAWholeMergeAgrees(ProjectService project, String after) {
        List<Event> events = project.events();
        assertTrue(project.rebuildEvents().whole());
        assertEquals(events, project.events(), "a whole merge makes exactly the events the partial one left, after " + after);
    }

    @Test
    void anImportMergesAgainTheMonthItsDayLiesInWhetherTheDayOrTheMonthCameFirst() throws Exception {
        for (List<String> order : List.of(List.of("month", "day"), List.of("day", "month"))) {
            try (ProjectService project = ProjectService.open(temp.resolve(order.get(0) + "-first.nenpyo"))) {
                importing(project, others());
                for (String which : order) {
                    EventRebuild rebuild = importing(project, which.equals("month") ? file("month-2022-03-10", MONTH) : file("day-2022-03-20", DAY));
                    int expected = which.equals("day") && which.equals(order.get(0)) ? 1 : 30;
                    assertEquals(expected, rebuild.daysMerged(), which + " of " + order + ": the month brings April, and so its day: " + rebuild);
                }
                assertEquals(2, holding(project.events(), "4月10日").sources().size(), project.events().toString());
                assertAWholeMergeAgrees(project, order.toString());
            }
        }
    }

    @Test
    void aDayChangedInASeasonHoldingAWiderReportOfAnotherPeriodMergesItsDayAloneAndOfItsPeriodThePeriod() throws Exception {
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importing(project, others());
            importing(project, file("early-2021-12-20", "北海道の鈴木知事は1月上旬に道議会で新年度予算案の方針を示す。\n"));

            EventRebuild snow = importing(project, file("snow-2022-01-26", "札幌市では25日、大雪で交通が乱れた。\n"));
            assertEquals(1, snow.daysMerged(), "25 January lies in no wider report's period (上旬 ends on the 10th): " + snow);
            assertAWholeMergeAgrees(project, "a day outside 上旬");

            EventRebuild month = importing(project, file("month-2021-12-22", "北海道の鈴木知事は1月に道庁で年頭の記者会見を開く。\n"));
            assertEquals(31, month.daysMerged(), "the month's report brings January, 上旬 with it: " + month);

            EventRebuild conference = importing(project, file("conference-2022-01-26",
                    "北海道の鈴木知事は25日、道庁で年頭の記者会見を開いた。\n"));
            assertEquals(31, conference.daysMerged(), "25 January lies in 1月: " + conference);
            Event told = holding(project.events(), "1月");
            assertEquals(told, holding(project.events(), "25日"), "the month's press conference is the 25th's: " + project.events());
            assertEquals(LocalDate.of(2022, 1, 25), told.time().start());
            assertAWholeMergeAgrees(project, "a day inside 1月");
        }
    }

    @Test
    void aWeekAcrossTheMonthsStartKeepsTheDayItJoinedWhenTheMonthIsMadeAgain() throws Exception {
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importing(project, others());
            importing(project, file("month-2022-03-10", MONTH));
            // 来週 of a Wednesday, 23 March: 28 March to 3 April
            importing(project, file("week-2022-03-23", "秋田市の桜まつりは来週開幕する。\n"));
            importing(project, file("opening-2022-04-03", "秋田市の桜まつりは2日に開幕した。\n"));
            assertEquals(holding(project.events(), "来週"), holding(project.events(), "2日"), project.events().toString());

            EventRebuild rain = importing(project, file("rain-2022-04-21", "秋田市では20日、大雨で交通が乱れた。\n"));

            assertEquals(30, rain.daysMerged(), "April, which 4月 holds; the week's March days are read, not made again: " + rain);
            Event opening = holding(project.events(), "2日");
            assertEquals(opening, holding(project.events(), "来週"), "the week's report still on the 2nd's event: " + project.events());
            assertEquals(LocalDate.of(2022, 4, 2), opening.time().start());
            assertAWholeMergeAgrees(project, "a day of a month a week runs into");
        }
    }

    @Test
    void aPostWithNoWiderReportInItsSeasonMergesOnlyItsDays() throws Exception {
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importing(project, others());
            importing(project, file("month-2022-03-10", MONTH));

            EventRebuild post = importing(project, file("post-2021-08-25", "ロシア外務省は24日、声明を出しました。\n\n中国外務省は23日、会見しました。\n"));

            assertEquals(2, post.daysMerged(), "23 and 24 August: " + post);
            assertAWholeMergeAgrees(project, "a post of another season");
        }
    }

    @Test
    void aWiderReportWhoseDocumentIsRedatedLeavesTheDayItJoinedAndJoinsItAgainWhenDatedBack() throws Exception {
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importing(project, others());
            importing(project, file("month-2022-03-10", MONTH));
            importing(project, file("day-2022-03-20", DAY));
            long monthDocument = holding(project.events(), "4月").sources().stream().filter(s -> s.expressionText().equals("4月"))
                    .findFirst().orElseThrow().documentId().getAsLong();

            EventRebuild away = project.setDocumentDate(monthDocument, LocalDate.of(2021, 3, 10));
            assertFalse(away.whole(), away.toString());
            assertEquals(1, holding(project.events(), "4月10日").sources().size(), "April 2021's report left: " + project.events());
            assertEquals(LocalDate.of(2021, 4, 1), holding(project.events(), "4月").time().start());
            assertAWholeMergeAgrees(project, "the month's document dated a year before");

            EventRebuild back = project.setDocumentDate(monthDocument, LocalDate.of(2022, 3, 10));
            assertFalse(back.whole(), back.toString());
            assertEquals(2, holding(project.events(), "4月10日").sources().size(), "joined again: " + project.events());
            assertAWholeMergeAgrees(project, "the month's document dated back");
        }
    }

    @Test
    void anEventHoldingAWiderReportSetAsideOrDatedByTheAnalystIsWhatAWholeMergeGives() throws Exception {
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importing(project, others());
            importing(project, file("month-2022-03-10", MONTH));
            importing(project, file("day-2022-03-20", DAY));

            EventRebuild aside = project.setEventBackground(holding(project.events(), "4月10日").id(), true);
            assertEquals(30, aside.daysMerged(), "the day and the month holding it: " + aside);
            assertTrue(holding(project.events(), "4月").background());
            assertAWholeMergeAgrees(project, "set aside");
            project.setEventBackground(holding(project.events(), "4月10日").id(), false);
            assertEquals(2, holding(project.events(), "4月10日").sources().size());
            assertAWholeMergeAgrees(project, "put back");

            EventRebuild dated = project.setEventDate(holding(project.events(), "4月10日").id(),
                    Optional.of(TimeValue.day(LocalDate.of(2022, 5, 8))));
            assertFalse(dated.whole(), dated.toString());
            assertEquals(LocalDate.of(2022, 5, 8), holding(project.events(), "4月").time().start());
            assertAWholeMergeAgrees(project, "dated by the analyst");
        }
    }

    @Test
    void anUpgradedProjectFindsItsWiderReportsOnceAndThenMergesOnlyWhatTheyReach() throws Exception {
        Path file = temp.resolve("v17.nenpyo");
        try (ProjectService project = ProjectService.open(file)) {
            importing(project, others());
            importing(project, file("month-2022-03-10", MONTH));
        }
        // as a version without wider periods left it: their column is filled in by the first merge
        app.nenpyo.store.OlderLayouts.downgrade(file, 17);
        try (ProjectService project = ProjectService.open(file)) {
            EventRebuild day = importing(project, file("day-2022-03-20", DAY));

            assertEquals(30, day.daysMerged(), "April, which the stored month report reaches: " + day);
            assertEquals(2, holding(project.events(), "4月10日").sources().size(), project.events().toString());
            EventRebuild post = importing(project, file("post-2021-08-25", "ロシア外務省は24日、声明を出しました。\n"));
            assertEquals(1, post.daysMerged(), post.toString());
            assertAWholeMergeAgrees(project, "the upgrade");
        }
        try (app.nenpyo.store.ProjectDatabase db = app.nenpyo.store.ProjectDatabase.open(file)) {
            assertTrue(db.datedDocumentReports().stream().allMatch(d -> d.days() != null), "every document's wider periods stored");
            assertEquals(1, db.datedDocumentReports().stream().filter(d -> d.widerPeriods().length > 0).count(), "the month's");
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

            EventRebuild apart = project.keepApart(election.id(), told.sourceId());
            assertEquals(30, apart.daysMerged(), "April, which the report taken out reaches: " + apart);
            importing(project, file("more-2022-03-25", "秋田市では24日、桜の開花が確認された。\n"));

            Event month = holding(project.events(), "4月");
            assertEquals(1, month.sources().size(), project.events().toString());
            assertTrue(project.keptApartByAnalyst().test(month.sources().get(0)));
            assertEquals(1, holding(project.events(), "4月10日").sources().size());
        }
    }

    @Test
    void correctionsOfAMonthReportJoinedToItsDayAreUndoneAndRedoneExactlyUnderTheNarrowScope() throws Exception {
        try (ProjectService project = ProjectService.open(temp.resolve("undo.nenpyo"))) {
            importing(project, others());
            importing(project, file("month-2022-03-10", MONTH));
            importing(project, file("day-2022-03-20", DAY));
            Event election = holding(project.events(), "4月");
            String monthReport = election.sources().stream().filter(s -> s.expressionText().equals("4月"))
                    .findFirst().orElseThrow().sourceId();
            List<Runnable> corrections = List.of(
                    () -> project.keepApart(holding(project.events(), "4月").id(), monthReport),
                    () -> project.setEventBackground(holding(project.events(), "4月").id(), true),
                    () -> project.setEventDate(holding(project.events(), "4月").id(), Optional.of(TimeValue.parse("2022-04-11"))));
            for (Runnable correction : corrections) {
                List<Event> before = project.events();
                CorrectionChange change = project.revise(correction);
                List<Event> after = project.events();
                assertNotEquals(before, after, "the correction changed something");
                project.undo(change);
                assertEquals(before, project.events(), "undone: as before");
                assertTrue(project.rebuildEvents().whole());
                assertEquals(before, project.events(), "undone: as a merge of every day");
                project.redo(change);
                assertEquals(after, project.events(), "redone: as after");
                assertTrue(project.rebuildEvents().whole());
                assertEquals(after, project.events(), "redone: as a merge of every day");
                project.undo(change);
                assertEquals(before, project.events());
            }
        }
    }
}
