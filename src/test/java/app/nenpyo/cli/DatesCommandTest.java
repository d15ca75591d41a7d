package app.nenpyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dates} contract of DESIGN.md, on real files in the encodings and formats the importer reads. */
class DatesCommandTest {

    private static final Path SAMPLE = Path.of("assets", "samples", "kazakhstan-ukraine-2022-01-11.txt");

    @TempDir
    Path temp;

    private record Run(int code, List<String> lines, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NenpyoCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString().lines().toList(), err.toString());
    }

    @Test
    void theSamplesExpressionsComeOutAsItsReadmeListsThem() throws Exception {
        Run run = run("dates", SAMPLE.toString());
        assertEquals(0, run.code(), run.err());
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/temporal/kazakhstan-ukraine-2022-01-11.expected.tsv"));
        assertEquals(expected, run.lines());
        String text = Files.readString(SAMPLE);
        for (String row : run.lines().subList(1, run.lines().size())) {
            String[] column = row.split("\t");
            int start = text.offsetByCodePoints(0, Integer.parseInt(column[0]));
            int end = text.offsetByCodePoints(0, Integer.parseInt(column[1]));
            assertEquals(column[2], text.substring(start, end), "offsets are code points into the decoded text");
        }
    }

    @Test
    void offsetsAreCodePointsAfterTheByteOrderMarkAndBeyondTheBmp() throws Exception {
        Path file = temp.resolve("emoji.txt");
        String text = "\uFEFF😀速報😀 政府は今月2日、対策を発表した。";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Run run = run("dates", "--anchor", "2022-01-11", file.toString());
        assertEquals(List.of("start\tend\ttext\tvalue", "8\t12\t今月2日\t2022-01-02"), run.lines());
    }

    @Test
    void anyEncodingTheImporterReads() throws Exception {
        String article = "2022年1月11日\n\n内務省は10日、およそ8000人を拘束したと発表しました。\n";
        for (String encoding : List.of("Shift_JIS", "EUC-JP", "ISO-2022-JP", "UTF-16")) {
            Path file = temp.resolve(encoding + ".txt");
            Files.write(file, article.getBytes(Charset.forName(encoding)));
            Run run = run("dates", file.toString());
            assertEquals(List.of("start\tend\ttext\tvalue", "0\t10\t2022年1月11日\t2022-01-11", "16\t19\t10日\t2022-01-10"),
                    run.lines(), encoding + " " + run.err());
        }
    }

    @Test
    void aBlogExportPrintsOneBlockPerEntryEachResolvedAgainstItsOwnDate() throws Exception {
        Path export = temp.resolve("blog.export.txt");
        Files.writeString(export, String.join("\n",
                "AUTHOR: d1021", "TITLE: 拘束者8000人に", "STATUS: Publish", "DATE: 01/11/2022 10:30:00", "-----",
                "BODY:", "<p>内務省は10日、およそ8000人を拘束したと発表しました。</p>", "-----", "--------",
                "AUTHOR: d1021", "TITLE: 開会式", "STATUS: Publish", "DATE: 03/02/2022 08:00:00", "-----",
                "BODY:", "<p>大統領は来月4日の式典に出席する。</p>", "-----", "--------", ""));
        Run run = run("dates", export.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("start\tend\ttext\tvalue",
                "#document\t1\t拘束者8000人に\t2022-01-11", "4\t7\t10日\t2022-01-10",
                "#document\t2\t開会式\t2022-03-02", "4\t8\t来月4日\t2022-04-04"), run.lines());
    }

    @Test
    void aTextFileOfClippingsPrintsOneBlockPerClippingEachResolvedAgainstItsOwnDateline() throws Exception {
        Run run = run("dates", "src/test/resources/ingest/golden/clippings-week-2023-02.txt");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertEquals(List.of("#document\t1\t北陸で記録的な大雪 国道で車300台立ち往生\t2023-02-06",
                        "#document\t2\t日銀総裁に植田氏起用へ 政府が国会に提示\t2023-02-14",
                        "#document\t3\tトルコ・シリア地震、死者4万6千人超に\t2023-02-20"),
                lines.stream().filter(l -> l.startsWith("#document")).toList());
        assertTrue(lines.contains("123\t127\t今月8日\t2023-02-08"), lines.toString());
        assertTrue(lines.contains("117\t119\t来週\t2023-W08"), "next week from the second clipping's 14 February: " + lines);
        assertTrue(lines.contains("42\t46\t今月6日\t2023-02-06") && lines.contains("81\t83\t同日\t2023-02-19"), lines.toString());
    }

    @Test
    void aFileWithoutAnyDateIsExitTwoAndSaysSo() throws Exception {
        Path file = temp.resolve("memo.txt");
        Files.writeString(file, "政府は10日、対策を発表した。\n");
        Run run = run("dates", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith(file + ": no document date found"), run.err());
        assertEquals(List.of(), run.lines(), "nothing on stdout, not even the header");
        assertEquals(0, run("dates", "--anchor", "2022-01-11", file.toString()).code());
    }

    @Test
    void anExportOfOneEntryAndASavedPageNameTheirDocumentWhoseTextTheOffsetsPointInto() throws Exception {
        Path export = temp.resolve("one.export");
        Files.writeString(export, String.join("\n",
                "AUTHOR: d1021", "TITLE: 拘束者8000人に", "DATE: 01/11/2022 10:30:00", "-----",
                "BODY:", "<p>内務省は10日、およそ8000人を拘束したと発表しました。</p>", "-----", "--------", ""));
        assertEquals(List.of("start\tend\ttext\tvalue", "#document\t1\t拘束者8000人に\t2022-01-11", "4\t7\t10日\t2022-01-10"),
                run("dates", export.toString()).lines());

        Path page = temp.resolve("page.html");
        Files.writeString(page, "<html><head><title>拘束者</title><meta property=\"article:published_time\" content=\"2022-01-11T10:30:00+09:00\">"
                + "</head><body><article><p>内務省は10日、発表しました。</p></article></body></html>");
        List<String> lines = run("dates", page.toString()).lines();
        assertEquals("#document\t1\t拘束者\t2022-01-11", lines.get(1), lines.toString());
        assertEquals("4\t7\t10日\t2022-01-10", lines.get(2), "offsets into the article's text, not into the markup");
    }

    @Test
    void anExportEntryIsNumberedByItsPlaceInTheFileAsItsProblemIs() throws Exception {
        Path export = temp.resolve("blog.export");
        Files.writeString(export, String.join("\n",
                "AUTHOR: d1021", "TITLE: 空", "DATE: 01/10/2022 10:30:00", "-----", "BODY:", "", "-----", "--------",
                "AUTHOR: d1021", "TITLE: 拘束者8000人に", "DATE: 01/11/2022 10:30:00", "-----",
                "BODY:", "<p>内務省は10日、およそ8000人を拘束したと発表しました。</p>", "-----", "--------", ""));
        Run run = run("dates", export.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith(export + "#1: "), run.err());
        assertEquals("#document\t2\t拘束者8000人に\t2022-01-11", run.lines().get(1));
    }
}
