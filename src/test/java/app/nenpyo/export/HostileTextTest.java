package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.render.Palette;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPainter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Article text is data, never markup: a label with {@code <script>}, {@code &}, quotes, control
 * characters and half a surrogate pair must come out as text in every format, and every file must
 * still parse.
 */
class HostileTextTest {
    static final String HOSTILE = "<script>alert(\"x&y\")</script> 'ロシア' & \u0001\u0007 \uD800 年表";
    static final String CLEAN = "<script>alert(\"x&y\")</script> 'ロシア' &    〓 年表";

    static EventCatalog catalog() {
        StoredDocument document = new StoredDocument(7, "evil.html", "</title><b>\"見出し\"</b> & co", "hash-1", "UTF-8",
                SourceFormat.values()[0], new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.values()[1], "x"),
                Instant.EPOCH, List.of(), 3, 100);
        EventSource source = new EventSource("hash-1", OptionalLong.of(7), "src-1", 2, new TextSpan(0, 10),
                new TextSpan(0, 10), new TextSpan(0, 3), "10日\"<", "");
        Event event = new Event("ev-1", TimeValue.parse("2022-01-10"), HOSTILE,
                List.of(new Actor("a", "<b>王毅</b>", ActorKind.PERSON, "&外相", "中国", List.of())), "ジュネーブ\"",
                EventCategory.MEETING, List.of(source), List.of(), false);
        Event second = new Event("ev-2", TimeValue.parse("2022-01"), "月のできごと, \"引用\"\n改行", List.of(), "",
                EventCategory.PROTEST, List.of(source), List.of(), false);
        return EventCatalog.of(List.of(event, second), List.of(document));
    }

    static ReportPainter painter() {
        ReportFonts fonts = new ReportFonts();
        ExportedReport report = ReportBuilder.build(ReportInput.of(catalog(), LaneGrouping.ACTOR, ReportLanguage.JA),
                ReportRequest.of("<title>&\"", ExportScope.days(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)), 1000),
                fonts);
        return new ReportPainter(report.page(), fonts, Palette.standard());
    }

    @Test
    void svgIsWellFormedXmlAndTheLabelIsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgWriter().write(painter(), out, ExportMonitor.NONE);
        String svg = out.toString(StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/hostile.svg"), svg);
        assertFalse(svg.contains("<script>"), "no live script element");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(0, xml.getElementsByTagNameNS("*", "script").getLength());
        NodeList texts = xml.getElementsByTagNameNS("*", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        assertTrue(all.toString().contains("[2] " + CLEAN), all.toString());
        assertTrue(all.toString().contains("<title>&\""), "the title stays text");
        assertTrue(svg.contains("@font-face") && svg.contains("data:font/ttf;base64,"), "the font travels with the SVG");
    }

    @Test
    void pdfEmbedsTheShippedFontAndItsTextCanBeExtracted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(painter(), out, ExportMonitor.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/hostile-pdf.txt"), text);
            assertTrue(text.contains("年表"), text);
            assertTrue(text.contains("<script>alert"), text);
            assertTrue(text.contains("月のできごと"), text);
            assertTrue(text.contains("出典"), text);
            boolean embedded = false;
            for (var name : pdf.getPage(0).getResources().getXObjectNames()) {
                var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) pdf.getPage(0).getResources().getXObject(name);
                for (var fontName : form.getResources().getFontNames()) {
                    PDFont font = form.getResources().getFont(fontName);
                    embedded |= font.getName().contains("IPAexGothic") && font.isEmbedded();
                }
            }
            assertTrue(embedded, "IPAexGothic is embedded");
        }
    }

    @Test
    void csvHasABomAndQuotesWhatNeedsQuoting() throws Exception {
        StringWriter out = new StringWriter();
        EventCsv.write(catalog(), out);
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFF" + EventCsv.HEADER + "\r\n"));
        String[] rows = csv.substring(1).split("\r\n");
        assertEquals(3, rows.length, "a line break inside a label does not make a row");
        assertTrue(rows[2].contains("\"月のできごと, \"\"引用\"\" 改行\""), rows[2]);
        assertTrue(rows[1].contains("『</title><b>\"\"見出し\"\"</b> & co』2022年1月11日(火) ¶2"), rows[1]);
    }

    @Test
    void jsonAndTimelineJsParseAndKeepTheLabelAsText() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        StringWriter json = new StringWriter();
        EventJson.write(catalog(), json);
        JsonNode events = mapper.readTree(json.toString());
        assertEquals(HOSTILE, events.get(0).get("label").asText());
        assertEquals(7, events.get(0).get("sources").get(0).get("document").asInt());
        assertEquals("2022-01-11", events.get(0).get("sources").get(0).get("date").asText());

        StringWriter timelineJs = new StringWriter();
        TimelineJsJson.write(catalog(), "<i>年表</i>", "期間", ReportLanguage.JA, timelineJs);
        JsonNode tl = mapper.readTree(timelineJs.toString());
        JsonNode first = tl.get("events").get(0);
        assertTrue(first.get("text").get("headline").asText().startsWith("&lt;script&gt;alert(&quot;x&amp;y&quot;)"));
        assertFalse(first.get("text").get("text").asText().contains("<b>"), "actors are escaped HTML");
        assertEquals("&lt;i&gt;年表&lt;/i&gt;", tl.get("title").get("text").get("headline").asText());
        assertEquals("2022", tl.get("events").get(1).get("start_date").get("year").asText());
        assertFalse(tl.get("events").get(1).get("start_date").has("day"), "a month stays a month");
        assertEquals("会談", first.get("group").asText());
    }
}
