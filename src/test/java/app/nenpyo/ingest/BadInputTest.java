package app.nenpyo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad input gives one line that names the file and the reason. */
class BadInputTest {

    private static final Path FIXTURES = Path.of("src/test/resources/ingest/encodings");

    @TempDir
    Path dir;

    private static void assertOneLine(IngestException e, Path file, String reasonStart) {
        assertEquals(file, e.file());
        assertTrue(e.reason().startsWith(reasonStart), e.reason());
        assertEquals(file + ": " + e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
    }

    @Test
    void aMissingPath() {
        Path missing = dir.resolve("nowhere/記事.txt");
        assertOneLine(assertThrows(IngestException.class, () -> FileCollector.collect(missing)), missing,
                "no such file or folder");
        assertOneLine(assertThrows(IngestException.class, () -> new DocumentReader().read(missing)), missing,
                "no such file");
    }

    @Test
    void aFolderWithoutSupportedFiles() throws Exception {
        Files.writeString(dir.resolve("photo.png"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "隠しファイル");
        IngestException e = assertThrows(IngestException.class, () -> FileCollector.collect(dir));
        assertOneLine(e, dir, "the folder holds no supported files (.export, .htm, .html, .md, .text, .txt, .xhtml)");
    }

    @Test
    void aBinaryFileRenamedTxt() {
        Path png = FIXTURES.resolve("picture.txt");
        assertOneLine(assertThrows(IngestException.class, () -> new DocumentReader().read(png)), png,
                "binary file, not text (NUL byte at byte offset 8)");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefusedSayingWhatToDo() throws Exception {
        // 一 (U+4E00) and the ideographic space (U+3000) have a zero byte too, on the other side
        String text = "2022年1月11日\n一　ロシアと米国が協議した。\n";
        for (var encoding : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = Files.write(dir.resolve("u16-" + encoding.name() + ".txt"), text.getBytes(encoding));
            assertOneLine(assertThrows(IngestException.class, () -> new DocumentReader().read(file)), file,
                    "looks like UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 with a byte-order mark");
        }
    }

    @Test
    void anEmptyFileAndAWhitespaceFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertOneLine(assertThrows(IngestException.class, () -> new DocumentReader().read(empty)), empty, "empty file");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\u3000\r\n", StandardCharsets.UTF_8);
        assertOneLine(assertThrows(IngestException.class, () -> new DocumentReader().read(blank)), blank,
                "no text (only whitespace)");
    }

    /**
     * One bad byte in UTF-8 makes the detector give up on UTF-8; the file is still reported as
     * broken UTF-8 with the offset, not decoded silently as Shift_JIS or Latin-1.
     */
    @Test
    void anInvalidByteInAUtf8File() throws Exception {
        Path file = FIXTURES.resolve("invalid-utf-8.txt");
        IngestException e = assertThrows(IngestException.class, () -> new DocumentReader().read(file));
        assertOneLine(e, file, "invalid UTF-8 byte sequence at byte offset 28");

        byte[] bytes = "協議は10日にジュネーブで始まった。".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xC0;
        Path truncated = Files.write(dir.resolve("truncated.txt"), bytes);
        IngestException e2 = assertThrows(IngestException.class, () -> new DocumentReader().read(truncated));
        assertOneLine(e2, truncated, "invalid UTF-8 byte sequence at byte offset " + (bytes.length - 3));
    }

    @Test
    void anInvalidSequenceInADetectedEncodingNamesItAndTheOffset() throws Exception {
        String text = "カザフスタンで今月2日、燃料価格の引き上げに端を発した抗議活動は各地に広がった。\n".repeat(20);
        byte[] bytes = text.getBytes("EUC-JP");
        bytes[bytes.length - 3] = (byte) 0xA1;
        bytes[bytes.length - 2] = (byte) 0x0A;
        Path file = Files.write(dir.resolve("euc.txt"), bytes);
        IngestException e = assertThrows(IngestException.class, () -> new DocumentReader().read(file));
        assertOneLine(e, file, "invalid EUC-JP byte sequence at byte offset " + (bytes.length - 3));
    }

    @Test
    void anInvalidByteInAShiftJisFileNamesShiftJisAndTheOffset() throws Exception {
        byte[] bytes = "ロシアは9日、米国の圧力に屈して譲歩することはないと表明した。\n".repeat(10).getBytes("windows-31j");
        int at = bytes.length - 5;
        bytes[at] = (byte) 0xFD;
        Path file = Files.write(dir.resolve("sjis.txt"), bytes);
        IngestException e = assertThrows(IngestException.class, () -> new DocumentReader().read(file));
        assertOneLine(e, file, "invalid Shift_JIS byte sequence at byte offset " + at);
    }

    @Test
    void aFileOverTheSizeLimit() throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), "あ".repeat(400), StandardCharsets.UTF_8);
        IngestException e = assertThrows(IngestException.class, () -> new DocumentReader(1000).read(file));
        assertOneLine(e, file, "file too large: 1200 bytes, the limit is 1000 bytes");
        assertEquals(1, new DocumentReader(1200).read(file).documents().size());
    }

    @Test
    void anExportWithOneBrokenEntryGivesTheOthersAndOneProblem() {
        Path file = Path.of("src/test/resources/ingest/golden/hatena-export.txt");
        FileReading reading = new DocumentReader().read(file);
        assertEquals(List.of(file + "#1", file + "#3"),
                reading.documents().stream().map(d -> d.origin()).toList());
        assertEquals(List.of(new EntryProblem(file + "#2", "invalid DATE: 02/30/2022 09:00:00 (entry \"北京五輪の開会式\")")),
                reading.problems());
    }

    @Test
    void aFolderIsNotReadAsAFile() {
        IngestException e = assertThrows(IngestException.class, () -> new DocumentReader().read(dir));
        assertOneLine(e, dir, "not a regular file");
    }

    @Test
    void aFileThatCannotBeReadSaysWhyInWords() throws Exception {
        Path locked = Files.writeString(dir.resolve("noperm.txt"), "本文");
        org.junit.jupiter.api.Assumptions.assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
                "this user reads every file (root)");
        IngestException e = assertThrows(IngestException.class, () -> new DocumentReader().read(locked));
        assertEquals(locked + ": cannot read the file: permission denied", e.getMessage());
    }

    @Test
    void aReadThatFailsSaysWhyWithoutAJavaClassName() {
        // reading the start of a process's own memory fails, for root too (Linux: EIO)
        Path memory = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(memory), "a Linux /proc");
        IngestException e = assertThrows(IngestException.class, () -> new DocumentReader().read(memory));
        assertEquals(memory + ": cannot read the file: input/output error", e.getMessage());
    }
}
