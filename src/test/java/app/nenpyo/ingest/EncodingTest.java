package app.nenpyo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncodingTest {

    private static final Path SAMPLE = Path.of("src/test/resources/ingest/golden/kazakhstan-ukraine-2022-01-11.txt");
    private static final Path FIXTURES = Path.of("src/test/resources/ingest/encodings");
    private static final String TWO_LINES =
            "カザフスタンで今月2日、燃料価格の引き上げに端を発した抗議活動は、最大都市のアルマトイなど各地に広がった。\n"
                    + "王外相は「外部勢力の介入に反対する」と述べた。\n";

    @TempDir
    Path dir;

    private final TextDecoder decoder = new TextDecoder();

    private static String sample() throws Exception {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "the sample in {0}")
    @CsvSource({
        "UTF-8, UTF-8",
        "windows-31j, Shift_JIS",
        "Shift_JIS, Shift_JIS",
        "EUC-JP, EUC-JP",
        "ISO-2022-JP, ISO-2022-JP"
    })
    void theSampleInEachEncodingDecodesToTheSameText(String charset, String expected) throws Exception {
        String text = sample();
        DecodedText decoded = decoder.decode(Path.of("s.txt"), text.getBytes(Charset.forName(charset)));
        assertEquals(expected, decoded.encoding());
        assertEquals(text, decoded.text());
    }

    @ParameterizedTest(name = "the sample in {0} with a BOM")
    @CsvSource({
        "UTF-8, EFBBBF, UTF-8",
        "UTF-16LE, FFFE, UTF-16LE",
        "UTF-16BE, FEFF, UTF-16BE"
    })
    void theByteOrderMarkIsRemovedAndNothingElse(String charset, String bomHex, String expected) throws Exception {
        String text = sample();
        byte[] decoded = concat(hex(bomHex), text.getBytes(Charset.forName(charset)));
        DecodedText result = decoder.decode(Path.of("s.txt"), decoded);
        assertEquals(expected, result.encoding());
        assertEquals(text, result.text());
    }

    @Test
    void lineEndingsAreKeptAsTheyAre() throws Exception {
        String crlf = sample().replace("\n", "\r\n");
        String cr = sample().replace("\n", "\r");
        assertEquals(crlf, decoder.decode(Path.of("a.txt"), crlf.getBytes("windows-31j")).text());
        assertEquals(cr, decoder.decode(Path.of("a.txt"), cr.getBytes("EUC-JP")).text());
    }

    @Test
    void cp932ExtensionsDecodeInShiftJis() throws Exception {
        String text = "①㈱髙橋の発表によると、②の計画は㍻の頃から進んでいた。\nＮＥＣ選定ＩＢＭ拡張文字の「﨑」「黑」も読める。\n" + TWO_LINES;
        DecodedText decoded = decoder.decode(Path.of("cp932.txt"), text.getBytes("windows-31j"));
        assertEquals("Shift_JIS", decoded.encoding());
        assertEquals(text, decoded.text());
    }

    @Test
    void aFewShortLinesAreToldApartInShiftJisAndEucJp() throws Exception {
        String text = "東京都で雪。\n大阪で雨。\n";
        assertEquals("Shift_JIS", decoder.decode(Path.of("s.txt"), text.getBytes("windows-31j")).encoding());
        assertEquals("EUC-JP", decoder.decode(Path.of("e.txt"), text.getBytes("EUC-JP")).encoding());
        String sentence = "今日は晴れ。明日は雨。";
        assertEquals(sentence, decoder.decode(Path.of("s.txt"), sentence.getBytes("windows-31j")).text());
        assertEquals(sentence, decoder.decode(Path.of("e.txt"), sentence.getBytes("EUC-JP")).text());
    }

    /**
     * The detector's known weakness: a handful of characters give it and its probers nothing to
     * go on (it answers nothing, TIS620 or WINDOWS-1252). Bytes that only one of Shift_JIS and
     * EUC-JP can decode are still read right; bytes both can decode are refused as undetectable
     * instead of guessed.
     */
    @Test
    void aTinyTextIsReadWhenOnlyOneEncodingFitsAndRefusedWhenBothDo() throws Exception {
        String tiny = "東京都で雪。";
        DecodedText sjis = decoder.decode(Path.of("s.txt"), tiny.getBytes("windows-31j"));
        DecodedText eucJp = decoder.decode(Path.of("e.txt"), tiny.getBytes("EUC-JP"));
        assertEquals(tiny + " Shift_JIS", sjis.text() + " " + sjis.encoding());
        assertEquals(tiny + " EUC-JP", eucJp.text() + " " + eucJp.encoding());
        IngestException e = assertThrows(IngestException.class,
                () -> decoder.decode(Path.of("e.txt"), "漢字かな".getBytes("EUC-JP")));
        assertTrue(e.reason().startsWith("cannot detect the encoding: too little text to tell Shift_JIS from EUC-JP"),
                e.getMessage());
    }

    @Test
    void asciiIsReadAsAscii() {
        DecodedText decoded = decoder.decode(Path.of("a.txt"), "2022-01-11\nGeneva talks.\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("US-ASCII", decoded.encoding());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "euc-jp.txt, EUC-JP",
        "iso-2022-jp.txt, ISO-2022-JP",
        "utf-8-bom.txt, UTF-8",
        "utf-16be-bom.txt, UTF-16BE",
        "cr-only-sjis.txt, Shift_JIS"
    })
    void checkedInFixturesAreDetected(String file, String expected) throws Exception {
        FileReading reading = new DocumentReader().read(FIXTURES.resolve(file));
        assertEquals(expected, reading.encoding());
        String text = reading.documents().get(0).text();
        String expectedText = file.startsWith("cr-only") ? TWO_LINES.replace('\n', '\r') : TWO_LINES;
        assertEquals(expectedText, text);
    }

    @Test
    void aFileWrittenInShiftJisIsReadThroughTheReader() throws Exception {
        Path file = dir.resolve("sjis.txt");
        Files.write(file, sample().getBytes("windows-31j"));
        FileReading reading = new DocumentReader().read(file);
        assertEquals("Shift_JIS", reading.encoding());
        assertEquals(36, reading.documents().get(0).paragraphs().size());
    }

    private static byte[] hex(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
