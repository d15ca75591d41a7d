package app.nenpyo.ingest;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFinderTest {

    private static final LocalDate JAN_11 = LocalDate.of(2022, 1, 11);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"2024年1月1日の紙面", "2023年4月1日から全面", "2019年5月1日 東京方面", "2022年1月11日 局面"})
    void aDateBeforeAWordEndingIn面IsNoDateline(String line) {
        assertTrue(DateFinder.inHeader("https://example.jp\n\n" + line + "\n\n本文です。").isEmpty(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2022-01-11T11:53:00+0900", "2022-01-11T11:53:00+09:00", "2022-01-11", "2022/01/11", "2022.1.11",
        "2022年1月11日 10:30", "2022年1月11日(火)", "2022年1月11日（火）10時30分", "２０２２年１月１１日",
        "公開日：2022年1月11日", "更新 2022/1/11 10:30", "2022年1月11日 10時30分 配信", "Published: 2022-01-11",
        "　2022/01/11　", "2022年1月11日 付", "2022年1月11日付", "2022年1月11日 夕刊 1面", "2022年1月11日 火曜日",
        "令和4年1月11日（火） 地方版", "2022年01月11日 07時00分", "2022年1月11日 朝刊 第3面",
        "2022年1月11日 朝刊 社会面", "2022年1月11日 月曜日 スポーツ面"
    })
    void aDateLineNearTheTop(String line) {
        Optional<DocumentDate> date = DateFinder.inHeader("https://example.jp\n\n" + line + "\n\n本文です。");
        assertTrue(date.isPresent(), line);
        assertEquals(JAN_11, date.get().date());
        assertEquals(DateSource.TEXT_HEADER, date.get().source());
        assertEquals(line.strip(), date.get().evidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "協議は2022年1月11日に始まった。", "2022年1月11日、協議が始まった", "2022-02-30", "2022/13/01",
        "10:30", "第2022回", "2022年1月", "2022年1月11日 首相が会見", "令和4年1月11日、協議が始まった"
    })
    void notADateLine(String line) {
        assertFalse(DateFinder.inHeader(line + "\n本文").isPresent(), line);
    }

    @Test
    void anEraYearIsTheYearItCounts() {
        assertEquals(LocalDate.of(2019, 5, 1), DateFinder.inHeader("令和元年5月1日\n本文").orElseThrow().date());
        assertEquals(LocalDate.of(2024, 2, 29), DateFinder.inHeader("令和6年2月29日（木）\n本文").orElseThrow().date());
        assertEquals(LocalDate.of(2019, 4, 30), DateFinder.inHeader("平成31年4月30日 付\n本文").orElseThrow().date());
    }

    @Test
    void onlyTheTopOfTheTextCounts() {
        String late = "一\n\n二\n\n三\n\n四\n\n五\n\n2022/01/11\n";
        assertFalse(DateFinder.inHeader(late).isPresent());
        String far = "あ".repeat(600) + "\n2022/01/11\n";
        assertFalse(DateFinder.inHeader(far).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "kazakhstan-ukraine-2022-01-11.txt", "20220111.txt", "news_2022_01_11.html", "2022.1.11 メモ.md",
        "clip-20220111-nhk.txt"
    })
    void aDateInTheFileName(String name) {
        Optional<DocumentDate> date = DateFinder.inFileName(name);
        assertEquals(Optional.of(new DocumentDate(JAN_11, DateSource.FILE_NAME, name)), date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes-2022-02-30.txt", "id-202201111.txt", "kazakhstan.txt", "v12345678.txt"})
    void noDateInTheFileName(String name) {
        assertFalse(DateFinder.inFileName(name).isPresent(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://d1021.hatenadiary.jp/entry/2022/01/11/103000", "http://example.jp/2022/01/11/",
        "https://d1021.hatenadiary.jp/entry/20220111/1641864600", "https://news.example.jp/2022-01-11/geneva.html"
    })
    void aDateInAUrl(String url) {
        Optional<DocumentDate> date = DateFinder.inUrls("出典\n" + url + "\n本文。");
        assertEquals(Optional.of(new DocumentDate(JAN_11, DateSource.URL, url)), date);
    }

    @Test
    void noDateInUrlsWithoutOne() {
        assertFalse(DateFinder.inUrls("https://d1021.hatenadiary.com\nhttp://example.jp/2022/02/30/").isPresent());
    }

    @Test
    void isoTimestampsInUtcAreMovedToJapanTime() {
        assertEquals(Optional.of(JAN_11), DateFinder.isoTimestamp("2022-01-10T15:30:00Z"));
        assertEquals(Optional.of(JAN_11), DateFinder.isoTimestamp("2022-01-11T00:30:00+09:00"));
        assertEquals(Optional.of(JAN_11), DateFinder.isoTimestamp("2022-01-11"));
        assertEquals(Optional.empty(), DateFinder.isoTimestamp("yesterday"));
    }

    @Test
    void theReaderTakesTheHeaderLineBeforeTheFileNameBeforeTheUrl() throws Exception {
        DocumentReader reader = new DocumentReader();
        Path headed = Files.writeString(dir.resolve("memo-2021-05-05.txt"),
                "2022年1月11日\n\n本文。\nhttps://example.jp/2020/01/01/x\n", StandardCharsets.UTF_8);
        assertEquals(DateSource.TEXT_HEADER, reader.read(headed).documents().get(0).date().source());
        Path named = Files.writeString(dir.resolve("memo-2021-05-05.md"),
                "本文。\nhttps://example.jp/2020/01/01/x\n", StandardCharsets.UTF_8);
        assertEquals(LocalDate.of(2021, 5, 5), reader.read(named).documents().get(0).date().date());
        Path linked = Files.writeString(dir.resolve("memo.txt"),
                "本文。\nhttps://example.jp/2020/01/01/x\n", StandardCharsets.UTF_8);
        assertEquals(new DocumentDate(LocalDate.of(2020, 1, 1), DateSource.URL, "https://example.jp/2020/01/01/x"),
                reader.read(linked).documents().get(0).date());
    }

    @Test
    void withoutEvidenceADocumentIsUndatedNeverToday() throws Exception {
        Path file = Files.writeString(dir.resolve("memo.txt"), "協議は10日に始まった。\n", StandardCharsets.UTF_8);
        assertEquals(DocumentDate.undated(), new DocumentReader().read(file).documents().get(0).date());
    }
}
