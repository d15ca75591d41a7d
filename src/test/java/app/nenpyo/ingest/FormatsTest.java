package app.nenpyo.ingest;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SourceFormat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatsTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private FileReading read(String name, String content) throws Exception {
        return reader.read(Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8));
    }

    private static String entry(String header, String body) {
        return "AUTHOR: d1021\n" + header + "-----\nBODY:\n" + body + "\n-----\n--------\n";
    }

    @Test
    void exportEntriesCarryTitleDateAndCategories() throws Exception {
        FileReading reading = read("blog.export", entry("TITLE: 題\nDATE: 01/11/2022 10:30:00\nCATEGORY: 国際\nCATEGORY: ロシア\n",
                "<p>協議は10日に始まった。</p>"));
        AnalyzedDocument d = reading.documents().get(0);
        assertEquals(SourceFormat.MOVABLE_TYPE, reading.format());
        assertEquals("題", d.title());
        assertEquals(new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.METADATA, "DATE: 01/11/2022 10:30:00"), d.date());
        assertEquals(List.of("国際", "ロシア"), d.tags());
        assertEquals("協議は10日に始まった。", d.text());
        assertEquals(dir.resolve("blog.export") + "#1", d.origin());
    }

    @Test
    void exportDatesWithAmPm() {
        assertEquals(Optional.of(LocalDateTime.of(2022, 1, 11, 0, 5)), MovableTypeExport.parseDate("01/11/2022 12:05:00 AM"));
        assertEquals(Optional.of(LocalDateTime.of(2022, 1, 11, 12, 5)), MovableTypeExport.parseDate("01/11/2022 12:05:00 PM"));
        assertEquals(Optional.of(LocalDateTime.of(2022, 1, 11, 20, 30)), MovableTypeExport.parseDate("01/11/2022 08:30:00 pm"));
        assertEquals(Optional.empty(), MovableTypeExport.parseDate("01/11/2022 13:00:00 PM"));
        assertEquals(Optional.empty(), MovableTypeExport.parseDate("02/29/2022 10:00:00"));
        assertEquals(Optional.empty(), MovableTypeExport.parseDate("2022-01-11 10:00:00"));
    }

    @Test
    void aPageOpeningWithThousandsOfCommentsIsHtmlAndAFileThatOnlyLooksLikeOneIsText() {
        String comments = "<!-- a -->\n".repeat(20_000);
        assertTrue(DocumentReader.startsAsHtml(comments + "<!DOCTYPE html><html><body><p>本文。</p></body></html>"));
        assertTrue(DocumentReader.startsAsHtml("  <!-- x --> <!-- y -- z --><HTML lang=ja>"));
        assertFalse(DocumentReader.startsAsHtml(comments + "本文。<html>"));
        assertFalse(DocumentReader.startsAsHtml("<!-- never closed <html>"));
        assertFalse(DocumentReader.startsAsHtml("<htmlx>"));
    }

    @Test
    void aFileMayHoldExportEntriesByItsExtensionOrItsFirstLinesInAnyEncoding() throws Exception {
        DocumentReader reader = new DocumentReader();
        Path export = Files.write(dir.resolve("blog.txt"), entry("TITLE: 題\n", "<p>本文。</p>").getBytes("windows-31j"));
        Path named = Files.writeString(dir.resolve("blog.export"), "本文。", StandardCharsets.UTF_8);
        Path text = Files.writeString(dir.resolve("note.txt"), "TITLE: 題\n本文。", StandardCharsets.UTF_8);

        assertTrue(reader.mayHoldEntries(export));
        assertTrue(reader.mayHoldEntries(named));
        assertFalse(reader.mayHoldEntries(text));
        assertFalse(reader.mayHoldEntries(dir.resolve("missing.txt")));
        Path clippings = Files.writeString(dir.resolve("week.txt"), "2023年2月6日 付\n\n大雪となった。\n\n2023年2月7日 付\n\n除雪した。\n");
        Path article = Files.writeString(dir.resolve("one.txt"), "2023年2月6日 付\n\n大雪となった。\n\n除雪した。\n");
        assertTrue(reader.mayHoldEntries(clippings), "a text file of clippings");
        Path marked = Files.write(dir.resolve("marked.txt"), ("\uFEFF" + Files.readString(clippings)).getBytes(StandardCharsets.UTF_8));
        assertTrue(reader.mayHoldEntries(marked), "the same with a byte-order mark");
        assertFalse(reader.mayHoldEntries(article), "one article with its dateline");
    }

    @Test
    void exportBrokenEntriesAreReportedOneByOne() throws Exception {
        String text = entry("TITLE: 一\nDATE: 01/11/2022 10:30:00\n", "<p>一つ目。</p>")
                + "TITLE: 二\nこれはヘッダーではない\n-----\nBODY:\n<p>二。</p>\n-----\n--------\n"
                + "TITLE: 三\nDATE: 01/12/2022 10:30:00\n-----\nEXCERPT:\n要約\n-----\n--------\n"
                + entry("TITLE: 四\n", "<p>日付のない記事。</p>");
        FileReading reading = read("blog.txt", text);
        Path file = dir.resolve("blog.txt");
        assertEquals(List.of(new EntryProblem(file + "#2", "unreadable header line: これはヘッダーではない (entry \"二\")"),
                new EntryProblem(file + "#3", "no BODY section (entry \"三\")")), reading.problems());
        assertEquals(List.of("一", "四"), reading.documents().stream().map(AnalyzedDocument::title).toList());
        assertEquals(DocumentDate.undated(), reading.documents().get(1).date());
        assertEquals(file + "#4", reading.documents().get(1).origin());
    }

    @Test
    void exportExtendedBodyFollowsTheBodyAndCommentsAreLeftOut() throws Exception {
        String text = "TITLE: 題\r\nDATE: 01/11/2022 10:30:00\r\n-----\r\nBODY:\r\n<p>本文。</p>\r\n-----\r\n"
                + "EXTENDED BODY:\r\n<p>続き。</p>\r\n-----\r\nCOMMENT:\r\nAUTHOR: x\r\n感想。\r\n-----\r\n--------\r\n";
        AnalyzedDocument d = read("blog.txt", text).documents().get(0);
        assertEquals("本文。\n\n続き。", d.text());
    }

    @Test
    void exportWithConvertBreaksTurnsLinesIntoParagraphs() throws Exception {
        AnalyzedDocument d = read("blog.txt", entry("TITLE: 題\nCONVERT BREAKS: 1\n", "一行目\n二行目\n\n次の段落"))
                .documents().get(0);
        assertEquals("一行目\n二行目\n\n次の段落", d.text());
        assertEquals(2, d.paragraphs().size());
    }

    @Test
    void htmlTextKeepsCharactersAndMakesParagraphs() {
        String html = "<div><h2>見出し</h2><p>王外相は<br>述べた。&nbsp;A &amp; B</p><ul><li>一</li><li>二</li></ul>"
                + "<p>東京\n      大阪 and\n   Kyoto</p><p>　全角字下げ</p><script>x()</script></div>";
        assertEquals("見出し\n\n王外相は\n述べた。\u00A0A & B\n\n一\n\n二\n\n東京大阪 and Kyoto\n\n全角字下げ",
                HtmlText.of(Jsoup.parseBodyFragment(html).body()));
    }

    @Test
    void htmlPagesPreferTheArticleAndDropNavigation() throws Exception {
        String html = "<html><head><title>ページ題｜サイト</title></head><body><nav>ナビ</nav>"
                + "<div class=sidebar><p>短い</p></div><article><header>記事ヘッダー</header><h1>見出し</h1>"
                + "<p>本文です。</p><aside>関連</aside><footer>記事フッター</footer></article><footer>サイトフッター</footer></body></html>";
        AnalyzedDocument d = read("page.htm", html).documents().get(0);
        assertEquals("見出し\n\n本文です。", d.text());
        assertEquals("ページ題｜サイト", d.title());
        assertEquals(SourceFormat.HTML, d.format());
        assertEquals(DocumentDate.undated(), d.date());
    }

    @Test
    void htmlDatesComeFromMetadataInOrder() throws Exception {
        String jsonLd = "<html><head><script type=\"application/ld+json\">{\"headline\":\"x\",\"datePublished\": \"2022-01-10T15:30:00Z\"}</script>"
                + "</head><body><main><h1>題</h1><p>本文。</p></main></body></html>";
        DocumentDate d1 = read("a.html", jsonLd).documents().get(0).date();
        assertEquals(new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.METADATA, "datePublished=2022-01-10T15:30:00Z"), d1);

        String time = "<html><body><article><time datetime=\"2022-01-11\">1月11日</time><p>本文。</p></article></body></html>";
        assertEquals("time datetime=2022-01-11", read("b.html", time).documents().get(0).date().evidence());

        String metaName = "<html><head><meta name=\"pubdate\" content=\"2022-01-11T08:00:00+09:00\"></head><body><p>本文。</p></body></html>";
        assertEquals(LocalDate.of(2022, 1, 11), read("c.html", metaName).documents().get(0).date().date());

        String ogUrl = "<html><head><meta property=\"og:url\" content=\"https://example.jp/2022/01/11/x.html\"><title>t</title></head>"
                + "<body><p>本文。</p></body></html>";
        assertEquals(DateSource.URL, read("d.html", ogUrl).documents().get(0).date().source());
    }

    @Test
    void htmlTitleFallsBackToTheFirstHeading() throws Exception {
        assertEquals("見出し", read("e.html", "<html><body><h1>見出し</h1><p>本文。</p></body></html>").documents().get(0).title());
    }

    @Test
    void formatIsDecidedByExtensionAndContent() {
        assertEquals(SourceFormat.HTML, DocumentReader.format(Path.of("a.txt"), "<!DOCTYPE html><html><p>x</p></html>"));
        assertEquals(SourceFormat.HTML, DocumentReader.format(Path.of("a.xhtml"), "plain"));
        assertEquals(SourceFormat.MOVABLE_TYPE, DocumentReader.format(Path.of("a.txt"), "AUTHOR: x\nTITLE: t\n-----\nBODY:\nx\n-----\n"));
        assertEquals(SourceFormat.TEXT, DocumentReader.format(Path.of("a.txt"), "TITLE: メモ\n本文。"));
        assertEquals(SourceFormat.TEXT, DocumentReader.format(Path.of("a.md"), "# 見出し\n\n本文。"));
    }

    @Test
    void markdownHeadingsGiveTheTitleButNoTag() throws Exception {
        AnalyzedDocument d = read("note.md", "# 米露協議の記録\n\n協議は10日に始まった。#ウクライナ\n").documents().get(0);
        assertEquals("米露協議の記録", d.title());
        assertEquals(List.of("ウクライナ"), d.tags());
    }

    @Test
    void aDocumentWithoutBodyIsTitledByItsFileName() throws Exception {
        AnalyzedDocument d = read("links-only.txt", "https://example.jp\n\n#タグ\n").documents().get(0);
        assertEquals("links-only", d.title());
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.kind() == app.nenpyo.domain.ParagraphKind.BODY));
        assertFalse(d.tags().isEmpty());
    }
}
