package app.nenpyo.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UTF-8 text is taken without the detector once it holds a few three-byte characters: this must
 * never catch Shift_JIS or EUC-JP text, whose byte pairs can look like UTF-8 for a character or two.
 */
class Utf8ShortcutProperties {

    private static final Path FILE = Path.of("clipping.txt");
    /** Characters news text is made of: kana, common kanji, full-width digits, punctuation, ASCII. */
    private static final String ALPHABET = "カザフスタンロシアアメリカのはがをにでとした外相大統領協議会談抗議活動拘束発表今月日年"
            + "０１２３４５６７８９、。「」（）・ー abc123\n";

    private final TextDecoder decoder = new TextDecoder();

    @Provide
    Arbitrary<String> japanese() {
        return Arbitraries.of(ALPHABET.chars().mapToObj(c -> String.valueOf((char) c)).toList())
                .list().ofMinSize(12).ofMaxSize(400).map(parts -> "ニュース" + String.join("", parts) + "。");
    }

    /**
     * Read back exactly, in the encoding it was written in; or, for Shift_JIS and EUC-JP only, refused with
     * the one-line reason when the text is too little to tell the two apart (a few random characters, which
     * no prober can place): never read as another encoding.
     */
    @Property(tries = 300)
    void japaneseTextIsReadBackInTheEncodingItWasWrittenIn(@ForAll("japanese") String text,
                                                          @ForAll("encodings") String charset) {
        byte[] bytes = text.getBytes(Charset.forName(charset));
        DecodedText decoded;
        try {
            decoded = decoder.decode(FILE, bytes);
        } catch (IngestException refused) {
            assertNotEquals("UTF-8", charset, refused::getMessage);
            assertTrue(refused.getMessage().contains("too little text to tell Shift_JIS from EUC-JP"), refused::getMessage);
            return;
        }

        assertEquals(text, decoded.text());
        assertEquals(charset.equals("windows-31j") ? "Shift_JIS" : charset, decoded.encoding());
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.of("UTF-8", "windows-31j", "EUC-JP");
    }

    @Property(tries = 100)
    void utf8WithAByteOrderMarkLosesOnlyTheMark(@ForAll("japanese") String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertEquals(text, decoder.decode(FILE, bytes).text());
    }

    /** Two-byte and four-byte characters too (é, 𠮷, 😀): the decoded text is counted exactly before decoding. */
    @Property(tries = 300)
    void utf8OfEveryLengthOfCharacterIsReadBackExactly(@ForAll("japanese") String text, @ForAll("wider") String wider) {
        String mixed = text + wider + text;

        assertEquals(mixed, decoder.decode(FILE, mixed.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Provide
    Arbitrary<String> wider() {
        return Arbitraries.of("é", "ü", "©", "𠮷", "😀", "a", "。").list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
