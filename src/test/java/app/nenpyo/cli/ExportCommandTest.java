package app.nenpyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.service.SampleFiles;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code export} contract of DESIGN.md on the demo sample, without a display. */
class ExportCommandTest {

    @TempDir
    Path temp;

    private String db;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return NenpyoCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @BeforeEach
    void importTheSample() throws Exception {
        Path sample = SampleFiles.copyTo(temp.resolve("in"));
        db = temp.resolve("p.nenpyo").toString();
        assertEquals(0, run("ingest", "--db", db, sample.toString()));
    }

    @Test
    void pngOfADateRangeAtTwiceTheScale() throws Exception {
        Path png = temp.resolve("out.png");
        assertEquals(0, run("export", "--db", db, "--out", png.toString(), "--from", "2022-01-01", "--to", "2022-01-15",
                "--width", "1200", "--scale", "2", "--lanes", "actor"), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2400, image.getWidth());
        assertTrue(image.getHeight() > 400, "title, axis, lanes and footnotes: " + image.getHeight());
        assertFalse(Files.exists(temp.resolve("out.png.part")), "no partial file left behind");
    }

    @Test
    void pdfOfTheWholeProjectHoldsTheLabelsAsText() throws Exception {
        Path pdf = temp.resolve("out.pdf");
        assertEquals(0, run("export", "--db", db, "--out", pdf.toString(), "--title", "米ロ協議"), err.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("米ロ協議"), text);
            assertTrue(text.contains("カザフスタンで抗議活動が開始"), text);
            assertTrue(text.contains("出典"), text);
        }
    }

    @Test
    void theCitationOfAnEventTheAnalystDatedSaysSo() throws Exception {
        try (app.nenpyo.service.ProjectService p = app.nenpyo.service.ProjectService.open(Path.of(db))) {
            app.nenpyo.domain.Event detained = p.events().stream().filter(e -> e.label().equals("内務省が8000人拘束と発表"))
                    .findFirst().orElseThrow();
            p.setEventDate(detained.id(), java.util.Optional.of(app.nenpyo.domain.TimeValue.parse("2022-01-09")));
        }
        Path pdf = temp.resolve("out.pdf");
        assertEquals(0, run("export", "--db", db, "--out", pdf.toString()), err.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replace("\n", "");
            assertTrue(text.contains("2022年1月9日(日)（分析者の日付） 内務省が8000人拘束と発表"), text);
            assertEquals(1, text.split("分析者の日付", -1).length - 1, "only the event the analyst dated: " + text);
        }
        Path json = temp.resolve("out.json");
        assertEquals(0, run("export", "--db", db, "--out", json.toString()), err.toString());
        String data = Files.readString(json);
        assertEquals(1, data.split("\"dateBy\": \"analyst\"", -1).length - 1, data);
        assertTrue(data.contains("\"start\": \"2022-01-09\", \"end\": \"2022-01-09\", \"value\": \"2022-01-09\", \"granularity\": \"day\", \"dateBy\": \"analyst\", \"label\": \"内務省が8000人拘束と発表\""), data);
        Path csv = temp.resolve("out.csv");
        assertEquals(0, run("export", "--db", db, "--out", csv.toString()), err.toString());
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).endsWith(",dateBy"), rows.get(0));
        assertEquals(1, rows.stream().filter(r -> r.contains("内務省が8000人拘束と発表") && r.endsWith(",analyst")).count(), rows.toString());
    }

    @Test
    void dataFormatsByExtension() throws Exception {
        Path csv = temp.resolve("events.csv");
        Path timelineJs = temp.resolve("timeline.json");
        assertEquals(0, run("export", "--db", db, "--out", csv.toString()), err.toString());
        assertEquals(0, run("export", "--db", db, "--out", timelineJs.toString(), "--timelinejs"), err.toString());
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("\uFEFFid,start,end"));
        assertTrue(Files.readString(timelineJs, StandardCharsets.UTF_8).startsWith("{\"title\""));
    }

    @Test
    void dataExportsKeepTheChosenLanesEventsAndRefuseWhatOnlyAPictureHas() throws Exception {
        Path all = temp.resolve("all.csv");
        Path russia = temp.resolve("russia.csv");
        assertEquals(0, run("export", "--db", db, "--out", all.toString()), err.toString());
        assertEquals(0, run("export", "--db", db, "--out", russia.toString(), "--lanes", "actor", "--lane", "ロシア"), err.toString());
        List<String> allRows = Files.readAllLines(all).subList(1, Files.readAllLines(all).size());
        List<String> russiaRows = Files.readAllLines(russia).subList(1, Files.readAllLines(russia).size());
        assertFalse(russiaRows.isEmpty(), "ロシア has events");
        assertTrue(russiaRows.size() < allRows.size(), russiaRows.size() + " of " + allRows.size());
        assertTrue(allRows.containsAll(russiaRows), "the same rows, fewer of them");
        assertTrue(russiaRows.stream().allMatch(row -> row.contains("ロシア")), String.join("\n", russiaRows));
        Path json = temp.resolve("russia.json");
        assertEquals(0, run("export", "--db", db, "--out", json.toString(), "--timelinejs", "--lanes", "actor", "--lane", "ロシア"));
        assertEquals(russiaRows.size(), Files.readString(json).split("\"start_date\"", -1).length - 1, "TimelineJS too");

        err.getBuffer().setLength(0);
        Path csv = temp.resolve("x.csv");
        assertEquals(2, run("export", "--db", db, "--out", csv.toString(), "--width", "2400"));
        assertEquals(2, run("export", "--db", db, "--out", csv.toString(), "--scale", "2"));
        assertEquals(2, run("export", "--db", db, "--out", temp.resolve("x.json").toString(), "--max-citations", "10"));
        assertEquals(List.of("nenpyo export: --width is for a picture (png, svg, pdf), not for " + csv,
                "nenpyo export: --scale is for a picture (png, svg, pdf), not for " + csv,
                "nenpyo export: --max-citations is for a picture (png, svg, pdf), not for " + temp.resolve("x.json")),
                List.of(err.toString().strip().split("\\R")));
        assertFalse(Files.exists(csv));
    }

    @Test
    void selectedLanesExportAndNoEventToExportIsSaidNotDrawnOverAnotherTime() throws Exception {
        Path lanes = temp.resolve("lanes.svg");
        assertEquals(0, run("export", "--db", db, "--out", lanes.toString(), "--lanes", "actor", "--lane", "ロシア",
                "--lane", "米国"), err.toString());
        String svg = Files.readString(lanes, StandardCharsets.UTF_8);
        assertTrue(svg.contains("ロシア (") && svg.contains("米国 ("), "the chosen lanes' headers");
        assertFalse(svg.contains("カザフスタン ("), "no other lane");
        assertTrue(svg.contains("レーン: 人物・組織（ロシア, 米国）"), "the subtitle names the filter");
        assertEquals("", err.toString(), "lanes that are there: no warning");
        Path typo = temp.resolve("typo.svg");
        assertEquals(2, run("export", "--db", db, "--out", typo.toString(), "--lanes", "actor", "--lane", "ロシヤ"));
        assertEquals(List.of("warning: no actor lane is named ロシヤ: it keeps nothing",
                "nenpyo export: nothing to export: no event of the timeline is in the lanes kept"), err.toString().strip().lines().toList(),
                "a typo is seen");
        assertFalse(Files.exists(typo));

        String empty = temp.resolve("empty.nenpyo").toString();
        app.nenpyo.service.ProjectService.open(Path.of(empty)).close();
        Path png = temp.resolve("empty.png");
        assertEquals(2, run("export", "--db", empty, "--out", png.toString()));
        assertTrue(err.toString().contains("nothing to export: the project has no event on its timeline"), err.toString());
        assertFalse(Files.exists(png), "no picture of some other time");
        Path csv = temp.resolve("empty.csv");
        assertEquals(0, run("export", "--db", empty, "--out", csv.toString()), err.toString());
        assertEquals(1, Files.readAllLines(csv).size(), "a list of no event is its header, for scripts");
        assertTrue(Files.readAllLines(csv).get(0).contains("id,start,end"));
        assertEquals(0, run("export", "--db", empty, "--out", png.toString(), "--from", "2022-01-01", "--to", "2022-01-31"),
                err.toString());
        assertTrue(Files.size(png) > 0, "a period asked for is drawn, saying it has no event");
    }

    @Test
    void badUsageIsExitTwoWithOneLine() {
        assertEquals(2, run("export", "--db", db, "--out", temp.resolve("y.png").toString(), "--from", "0000-01-01", "--to", "2022-01-01"));
        assertTrue(err.toString().contains("dates are from 0001-01-01 to 9999-12-31: 0000-01-01"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("export", "--db", db, "--out", temp.resolve("x.gif").toString()));
        assertEquals(2, run("export", "--db", db, "--out", temp.resolve("x.png").toString(), "--scale", "5"));
        assertEquals(2, run("export", "--db", db, "--out", temp.resolve("x.png").toString(), "--from", "2022-01-05"));
        assertEquals(2, run("export", "--db", db, "--out", temp.resolve("x.png").toString(), "--lane", "ロシア"));
        assertEquals(2, run("export", "--db", temp.resolve("missing.nenpyo").toString(), "--out",
                temp.resolve("x.png").toString()));
        String[] lines = err.toString().strip().split("\\R");
        assertEquals(5, lines.length, err.toString());
        assertTrue(lines[0].contains("x.gif: unknown format"), lines[0]);
        assertTrue(lines[3].contains("--lane needs --lanes"), lines[3]);
        assertTrue(lines[4].contains("missing.nenpyo"), lines[4]);
        err.getBuffer().setLength(0);
        assertEquals(2, run("export", "--db", db, "--out", temp.resolve("x.png").toString(), "--width", "0"));
        assertEquals(2, run("export", "--db", db, "--out", temp.resolve("x.png").toString(), "--width", "399.5"));
        assertEquals(List.of("nenpyo export: --width must be 400 to 300000: 0", "nenpyo export: --width must be 400 to 300000: 399.5"),
                List.of(err.toString().strip().split("\\R")), "the width as it was given");
        assertFalse(Files.exists(temp.resolve("x.png")), "nothing written");
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLineNamingItAndTheReasonNotThePartialFile() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("dir.png"));
        assertEquals(2, run("export", "--db", db, "--out", folder.toString()));
        // a name that fits, to which the partial file's suffix adds too much
        Path tooLong = temp.resolve("x".repeat(250) + ".svg");
        assertEquals(2, run("export", "--db", db, "--out", tooLong.toString()));
        assertEquals(2, run("export", "--db", db, "--out", temp.resolve("y".repeat(250) + ".csv").toString()));
        assertEquals(List.of("nenpyo export: " + folder + ": cannot write (it is a folder)",
                "nenpyo export: " + tooLong + ": cannot write (the name is too long)",
                "nenpyo export: " + temp.resolve("y".repeat(250) + ".csv") + ": cannot write (the name is too long)"),
                List.of(err.toString().strip().split("\\R")));
        assertTrue(Files.isDirectory(folder), "the folder is left as it was");
        assertEquals(List.of("dir.png", "in", "p.nenpyo"), Files.list(temp).map(p -> p.getFileName().toString()).sorted().toList(),
                "no partial file left behind");
    }

    @Test
    void aFolderThatCannotBeWrittenIsPermissionDenied() throws Exception {
        Path locked = Files.createDirectory(temp.resolve("locked"));
        org.junit.jupiter.api.Assumptions.assumeTrue(locked.toFile().setWritable(false, false) && !Files.isWritable(locked),
                "this user writes in every folder (root)");
        Path png = locked.resolve("out.png");
        assertEquals(2, run("export", "--db", db, "--out", png.toString()));
        assertEquals("nenpyo export: " + png + ": cannot write (permission denied)", err.toString().strip());
    }
}
