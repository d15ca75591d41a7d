package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectServiceTest {

    @TempDir
    Path temp;

    private ImportReport importAll(ProjectService project, ImportOptions options, Path... inputs) throws ProjectException {
        return project.importFiles(List.of(inputs), options, ImportProgress.NONE, new Cancellation());
    }

    @Test
    void importsTheSampleAsOneDatedDocumentWithItsParagraphsAndTags() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            ImportReport report = importAll(project, ImportOptions.defaults(), sample);
            assertEquals(1, report.imported().size(), report.toString());
            assertTrue(report.failures().isEmpty(), report.failures().toString());

            StoredDocument document = project.documents().get(0);
            assertEquals(LocalDate.of(2022, 1, 11), document.date().date());
            assertEquals(DateSource.FILE_NAME, document.date().source());
            assertEquals("UTF-8", document.encoding());
            assertTrue(document.tags().containsAll(List.of("NATOexpansion", "反ロシア", "対中露戦")), document.tags().toString());

            DocumentView view = project.document(document.id());
            assertEquals(Files.readString(sample), view.text(), "the stored text is the decoded file, unchanged");
            assertEquals(ParagraphKind.HEADER, view.paragraphs().get(0).kind());
            assertTrue(view.paragraphText(view.paragraphs().get(1)).startsWith("カザフスタンで今月2日"));
            assertTrue(view.paragraphText(view.paragraphs().get(33)).startsWith("協議に先立ち"), "¶34 as the sample README numbers it");
        }
    }

    @Test
    void importingTheSameContentAgainIsANoOp() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path copy = Files.copy(sample, temp.resolve("renamed-copy-2022-01-11.txt"));
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(project, ImportOptions.defaults(), sample);
            ImportReport again = importAll(project, ImportOptions.defaults(), sample, copy);
            assertEquals(0, again.imported().size());
            assertEquals(2, again.duplicates().size());
            assertEquals(1, project.documentCount());
        }
    }

    @Test
    void searchFindsTwoCharacterNamesAndHighlightsExactlyThem() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(project, ImportOptions.defaults(), sample);
            List<SearchHit> hits = project.search("王毅", 20);
            assertEquals(List.of(11, 22), paragraphs(hits));
            for (SearchHit hit : hits) {
                assertFalse(hit.highlights().isEmpty());
                for (TextSpan span : hit.highlights()) {
                    assertEquals("王毅", span.of(hit.paragraphText()));
                }
            }
            assertTrue(project.search("外相", 50).size() >= 6);
            assertEquals(List.of(26, 31, 32, 34), paragraphs(project.search("ジュネーブ", 50)));
            assertTrue(project.search("存在しない語句", 50).isEmpty());
            assertEquals(List.of(2, 16), paragraphs(project.search("「テロ行為」", 50)), "quotes are text, not FTS syntax");
            assertDoesNotThrow(() -> project.search("\"AND (外相* OR - NEAR:", 50));
        }
    }

    private static List<Integer> paragraphs(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::paragraphNumber).sorted().toList();
    }

    @Test
    void theAnalystsAnchorOverridesTheFilesOwnDate() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(project, new ImportOptions(Optional.of(LocalDate.of(2022, 1, 12))), sample);
            StoredDocument document = project.documents().get(0);
            assertEquals(LocalDate.of(2022, 1, 12), document.date().date());
            assertEquals(DateSource.USER, document.date().source());
        }
    }

    @Test
    void aDocumentWithoutAnyDateIsImportedUndatedAndListedThenDatedByTheAnalyst() throws Exception {
        Path undated = temp.resolve("memo.txt");
        Files.writeString(undated, "政府は新たな対策を発表した。\n\n詳細は明らかにされていない。\n", StandardCharsets.UTF_8);
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            ImportReport report = importAll(project, ImportOptions.defaults(), undated);
            assertEquals(1, report.undated().size());
            long id = report.undated().get(0).documentId();
            assertFalse(project.document(id).document().date().isDated(), "never silently today");

            project.setDocumentDate(id, LocalDate.of(2021, 12, 28));
            assertEquals(LocalDate.of(2021, 12, 28), project.document(id).document().date().date());
            assertEquals(DateSource.USER, project.document(id).document().date().source());
        }
    }

    @Test
    void oneBadInputDoesNotStopTheBatchAndIsReportedInOneLineNamingTheFile() throws Exception {
        Path folder = temp.resolve("batch");
        Path sample = SampleFiles.copyTo(folder);
        Path binary = folder.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Path empty = Files.createFile(folder.resolve("empty.txt"));
        Path missing = temp.resolve("no-such-file.txt");
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            ImportReport report = importAll(project, ImportOptions.defaults(), folder, missing);
            assertEquals(1, report.imported().size());
            assertEquals(sample.toString(), report.imported().get(0).origin());
            List<String> failed = new ArrayList<>();
            for (ImportReport.Failure failure : report.failures()) {
                failed.add(failure.origin());
                assertFalse(failure.message().contains("\n"), failure.message());
                assertTrue(failure.message().startsWith(failure.origin() + ": "), failure.message());
            }
            assertEquals(List.of(binary.toString(), empty.toString(), missing.toString()).stream().sorted().toList(),
                    failed.stream().sorted().toList());
        }
    }

    @Test
    void cancellingStopsBetweenFilesAndKeepsWhatWasFinished() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("many"));
        for (int i = 1; i <= 20; i++) {
            Files.writeString(folder.resolve("n" + i + "-2022-01-" + String.format("%02d", i) + ".txt"),
                    "第" + i + "報。政府は" + i + "日、対策を発表した。\n", StandardCharsets.UTF_8);
        }
        Cancellation cancellation = new Cancellation();
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            ImportReport report = project.importFiles(List.of(folder), ImportOptions.defaults(),
                    (done, total, current) -> {
                        if (done > 0) {
                            cancellation.cancel();
                        }
                    }, cancellation);
            assertTrue(report.cancelled());
            assertTrue(report.imported().size() < 20, "stopped early: " + report.imported().size());
            assertEquals(report.imported().size(), project.documentCount());
            assertEquals("ok", project.integrityCheck());
        }
    }

    @Test
    void anOlderProjectIsUpgradedAndGetsItsEventsWhenOpened() throws Exception {
        Path old = Files.copy(Path.of("src/test/resources/store/version1.nenpyo"), temp.resolve("old.nenpyo"));
        try (ProjectService project = ProjectService.open(old)) {
            assertEquals(2, project.documentCount());
            List<Event> events = project.events();
            assertFalse(events.isEmpty(), "the fixture's dated sentences become events");
            assertTrue(events.stream().anyMatch(e -> e.time().start().equals(LocalDate.of(2022, 1, 10))), events.toString());
            assertEquals(events.stream().map(Event::id).sorted().toList(),
                    project.eventSummaries().stream().map(app.nenpyo.domain.EventSummary::id).sorted().toList(),
                    "the timeline's summaries are written with the upgraded project's events");
            assertEquals(0, project.rebuildEvents().readAgain(), "the upgrade's rebuild saved every document's reports");
        }
    }

    @Test
    void changingADocumentDateReResolvesItsEvents() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(project, ImportOptions.defaults(), sample);
            assertTrue(project.events().stream().anyMatch(e -> e.time().start().equals(LocalDate.of(2022, 2, 4))));
            project.setDocumentDate(project.documents().get(0).id(), LocalDate.of(2022, 3, 11));
            assertTrue(project.events().stream().anyMatch(e -> e.time().start().equals(LocalDate.of(2022, 4, 4))),
                    "来月4日 now reads as 4 April");
        }
    }

    @Test
    void eventsLeftOutOfAnImportAreBuiltWhenTheProjectIsNextOpened() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path file = temp.resolve("p.nenpyo");
        try (ProjectService project = ProjectService.open(file)) {
            importAll(project, ImportOptions.defaults().withoutEvents(), sample);
            assertTrue(project.events().isEmpty());
        }
        try (ProjectService project = ProjectService.open(file)) {
            assertFalse(project.events().isEmpty(), "the pending rebuild runs on open");
        }
    }

    @Test
    void aBlogExportIsStoredEntryByEntryInOrderEachWithTheReportsItsTextGivesAndProgressAlongTheFile() throws Exception {
        Path export = SampleFiles.writeManyEntryExport(temp.resolve("blog.export"), 40, 0);
        List<Long> done = new ArrayList<>();
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            ImportReport report = project.importFiles(List.of(export), ImportOptions.defaults(),
                    (bytes, total, current) -> done.add(bytes), new Cancellation());

            assertEquals(40, report.imported().size());
            for (int i = 0; i < 40; i++) {
                assertEquals(export + "#" + (i + 1), report.imported().get(i).origin(), "stored in the file's order");
            }
            List<Event> imported = project.events();
            EventRebuild rebuild = project.rebuildEvents();
            assertEquals(List.of(40, 0), List.of(rebuild.documents(), rebuild.readAgain()), "every entry's reports were saved");
            assertEquals(imported, project.events(), "the saved reports give the events a fresh reading gives");
            assertTrue(done.size() > 10, "progress moves along the one file: " + done);
            for (int i = 1; i < done.size(); i++) {
                assertTrue(done.get(i - 1) <= done.get(i), "progress never goes back: " + done);
            }
            assertEquals(Files.size(export), done.get(done.size() - 1));
        }
    }

    @Test
    void cancellingInTheMiddleOfABlogExportStopsBetweenItsEntriesAndKeepsWhatWasStored() throws Exception {
        Path export = SampleFiles.writeManyEntryExport(temp.resolve("blog.export"), 300, 0);
        Cancellation cancellation = new Cancellation();
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            ImportReport report = project.importFiles(List.of(export), ImportOptions.defaults(),
                    (bytes, total, current) -> {
                        if (bytes > 0) {
                            cancellation.cancel();
                        }
                    }, cancellation);

            assertTrue(report.cancelled());
            assertTrue(report.imported().size() < 300, "stopped inside the file: " + report.imported().size());
            assertEquals(report.imported().size(), project.documentCount());
            assertEquals("ok", project.integrityCheck());
        }
    }

    @Test
    void importReadsEachDocumentForEventsOnceSoARebuildOnlyMergesWhatWasSaved() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(project, ImportOptions.defaults(), sample);
            List<Event> imported = project.events();

            EventRebuild rebuild = project.rebuildEvents();

            assertEquals(List.of(1, 0, imported.size()), List.of(rebuild.documents(), rebuild.readAgain(), rebuild.events()));
            assertEquals(imported, project.events(), "saved reports give the events a fresh reading gives");
        }
    }

    /**
     * Two folders to import one after the other: the sample, a post naming リャプコフ (so spelled
     * twice in it) and other news on days of their own; then a post reporting on a day the sample
     * reports on too, on days of its own, and writing リャブコフ three times, which makes that the
     * commoner spelling, and so his name, and with it the merge reason of an event of the first
     * import (same subject リャプコフ).
     */
    private Path[] twoImports() throws IOException {
        Path first = SampleFiles.copyTo(temp.resolve("first")).getParent();
        Files.writeString(first.resolve("ryabkov-2022-01-12.txt"),
                "リャプコフ外務次官は１１日、モスクワで記者会見しました。\n\nリャプコフ外務次官は１１日の会見で、協議を続けると述べました。\n\n"
                        + "中国の王毅外相は１０日、北京で演説しました。\n",
                StandardCharsets.UTF_8);
        // other news on days of their own, in other seasons (a merge makes again the seasons of the days it
        // changes, decision 0032), so that what the second import changes is a part of the project
        for (int i = 0; i < 24; i++) {
            LocalDate date = LocalDate.of(2022, 4 + i / 3, 4 + i);
            int day = date.getDayOfMonth();
            Files.writeString(first.resolve("other-" + date + ".txt"),
                    "ロシア外務省は" + (day - 1) + "日、声明を出しました。\n\n中国外務省は" + (day - 2) + "日、会見しました。\n\n"
                            + "トルコ政府は" + (day - 3) + "日、発表しました。\n", StandardCharsets.UTF_8);
        }
        Path second = Files.createDirectories(temp.resolve("second"));
        Files.writeString(second.resolve("geneva-2022-01-14.txt"),
                "リャブコフ外務次官は１０日、ジュネーブで米国と協議しました。\n\nリャブコフ外務次官は１３日、帰国しました。\n\n"
                        + "リャブコフ外務次官は１２日、声明を出しました。\n", StandardCharsets.UTF_8);
        return new Path[] {first, second};
    }

    @Test
    void anImportIntoAProjectMergesOnlyTheDaysItChangesAndGivesWhatAWholeMergeGives() throws Exception {
        Path[] inputs = twoImports();
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            EventRebuild whole = importAll(project, ImportOptions.defaults(), inputs[0]).events().orElseThrow();
            assertTrue(whole.whole(), "the first merge of a project merges everything");
            int before = project.events().size();
            assertTrue(project.events().stream().flatMap(e -> e.mergeReasons().stream()).anyMatch(r -> r.contains("リャプコフ")),
                    "an event merged for its subject リャプコフ, as he is named at first");

            EventRebuild partial = importAll(project, ImportOptions.defaults(), inputs[1]).events().orElseThrow();

            assertFalse(partial.whole(), "only the days the new document changes: " + partial);
            assertTrue(partial.daysMerged() > 0 && partial.events() < project.events().size(),
                    partial.daysMerged() + " days, " + partial.events() + " of " + project.events().size() + " events merged");
            assertTrue(project.events().size() > before);
            // news of a later day than any: merged from the registry the last merge stored, copied
            Path third = Files.createDirectories(temp.resolve("third"));
            Files.writeString(third.resolve("later-2022-03-05.txt"), "リャブコフ外務次官は４日、モスクワで会見しました。\n\n"
                    + "中国の王毅外相は３日、北京で演説しました。\n\nリャプコフ外務次官は２日、声明を出しました。\n", StandardCharsets.UTF_8);
            assertFalse(importAll(project, ImportOptions.defaults(), third).events().orElseThrow().whole());
            List<Event> events = project.events();
            List<app.nenpyo.domain.Actor> actors = project.actors();
            List<app.nenpyo.domain.EventSummary> summaries = project.eventSummaries();
            assertTrue(events.stream().flatMap(e -> e.actors().stream()).anyMatch(a -> a.name().equals("リャブコフ")));

            EventRebuild again = project.rebuildEvents();

            assertTrue(again.whole());
            assertEquals(events, project.events(), "a whole merge makes exactly the events the partial one left");
            assertEquals(actors, project.actors());
            assertEquals(summaries, project.eventSummaries());
            assertTrue(importAll(project, ImportOptions.defaults(), inputs[1]).events().isEmpty(),
                    "importing the same files again imports nothing and merges nothing");
        }
    }

    @Test
    void aCorrectedDateMergesOnlyTheDaysOfThatDocumentBeforeAndAfterAndGivesWhatAWholeMergeGives() throws Exception {
        Path[] inputs = twoImports();
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(project, ImportOptions.defaults(), inputs[0]);
            long ryabkov = project.documents().stream().filter(d -> d.origin().endsWith("ryabkov-2022-01-12.txt")).findFirst()
                    .orElseThrow().id();
            List<Event> before = project.events();

            EventRebuild corrected = project.setDocumentDate(ryabkov, LocalDate.of(2022, 2, 15));

            assertFalse(corrected.whole(), "the days of that document only: " + corrected);
            assertEquals(1, corrected.readAgain());
            assertTrue(project.events().stream().anyMatch(e -> e.time().start().equals(LocalDate.of(2022, 2, 11))
                    && e.label().contains("リャプコフ")), "its 11日 is now in February");
            assertTrue(before.stream().anyMatch(e -> e.time().start().equals(LocalDate.of(2022, 1, 11))
                    && e.label().contains("リャプコフ")));
            assertTrue(project.events().stream().noneMatch(e -> e.time().start().equals(LocalDate.of(2022, 1, 11))
                    && e.label().contains("リャプコフ")), "and no longer in January");
            List<Event> events = project.events();
            List<app.nenpyo.domain.Actor> actors = project.actors();
            List<app.nenpyo.domain.EventSummary> summaries = project.eventSummaries();

            assertTrue(project.rebuildEvents().whole());

            assertEquals(events, project.events(), "a whole merge makes exactly the events the partial one left");
            assertEquals(actors, project.actors());
            assertEquals(summaries, project.eventSummaries());
        }
    }

    @Test
    void anImportIntoAProjectWhoseSummaryPagesAreUnreadableMergesEveryDay() throws Exception {
        Path[] inputs = twoImports();
        Path file = temp.resolve("p.nenpyo");
        List<Event> expected;
        try (ProjectService fresh = ProjectService.open(temp.resolve("fresh.nenpyo"))) {
            importAll(fresh, ImportOptions.defaults(), inputs[0]);
            importAll(fresh, ImportOptions.defaults(), inputs[1]);
            expected = fresh.events();
        }
        try (ProjectService project = ProjectService.open(file)) {
            importAll(project, ImportOptions.defaults(), inputs[0]);
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                 java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE event_summary_pages SET data = X'7F00'");
            }

            EventRebuild rebuild = importAll(project, ImportOptions.defaults(), inputs[1]).events().orElseThrow();

            assertTrue(rebuild.whole(), "the kept events could not be read from their pages: every day merged");
            assertEquals(expected, project.events());
            assertEquals(expected.size(), project.eventSummaries().size(), "the pages written anew");
        }
    }

    @Test
    void anImportIntoAProjectWhoseStoredRegistryIsOfAnotherVersionOrLostMergesEveryDayOnce() throws Exception {
        Path[] inputs = twoImports();
        Path third = Files.createDirectories(temp.resolve("third"));
        Files.writeString(third.resolve("later-2022-03-05.txt"), "リャブコフ外務次官は４日、モスクワで会見しました。\n",
                StandardCharsets.UTF_8);
        // a registry another version stored (its events resolved by that version's rules), then none at all
        for (String damage : List.of("UPDATE merge_state SET data = X'01020304'", "DELETE FROM merge_state")) {
            Path file = temp.resolve("p" + damage.length() + ".nenpyo");
            try (ProjectService project = ProjectService.open(file)) {
                importAll(project, ImportOptions.defaults(), inputs[0]);
                try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                     java.sql.Statement s = c.createStatement()) {
                    assertEquals(1, s.executeUpdate(damage));
                }

                EventRebuild rebuild = importAll(project, ImportOptions.defaults(), inputs[1]).events().orElseThrow();

                assertTrue(rebuild.whole(), damage + ": every day merged");
                List<Event> events = project.events();
                assertFalse(importAll(project, ImportOptions.defaults(), third).events().orElseThrow().whole(),
                        damage + ": the next import merges only its days, from the registry stored again");
                assertTrue(project.events().containsAll(events.stream()
                        .filter(e -> e.time().start().isBefore(LocalDate.of(2022, 2, 1))).toList()));
                List<Event> partly = project.events();
                assertTrue(project.rebuildEvents().whole());
                assertEquals(partly, project.events(), damage + ": a whole merge changes nothing");
            }
        }
    }

    @Test
    void aCorrectedDateThatLeavesTheOnlySentenceNamingAnActorUndatedDropsItsEventsAndTheProjectStillOpens() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        // 先月31日 is 31 January from 28 February, and no day at all from 31 March
        Path x = Files.writeString(in.resolve("x-2023-02-28.txt"), "カザフスタンのトカエフ大統領は先月31日、演説した。\n",
                StandardCharsets.UTF_8);
        Path y = Files.writeString(in.resolve("y-2023-02-28.txt"), "ロシアのプーチン大統領は20日、演説した。\n", StandardCharsets.UTF_8);
        Path file = temp.resolve("p.nenpyo");
        try (ProjectService project = ProjectService.open(file)) {
            importAll(project, ImportOptions.defaults(), x, y);
            assertTrue(project.actors().stream().anyMatch(a -> a.name().equals("トカエフ")));
            long id = project.documents().stream().filter(d -> d.origin().endsWith("x-2023-02-28.txt")).findFirst().orElseThrow().id();

            project.setDocumentDate(id, LocalDate.of(2023, 3, 31));

            assertTrue(project.events().stream().noneMatch(e -> e.label().contains("トカエフ")), "its only event is gone");
            assertTrue(project.actors().stream().noneMatch(a -> a.name().equals("トカエフ")), "and the actor only it named");
            List<Event> events = project.events();
            assertTrue(project.rebuildEvents().whole());
            assertEquals(events, project.events(), "a whole merge changes nothing");
        }
        try (ProjectService again = ProjectService.open(file)) {
            assertFalse(again.events().isEmpty(), "the project opens");
        }
    }

    @Test
    void aDocumentDateBeyondTheYear9999IsRefusedAndNothingChanges() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(project, ImportOptions.defaults(), sample);
            long id = project.documents().get(0).id();
            List<Event> events = project.events();

            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> project.setDocumentDate(id, LocalDate.of(10_000, 1, 1)));

            assertEquals("a document date from 0001-01-01 to 9999-12-31, not +10000-01-01", refused.getMessage());
            assertEquals(LocalDate.of(2022, 1, 11), project.documents().get(0).date().value().orElseThrow());
            assertEquals(events, project.events());
            assertThrows(IllegalArgumentException.class, () -> new ImportOptions(Optional.of(LocalDate.of(0, 12, 31))),
                    "nor before the year 1");
        }
    }

    @Test
    void aProjectWhoseEventsCannotBeMergedWhenOpenedStillOpensWithItsDocumentsAndSaysWhy() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path file = temp.resolve("p.nenpyo");
        List<Event> before;
        try (ProjectService project = ProjectService.open(file)) {
            importAll(project, ImportOptions.defaults(), sample);
            before = project.events();
            assertTrue(project.eventsBehind().isEmpty());
        }
        MergeThatFails.arm(file);

        try (ProjectService project = ProjectService.open(file)) {
            assertTrue(project.eventsBehind().orElseThrow().contains(MergeThatFails.REASON), project.eventsBehind().toString());
            assertEquals(1, project.documents().size(), "the documents are there");
            assertEquals(before, project.events(), "and the events of before, the merge having changed nothing");
        }
        MergeThatFails.disarm(file);
        try (ProjectService project = ProjectService.open(file)) {
            assertTrue(project.eventsBehind().isEmpty(), "merged at this opening");
            assertEquals(before, project.events());
        }
    }

    @Test
    void aDateChangeReadsOnlyThatDocumentAgainAndGivesWhatImportingItWithThatDateGives() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path other = Files.writeString(temp.resolve("in").resolve("other-2022-01-20.txt"),
                "ロシア外務省は１９日、ジュネーブでの協議について声明を出しました。\n\n今月１８日には王毅外相が会見しました。\n",
                StandardCharsets.UTF_8);
        List<Event> expected;
        try (ProjectService fresh = ProjectService.open(temp.resolve("fresh.nenpyo"))) {
            importAll(fresh, ImportOptions.defaults(), other);
            importAll(fresh, new ImportOptions(Optional.of(LocalDate.of(2022, 3, 11))), sample);
            expected = fresh.events();
        }
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(project, ImportOptions.defaults(), sample, other);
            long sampleId = project.documents().stream().filter(d -> d.origin().endsWith(SampleFiles.NAME)).findFirst()
                    .orElseThrow().id();

            project.setDocumentDate(sampleId, LocalDate.of(2022, 3, 11));
            EventRebuild again = project.rebuildEvents();

            assertEquals(List.of(2, 0, expected.size()), List.of(again.documents(), again.readAgain(), again.events()),
                    "the date change's own rebuild read it already");
            assertEquals(expected.stream().map(Event::id).sorted().toList(),
                    project.events().stream().map(Event::id).sorted().toList());
            assertEquals(expected.stream().map(Event::time).sorted(java.util.Comparator.comparing(Object::toString)).toList(),
                    project.events().stream().map(Event::time).sorted(java.util.Comparator.comparing(Object::toString)).toList());
        }
    }

    @Test
    void unreadableSavedReportsAreReadAgainFromTheTextAndGiveTheSameEvents() throws Exception {
        Path file = temp.resolve("p.nenpyo");
        // the current format number, then bytes that are no deflated stream
        List<Event> imported = importTheSampleThenChange(file, "UPDATE document_reports SET reports = X'"
                + String.format("%02X", app.nenpyo.events.ReportCodec.FORMAT) + "00FF00FF'");
        try (ProjectService project = ProjectService.open(file)) {
            EventRebuild rebuild = project.rebuildEvents();

            assertEquals(1, rebuild.readAgain());
            assertEquals(imported, project.events());
            assertEquals(0, project.rebuildEvents().readAgain(), "the reports read again were saved");
        }
    }

    @Test
    void theImportSaysWhenItMergesTheEventsAndOnlyThen() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        List<String> said = new ArrayList<>();
        ImportProgress recording = new ImportProgress() {
            @Override
            public void update(long doneBytes, long totalBytes, String current) {
                said.add(doneBytes == totalBytes ? "all files" : "a file");
            }

            @Override
            public void mergingEvents() {
                said.add("merging");
            }
        };
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            project.importFiles(List.of(sample), ImportOptions.defaults(), recording, new Cancellation());
            assertEquals("merging", said.get(said.size() - 1), said.toString());
            assertEquals("all files", said.get(said.size() - 2), said.toString());

            said.clear();
            project.importFiles(List.of(sample), ImportOptions.defaults(), recording, new Cancellation());
            assertFalse(said.contains("merging"), "nothing new was imported, so nothing is merged: " + said);
        }
    }

    @Test
    void cancellingWhileTheEventsMergeStoresNothingHalfAndLeavesThemForTheNextOpening() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path file = temp.resolve("p.nenpyo");
        Cancellation cancellation = new Cancellation();
        ImportProgress cancelOnceMerging = new ImportProgress() {
            @Override
            public void update(long doneBytes, long totalBytes, String current) {
            }

            @Override
            public void mergingEvents() {
                cancellation.cancel();
            }
        };
        try (ProjectService project = ProjectService.open(file)) {
            ImportReport report = project.importFiles(List.of(sample), ImportOptions.defaults(), cancelOnceMerging, cancellation);

            assertTrue(report.cancelled());
            assertTrue(report.mergeCancelled(), "every file was stored before the cancel");
            assertTrue(report.events().isEmpty(), "no rebuild to report");
            assertEquals(1, report.imported().size(), "the document itself was stored");
            assertEquals(1, project.documentCount());
            assertTrue(project.events().isEmpty(), "no event half-written");
            assertEquals(0, project.eventSummaries().size());
        }
        try (ProjectService project = ProjectService.open(file)) {
            assertTrue(project.events().size() >= 10, "opening the project merged them: " + project.events().size());
        }
    }

    @Test
    void anImportCancelledAfterItsFirstFileKeepsItButDoesNotMergeEventsAfterwards() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path blog = SampleFiles.writeBlogExport(temp.resolve("in2").resolve("blog.txt"));
        Cancellation cancellation = new Cancellation();
        List<String> said = new ArrayList<>();
        ImportProgress cancelAfterTheFirstFile = new ImportProgress() {
            @Override
            public void update(long doneBytes, long totalBytes, String current) {
                if (doneBytes > 0) {
                    cancellation.cancel();
                }
            }

            @Override
            public void mergingEvents() {
                said.add("merging");
            }
        };
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            ImportReport report = project.importFiles(List.of(sample, blog), ImportOptions.defaults(), cancelAfterTheFirstFile,
                    cancellation);

            assertTrue(report.cancelled());
            assertFalse(report.mergeCancelled(), "cancelled among the files");
            assertEquals(1, report.imported().size(), "the first file was stored before the cancel");
            assertEquals(List.of(), said, "the merge was not started after the cancel");
            assertTrue(project.events().isEmpty());
        }
    }

    @Test
    void reportsReadByAnOlderExtractorAreReadAgainWhenTheProjectIsOpened() throws Exception {
        Path file = temp.resolve("p.nenpyo");
        List<Event> imported = importTheSampleReadByAnOlderExtractor(file);
        List<String> progress = new java.util.ArrayList<>();
        try (ProjectService project = ProjectService.open(file, (done, total) -> progress.add(done + "/" + total))) {
            assertEquals(imported, project.events(), "opening read the document again with this version's extractor");
            assertEquals(List.of("1/1"), progress, "and said how far it came");
            assertEquals(0, project.rebuildEvents().readAgain(), "and saved what it read");
        }
        try (ProjectService project = ProjectService.open(file, (done, total) -> progress.add("again " + done + "/" + total))) {
            assertEquals(List.of("1/1"), progress, "nothing read again, nothing said");
        }
    }

    @Test
    void readingAgainPutOffOpensTheProjectWithTheEventsItHadAndReadsThemAgainNextTime() throws Exception {
        Path file = temp.resolve("p.nenpyo");
        List<Event> imported = importTheSampleReadByAnOlderExtractor(file);
        Cancellation putOff = new Cancellation();
        try (ProjectService project = ProjectService.open(file, (done, total) -> putOff.cancel(), putOff)) {
            assertTrue(project.readingPutOff());
            assertEquals(java.util.Optional.empty(), project.eventsBehind(), "nothing failed");
            assertTrue(project.events().stream().allMatch(e -> e.label().equals("read by the extractor before")),
                    "the events it had, none written");
            assertEquals("ok", project.integrityCheck());
        }
        try (ProjectService project = ProjectService.open(file)) {
            assertFalse(project.readingPutOff());
            assertEquals(imported, project.events(), "read again the next time it was opened");
        }
    }

    /** The sample's events as an older extractor stored them (another label, so another fingerprint); returns those of now. */
    private List<Event> importTheSampleReadByAnOlderExtractor(Path file) throws Exception {
        return importTheSampleThenChange(file,
                "UPDATE document_reports SET format = " + (app.nenpyo.events.ReportCodec.FORMAT - 1),
                "UPDATE events SET label = 'read by the extractor before', fingerprint = 'before'");
    }

    @Test
    void eventsLeftOutOfAnImportAreReadFromTheTextAtTheRebuildAndSavedForTheNext() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            importAll(project, ImportOptions.defaults().withoutEvents(), sample);

            assertEquals(1, project.rebuildEvents().readAgain());
            assertEquals(0, project.rebuildEvents().readAgain());
        }
    }

    /** Imports the sample into a new project, closes it, changes the file with SQL; the events as imported. */
    private List<Event> importTheSampleThenChange(Path file, String... statements) throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        List<Event> imported;
        try (ProjectService project = ProjectService.open(file)) {
            importAll(project, ImportOptions.defaults(), sample);
            imported = project.events();
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
        return imported;
    }
}
