package app.nenpyo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.service.DamagedText;
import app.nenpyo.service.MergeThatFails;
import app.nenpyo.service.ProjectService;
import app.nenpyo.service.SampleFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
        List<String> errorLines() {
            return err.isBlank() ? List.of() : err.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NenpyoCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A folder of clippings with photos and scans beside them: the import says what it left unread. */
    @Test
    void saysHowManyFilesOfOtherKindsAFolderHeldThatWereNotRead() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("clips"));
        Files.writeString(folder.resolve("2022-01-11-記事.txt"), "政府は10日、声明を発表した。\n");
        for (String other : List.of("photo1.png", "photo2.PNG", "scan.pdf")) {
            Files.write(folder.resolve(other), new byte[] {1, 2, 3});
        }
        Run run = run("ingest", "--db", temp.resolve("p.nenpyo").toString(), folder.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().endsWith("1 imported (0 undated), 0 already present, 0 failed; 3 other files not read (.png ×2, .pdf)\n"),
                run.out());
    }

    @Test
    void importsTheSampleThenReportsTheSecondRunAsAlreadyPresent() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        String db = temp.resolve("p.nenpyo").toString();

        Run first = run("ingest", "--db", db, sample.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("imported\t1\t" + sample + "\t2022-01-11 (file_name)\tUTF-8\t"), first.out());
        assertTrue(first.out().endsWith("1 imported (0 undated), 0 already present, 0 failed\n"), first.out());

        Run second = run("ingest", "--db", db, sample.toString());
        assertEquals(0, second.code());
        assertTrue(second.out().contains("duplicate\t1\t" + sample), second.out());
    }

    @Test
    void someInputsFailingIsExitOneWithOneLinePerFailure() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path missing = temp.resolve("missing.txt");
        Run run = run("ingest", "--db", temp.resolve("p.nenpyo").toString(), sample.toString(), missing.toString());
        assertEquals(1, run.code());
        assertEquals(1, run.errorLines().size(), run.err());
        assertTrue(run.errorLines().get(0).startsWith(missing + ": "), run.err());
    }

    @Test
    void aDocumentOfTheProjectWhoseEventsCannotBeReadIsOneWarningWhileTheNewDocumentsEventsAreMerged() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path sample = SampleFiles.copyTo(in);
        Path db = temp.resolve("p.nenpyo");
        assertEquals(0, run("ingest", "--db", db.toString(), sample.toString()).code());
        DamagedText.damage(db, 1);
        Path osaka = Files.writeString(in.resolve("osaka-2022-01-26.txt"), "大阪府は２５日、観光支援策を発表しました。\n");

        Run run = run("ingest", "--db", db.toString(), osaka.toString());

        assertEquals(1, run.errorLines().size(), run.err());
        assertTrue(run.errorLines().get(0).startsWith("warning: " + sample + ": its events could not be read ("
                + "database error: document 1's text cannot be put together again"), run.err());
        assertTrue(run.out().endsWith("1 imported (0 undated), 0 already present, 0 failed\n"), run.out());
        assertEquals(0, run.code(), "what this ingest brought was read: a daily ingest is not failed by an older document");
        Run events = run("events", "--db", db.toString());
        assertTrue(events.out().contains("大阪府"), events.out());
        assertEquals(List.of("warning: " + sample + ": its events could not be read"), events.errorLines().stream()
                .map(l -> l.substring(0, l.indexOf(" (")).trim()).toList(), "named again as the project opens");
    }

    @Test
    void documentsImportedWhoseEventsCannotBeMergedAreStoredWithAWarningAndExitOne() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path db = temp.resolve("p.nenpyo");
        assertEquals(0, run("ingest", "--db", db.toString(), SampleFiles.copyTo(in).toString()).code());
        MergeThatFails.arm(db);
        Path osaka = Files.writeString(in.resolve("osaka-2022-01-26.txt"), "大阪府は２５日、観光支援策を発表しました。\n");

        Run run = run("ingest", "--db", db.toString(), osaka.toString());

        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("imported\t2\t" + osaka), run.out());
        assertEquals(1, run.errorLines().size(), run.err());
        assertTrue(run.errorLines().get(0).startsWith("warning: " + db + ": the events could not be brought up to date ("), run.err());
        assertTrue(run.errorLines().get(0).contains(MergeThatFails.REASON), run.err());
        MergeThatFails.disarm(db);
        assertTrue(run("events", "--db", db.toString()).out().contains("大阪府"), "merged once it can be");
    }

    @Test
    void anAnchorNoDocumentCanHaveIsRefusedBeforeTheProjectIsCreated() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path db = temp.resolve("p.nenpyo");

        Run run = run("ingest", "--db", db.toString(), "--anchor", "+99999999-01-01", sample.toString());

        assertEquals(2, run.code());
        assertEquals(List.of("nenpyo ingest: Invalid value for option '--anchor': '+99999999-01-01' is not a day from 0001-01-01"
                + " to 9999-12-31 (see nenpyo ingest --help)"), run.errorLines(), "bad usage, said as every bad option is");
        assertFalse(Files.exists(db), "no project file made");
        assertEquals(List.of("nenpyo ingest: Invalid value for option '--anchor': '0000-12-31' is not a day from 0001-01-01"
                + " to 9999-12-31 (see nenpyo ingest --help)"),
                run("ingest", "--db", db.toString(), "--anchor", "0000-12-31", sample.toString()).errorLines());
        assertEquals(0, run("ingest", "--db", db.toString(), "--anchor", "9999-12-31", sample.toString()).code(), "the last day is a day");
    }

    @Test
    void nothingDoneIsExitTwo() throws Exception {
        Path typo = temp.resolve("clipings");
        Run mistyped = run("ingest", "--db", temp.resolve("new.nenpyo").toString(), typo.toString());
        assertEquals(2, mistyped.code());
        assertEquals(List.of(typo + ": no such file or folder"), mistyped.errorLines());
        assertFalse(Files.exists(temp.resolve("new.nenpyo")), "a mistyped path makes no project");
        Path emptyFolder = Files.createDirectory(temp.resolve("nothing-here"));
        Run nothing = run("ingest", "--db", temp.resolve("new.nenpyo").toString(), emptyFolder.toString());
        assertEquals(2, nothing.code());
        assertTrue(nothing.errorLines().get(0).startsWith(emptyFolder + ": the folder holds no supported files"), nothing.err());
        assertFalse(Files.exists(temp.resolve("new.nenpyo")), "nor does a folder with nothing to read");
        Path empty = Files.createFile(temp.resolve("empty.txt"));
        assertEquals(2, run("ingest", "--db", temp.resolve("p.nenpyo").toString(), empty.toString()).code());
        Path project = temp.resolve("made.nenpyo");
        assertEquals(0, run("ingest", "--db", project.toString(), Files.writeString(temp.resolve("a.txt"), "本文。\n").toString()).code());
        Run itself = run("ingest", "--db", project.toString(), project.toString());
        assertEquals(2, itself.code());
        assertEquals(List.of(project + ": a file of the open project itself"), itself.errorLines());
        assertEquals(2, run("ingest", "--db", temp.resolve("p.nenpyo").toString()).code(), "no input is bad usage");
        assertEquals(2, run("ingest", "--db", temp.resolve("p.nenpyo").toString(), "--anchor", "2022-13-01", empty.toString()).code());
    }

    @Test
    void anImportThatRefusesEveryFileMakesNoProjectButKeepsOneThatWasThere() throws Exception {
        Path binary = Files.write(temp.resolve("bin.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        Path empty = Files.createFile(temp.resolve("empty.txt"));
        Path db = temp.resolve("nb.nenpyo");
        Run refused = run("ingest", "--db", db.toString(), binary.toString(), empty.toString());
        assertEquals(2, refused.code());
        assertEquals(2, refused.errorLines().size(), refused.err());
        assertEquals(List.of(binary, empty), Files.list(temp).sorted().toList(), "no project, no -wal or -shm beside it");

        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        assertEquals(0, run("ingest", "--db", db.toString(), sample.toString()).code());
        assertEquals(2, run("ingest", "--db", db.toString(), binary.toString()).code());
        try (ProjectService project = ProjectService.open(db)) {
            assertEquals(1, project.documents().size(), "a project that was there stays, with its documents");
        }
    }

    @Test
    void anEmptyQueryIsBadUsage() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path db = temp.resolve("p.nenpyo");
        assertEquals(0, run("ingest", "--db", db.toString(), sample.toString()).code());
        for (String empty : List.of("", "  ", "\u3000")) {
            Run search = run("search", "--db", db.toString(), "--", empty);
            assertEquals(2, search.code(), "'" + empty + "'");
            assertEquals(List.of("nenpyo search: the query is empty: give a word to find (see nenpyo search --help)"), search.errorLines());
            assertEquals("", search.out(), "no header for no search");
        }
        assertEquals(0, run("search", "--db", db.toString(), "王毅").code());
    }

    @Test
    void undatedDocumentsAreListedWithWhatToDo() throws Exception {
        Path memo = temp.resolve("memo.txt");
        Files.writeString(memo, "政府は対策を発表した。\n");
        Run run = run("ingest", "--db", temp.resolve("p.nenpyo").toString(), memo.toString());
        assertEquals(0, run.code());
        assertEquals(List.of("undated\t1\t" + memo + "\tno date found: import again with --anchor YYYY-MM-DD, or date it in the window",
                "1 imported (1 undated), 0 already present, 0 failed"), run.out().lines().toList(), "one line per document");

        Run again = run("ingest", "--db", temp.resolve("p.nenpyo").toString(), "--anchor", "2022-02-10", memo.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(List.of("dated\t1\t" + memo + "\t2022-02-10 (--anchor), was undated",
                "0 imported (0 undated), 1 already present, 0 failed"), again.out().lines().toList(), "the advice followed dates it");
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            assertEquals(LocalDate.of(2022, 2, 10), project.documents().get(0).date().date());
        }

        Run third = run("ingest", "--db", temp.resolve("p.nenpyo").toString(), "--anchor", "2023-05-05", memo.toString());
        assertEquals("duplicate\t1\t" + memo + "\talready in the project", third.out().lines().findFirst().orElseThrow(),
                "a dated document stays as it is");
    }

    @Test
    void aTabInATitleDoesNotAddAColumn() throws Exception {
        Path post = temp.resolve("post-2022-01-11.txt");
        Files.writeString(post, "速報\tカザフスタン\n\n政府は10日、対策を発表した。\n");
        Run run = run("ingest", "--db", temp.resolve("p.nenpyo").toString(), post.toString());
        assertEquals(0, run.code(), run.err());
        String imported = run.out().lines().filter(l -> l.startsWith("imported")).findFirst().orElseThrow();
        assertEquals(6, imported.split("\t", -1).length, imported);
    }

    @Test
    void badOptionsAreOneLineNamingTheCommandAndAQueryStartingWithAMinusFollowsTwoDashes() throws Exception {
        Run bogus = run("export", "--db", temp.resolve("p.nenpyo").toString(), "--out", temp.resolve("x.png").toString(), "--bogus");
        assertEquals(2, bogus.code());
        assertEquals(List.of("nenpyo export: Unknown option: '--bogus' (see nenpyo export --help)"), bogus.errorLines());
        Run badDay = run("dates", "--anchor", "10000-01-01", "f.txt");
        assertEquals(2, badDay.code());
        assertEquals(List.of("nenpyo dates: Invalid value for option '--anchor': '10000-01-01' is not a day written YYYY-MM-DD"
                + " (see nenpyo dates --help)"), badDay.errorLines());
        assertEquals("", bogus.out() + badDay.out());

        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        String db = temp.resolve("p.nenpyo").toString();
        run("ingest", "--db", db, sample.toString());
        Run minus = run("search", "--db", db, "--", "-ロシア");
        assertEquals(0, minus.code(), minus.err());
        assertEquals(List.of("document\tparagraph\tscore\thits\ttitle\ttext"), minus.out().lines().toList(), "searched for, as text");
        Run typo = run("search", "--db", db, "--limt", "1", "協議");
        assertEquals(2, typo.code(), "a mistyped option is not searched for");
        assertEquals(1, typo.errorLines().size(), typo.err());
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedInOneLine() throws Exception {
        Path notAProject = temp.resolve("notes.nenpyo");
        Files.writeString(notAProject, "これはテキストです。".repeat(200));
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Run run = run("ingest", "--db", notAProject.toString(), sample.toString());
        assertEquals(2, run.code());
        assertEquals(1, run.errorLines().size(), run.err());
        assertTrue(run.err().contains(notAProject.toString()), run.err());
        assertEquals("これはテキストです。".repeat(200), Files.readString(notAProject), "left unchanged");
    }

    @Test
    void aSearchLimitBelowOneIsBadUsage() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path db = temp.resolve("p.nenpyo");
        assertEquals(0, run("ingest", "--db", db.toString(), sample.toString()).code());
        for (String limit : List.of("0", "-1")) {
            Run search = run("search", "--db", db.toString(), "--limit", limit, "王毅");
            assertEquals(2, search.code(), limit);
            assertEquals(List.of("nenpyo search: --limit must be at least 1: " + limit + " (see nenpyo search --help)"),
                    search.errorLines());
            assertEquals("", search.out(), "no header for no search");
        }
        Run one = run("search", "--db", db.toString(), "--limit", "1", "王毅");
        assertEquals(2, one.out().lines().count(), "the header and one paragraph: " + one.out());
    }

    @Test
    void searchPrintsRankedParagraphsWithCodePointHitSpans() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        String db = temp.resolve("p.nenpyo").toString();
        run("ingest", "--db", db, sample.toString());
        Run run = run("search", "--db", db, "王毅");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("document\tparagraph\tscore\thits\ttitle\ttext", lines.get(0));
        assertEquals(3, lines.size(), run.out());
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t");
            String[] hit = columns[3].split(",")[0].split("-");
            String text = columns[5];
            int start = text.offsetByCodePoints(0, Integer.parseInt(hit[0]));
            int end = text.offsetByCodePoints(0, Integer.parseInt(hit[1]));
            assertEquals("王毅", text.substring(start, end));
        }
    }

    @Test
    void readingCommandsRefuseAMissingProjectInOneLineAndCreateNothing() {
        Path missing = temp.resolve("typo.nenpyo");
        for (String[] args : List.of(new String[] {"search", "--db", missing.toString(), "王毅"},
                new String[] {"events", "--db", missing.toString()})) {
            Run run = run(args);
            assertEquals(2, run.code());
            assertEquals(1, run.errorLines().size(), run.err());
            assertTrue(run.err().contains(missing + ": no such project file"), run.err());
            assertTrue(Files.notExists(missing));
        }
    }

    @Test
    void readingCommandsOpenReadOnlyGiveWhatTheyGaveAndLeaveTheFileAsItWas() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        Path db = temp.resolve("p.nenpyo");
        assertEquals(0, run("ingest", "--db", db.toString(), sample.toString()).code());
        Run events = run("events", "--db", db.toString(), "--format", "json");
        Run search = run("search", "--db", db.toString(), "王毅");
        byte[] before = Files.readAllBytes(db);

        Run eventsReadOnly = run("events", "--db", db.toString(), "--format", "json", "--read-only");
        Run searchReadOnly = run("search", "--db", db.toString(), "王毅", "--read-only");
        Path picture = temp.resolve("out.png");
        Run export = run("export", "--db", db.toString(), "--out", picture.toString(), "--read-only");

        assertEquals(events, eventsReadOnly);
        assertEquals(search, searchReadOnly);
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.size(picture) > 0);
        assertArrayEquals(before, Files.readAllBytes(db));

        // an import cut short leaves the events stale: read-only, they stay so, and a line says it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("UPDATE derived_state SET stale = 1 WHERE name = 'events'");
        }
        Run stale = run("events", "--db", db.toString(), "--format", "json", "--read-only");
        assertEquals(events.out(), stale.out());
        assertEquals(List.of("warning: " + db + ": read-only, so the events are those last saved; they may be behind its documents"),
                stale.errorLines());
    }

    @Test
    void readingCommandsRefuseAnEmptyFileAndLeaveItEmpty() throws Exception {
        Path empty = Files.createFile(temp.resolve("empty.nenpyo"));
        for (String[] args : List.of(new String[] {"search", "--db", empty.toString(), "王毅"},
                new String[] {"events", "--db", empty.toString()},
                new String[] {"export", "--db", empty.toString(), "--out", temp.resolve("out.png").toString()})) {
            Run run = run(args);
            assertEquals(2, run.code(), args[0]);
            assertEquals(List.of("nenpyo: " + empty + ": empty file, not a Nenpyo project"), run.errorLines());
            assertEquals(0, Files.size(empty), args[0] + " made no project of it");
            assertEquals(List.of(empty), Files.list(temp).toList(), "no -wal, no picture");
        }
    }

    @Test
    void searchHitOffsetsStillPointAtTheHitWhenTheParagraphHasWindowsLineBreaks() throws Exception {
        Path file = temp.resolve("crlf-2022-01-11.txt");
        Files.writeString(file, "見出し\r\n\r\n一行目の文。\r\n中国の王毅外相は10日、会談した。\r\n");
        String db = temp.resolve("p.nenpyo").toString();
        run("ingest", "--db", db, file.toString());
        Run run = run("search", "--db", db, "王毅");
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        String[] columns = lines.get(1).split("\t");
        String[] hit = columns[3].split("-");
        String text = columns[5];
        assertEquals("王毅", text.substring(text.offsetByCodePoints(0, Integer.parseInt(hit[0])),
                text.offsetByCodePoints(0, Integer.parseInt(hit[1]))));
    }
}
