package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.ingest.DocumentReader;
import app.nenpyo.service.Cancellation;
import app.nenpyo.service.ImportPreview;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ImportReport;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureTextTest {

    private static final Messages JAPANESE = Messages.of(Language.JAPANESE);
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    @TempDir
    Path temp;

    private static String japanese(String reason) {
        return FailureText.of(new ImportReport.Failure("a.txt", reason), JAPANESE);
    }

    @Test
    void theJapaneseWindowSaysTheReasonsItKnowsInJapaneseWithTheirNumbersAndNames() {
        assertEquals("a.txt: 空のファイルです", japanese("empty file"));
        assertEquals("a.txt: テキストではなくバイナリファイルです（制御バイト 12 個）", japanese("binary file, not text (12 control bytes)"));
        assertEquals("a.txt: Shift_JIS として正しくないバイト列です（1,043 バイト目）",
                japanese("invalid Shift_JIS byte sequence at byte offset 1043"));
        assertEquals("a.txt: ファイルを読めません（権限がありません）", japanese("cannot read the file: permission denied"));
        assertEquals("a.txt: フォルダーの中を読めません（stale file handle）", japanese("cannot list the folder: stale file handle"),
                "a reason of the system it does not know stays as the system said it");
        assertEquals("a.txt: something new went wrong", japanese("something new went wrong"), "an unknown reason as it is");
        assertEquals("a.txt: empty file", FailureText.of(new ImportReport.Failure("a.txt", "empty file"), ENGLISH));
        assertEquals("/tmp/nope/x.png: 書き込めません（フォルダーがありません）",
                FailureText.ofLine("/tmp/nope/x.png: cannot write (the folder does not exist)", JAPANESE));
        assertEquals("/tmp/nope/x.png: cannot write (the folder does not exist)",
                FailureText.ofLine("/tmp/nope/x.png: cannot write (the folder does not exist)", ENGLISH));
    }

    /** The reasons as the reading code really writes them today: each is one the window knows. */
    @Test
    void everyReasonTheReaderGivesForTheseFilesIsSaidInJapanese() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("blank.txt"), " \n\n  \n", StandardCharsets.UTF_8);
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0, 4});
        Files.write(in.resolve("utf16.txt"), "東京都は２０日、新しい条例を発表しました。".getBytes(StandardCharsets.UTF_16LE));
        Files.createDirectories(in.resolve("nothing"));
        Files.write(in.resolve("invalid.txt"), new byte[] {'a', 'b', 'c', (byte) 0xFF, (byte) 0x80, (byte) 0xFE, (byte) 0x81, '\n',
                (byte) 0xC0, (byte) 0xFF, (byte) 0x80, (byte) 0xFF});
        Files.write(in.resolve("damaged-utf8.txt"), ("東京都は２０日、新しい条例を発表しました。".repeat(20) + "\uFFFF")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("damaged-utf8.txt"), new byte[] {(byte) 0xFF}, java.nio.file.StandardOpenOption.APPEND);
        try (var tooLarge = new java.io.RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            tooLarge.setLength(DocumentReader.DEFAULT_MAX_BYTES + 1); // sparse: takes no disk
        }
        try (ProjectService project = ProjectService.open(temp.resolve("p.nenpyo"))) {
            ImportPreview preview = project.preview(List.of(in.resolve("empty.txt"), in.resolve("blank.txt"), in.resolve("binary.txt"),
                    in.resolve("utf16.txt"), in.resolve("nothing"), in.resolve("missing.txt"), temp.resolve("p.nenpyo"),
                    in.resolve("invalid.txt"), in.resolve("damaged-utf8.txt"), in.resolve("huge.txt")),
                    ImportProgress.NONE, new Cancellation());

            assertEquals(10, preview.failures().size(), preview.failures().toString());
            for (ImportReport.Failure failure : preview.failures()) {
                assertSaidInJapanese(failure);
            }
        }
    }

    /** Reasons these tests cannot bring about for real (a folder inside the one imported that cannot be read, as root). */
    @Test
    void theReasonsOfFilesAndFoldersThatCannotBeReadAreSaidInJapanese() {
        for (String reason : List.of("cannot list the folder: permission denied", "cannot read: permission denied",
                "cannot read the file: input/output error", "cannot follow the link: the links make a loop",
                "file too large: 600000000 bytes, the limit is 536870912 bytes",
                "cannot detect the encoding: too little text to tell Shift_JIS from EUC-JP (detector: no answer)",
                "cannot detect the encoding: it is none of UTF-8, UTF-16 with BOM, Shift_JIS, EUC-JP, ISO-2022-JP (detector: WINDOWS-1252)",
                "invalid EUC-JP byte sequence at byte offset 12 (the text before it is EUC-JP)",
                "invalid Shift_JIS byte sequence at byte offset 40 (2 bytes)")) {
            assertSaidInJapanese(new ImportReport.Failure("sub/a.txt", reason));
        }
        assertEquals("a.txt: 文字コードを判定できません（UTF-8、BOM 付きの UTF-16、Shift_JIS、EUC-JP、ISO-2022-JP のどれでもありません）",
                japanese("cannot detect the encoding: it is none of UTF-8, UTF-16 with BOM, Shift_JIS, EUC-JP, ISO-2022-JP (detector: no answer)"));
        assertEquals("a.txt: フォルダーの中を読めません（権限がありません）", japanese("cannot list the folder: permission denied"));
        assertEquals("a.txt: ファイルが大きすぎます（600,000,000 バイト、上限 536,870,912 バイト）",
                japanese("file too large: 600000000 bytes, the limit is 536870912 bytes"), "numbers written the window's way");
    }

    /** Japanese, with no English word left in it: names of encodings (UTF-8, Shift_JIS, BOM) and extensions (.txt) are no English. */
    private static void assertSaidInJapanese(ImportReport.Failure failure) {
        String said = FailureText.of(failure, JAPANESE);
        assertTrue(said.startsWith(failure.origin() + ": "), said);
        String reason = said.substring(failure.origin().length() + 2);
        assertFalse(reason.equals(failure.reason()), "said in Japanese: " + failure.reason());
        assertTrue(reason.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA),
                "said in Japanese: " + failure.reason() + " → " + said);
        assertFalse(java.util.regex.Pattern.compile("(?<![A-Za-z_.])[a-z]{2,}").matcher(reason).find(),
                "no English word left: " + failure.reason() + " → " + said);
    }

    /** What opening a project really says when it cannot, said in Japanese with the file kept whole. */
    @Test
    void theReasonsAProjectCannotBeOpenedAreSaidInJapaneseWithTheirFile() throws Exception {
        Path text = Files.writeString(temp.resolve("notes: 2022.nenpyo"), "これはメモです。これはメモです。これはメモです。");
        Path folder = Files.createDirectories(temp.resolve("folder.nenpyo"));
        for (Path file : List.of(text, folder, temp.resolve("missing/p.nenpyo"))) {
            Exception e = assertThrows(ProjectException.class, () -> ProjectService.open(file).close());
            String said = ErrorText.oneLine(e, JAPANESE);
            assertTrue(said.startsWith(file.toAbsolutePath() + ": "), said);
            String reason = said.substring(file.toAbsolutePath().toString().length() + 2);
            assertTrue(reason.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA),
                    ErrorText.oneLine(e) + " → " + said);
            assertEquals(ErrorText.oneLine(e), ErrorText.oneLine(e, ENGLISH));
        }
        assertEquals("/p.nenpyo: 新しい版の Nenpyo で書かれたプロジェクトです（スキーマ 99、この版は 14 まで）。変更していません",
                FailureText.ofLine("/p.nenpyo: the project was written by a newer version of Nenpyo (schema 99, this version knows up to 14);"
                        + " it was left unchanged", JAPANESE));
        assertEquals("別のプロセスがプロジェクトに書き込んでいます",
                FailureText.reason("the project is being written by another process", JAPANESE));
        assertEquals("データベースのエラーです（no such table: x）", FailureText.reason("database error: no such table: x", JAPANESE));
    }
}
