package app.nenpyo.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo sample shipped in assets/, copied where a test wants it (its file name carries its
 * date), and a small blog export of two dated entries.
 */
public final class SampleFiles {

    public static final String NAME = "kazakhstan-ukraine-2022-01-11.txt";

    private SampleFiles() {
    }

    public static Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.copy(Path.of("assets", "samples", NAME), folder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes a Movable Type export of two entries, dated 2022-01-11 and 2022-03-02 in their DATE
     * lines, each with one relative date (10日, 来月4日).
     */
    public static Path writeBlogExport(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, String.join("\n",
                "AUTHOR: d1021", "TITLE: 拘束者8000人に", "STATUS: Publish", "DATE: 01/11/2022 10:30:00", "-----",
                "BODY:", "<p>内務省は10日、およそ8000人を拘束したと発表しました。</p>", "-----", "--------",
                "AUTHOR: d1021", "TITLE: 開会式", "STATUS: Publish", "DATE: 03/02/2022 08:00:00", "-----",
                "BODY:", "<p>大統領は来月4日の式典に出席する。</p>", "-----", "--------", ""), StandardCharsets.UTF_8);
    }

    /**
     * Writes a Movable Type export of {@code entries} entries, entry N dated 1 + N % 28 January 2022
     * in its DATE line and reporting two things that day; after entry {@code brokenAfter} (0 for
     * none) comes one with an impossible DATE, which the import reports on its own.
     */
    public static Path writeManyEntryExport(Path file, int entries, int brokenAfter) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= entries; i++) {
            int day = 1 + i % 28;
            lines.addAll(List.of("TITLE: 第" + i + "報", String.format("DATE: 01/%02d/2022 10:00:00", day), "-----", "BODY:",
                    "<p>政府は" + day + "日、第" + i + "次の対策を発表しました。</p><p>外相は" + day + "日、ジュネーブで会談しました。</p>",
                    "-----", "--------"));
            if (i == brokenAfter) {
                lines.addAll(List.of("TITLE: 壊れた", "DATE: 13/45/2022 10:00:00", "-----", "BODY:", "<p>日付が不正。</p>", "-----", "--------"));
            }
        }
        return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
