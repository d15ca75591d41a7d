package app.nenpyo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.TextSpan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePartsTest {

    @TempDir
    Path dir;

    /**
     * The entries as they were found before an export was read in parts: the text split into
     * lines, cut at every {@code --------} line, entries of blank lines only left out.
     */
    private static List<List<String>> entriesBySplitting(String text) {
        List<List<String>> entries = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            if (line.strip().equals("--------")) {
                if (!chunk.stream().allMatch(String::isBlank)) {
                    entries.add(chunk);
                }
                chunk = new ArrayList<>();
            } else {
                chunk.add(line);
            }
        }
        if (!chunk.stream().allMatch(String::isBlank)) {
            entries.add(chunk);
        }
        return entries;
    }

    @Property(tries = 300)
    void entryRangesHoldExactlyTheLinesOfEachEntry(@ForAll("exportLike") String text) {
        List<List<String>> found = new ArrayList<>();
        for (TextSpan range : MovableTypeExport.entryRanges(text)) {
            found.add(List.of(range.of(text).split("\\r\\n|\\r|\\n", -1)));
        }
        assertEquals(entriesBySplitting(text), found);
    }

    @Provide
    Arbitrary<String> exportLike() {
        Arbitrary<String> line = Arbitraries.of("TITLE: 題", "BODY:", "-----", "--------", "  --------  ", "-------",
                "", "   ", "\u3000", "<p>協議は10日に始まった。</p>", "DATE: 01/11/2022 10:30:00");
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r");
        return Arbitraries.lazy(() -> line.list().ofMaxSize(30).flatMap(lines -> end.list().ofSize(lines.size())
                .map(ends -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < lines.size(); i++) {
                        text.append(lines.get(i)).append(ends.get(i));
                    }
                    return text.toString();
                }))).flatMap(text -> Arbitraries.of(text, text.strip(), text + "\n\n"));
    }

    private static String entry(int n, String body) {
        return "TITLE: 第" + n + "報\nDATE: 01/" + String.format("%02d", 1 + n % 28) + "/2022 10:00:00\n-----\nBODY:\n"
                + body + "\n-----\n--------\n";
    }

    @Test
    void anExportReadInPartsGivesEveryEntryOnceInOrderAsReadingItWholeDoes() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 25; n++) {
            text.append(n == 7 ? "TITLE: 壊れた\nDATE: 13/45/2022 10:00:00\n-----\nBODY:\n<p>日付が不正。</p>\n-----\n--------\n"
                    : entry(n, "<p>政府は" + n + "日、対策を発表した。</p>"));
            if (n % 5 == 0) {
                text.append("\n   \n--------\n");
            }
        }
        Path file = Files.writeString(dir.resolve("blog.export"), text.toString(), StandardCharsets.UTF_8);
        DocumentReader reader = new DocumentReader();

        FileReading whole = reader.read(file);
        FileParts parts = reader.parts(file, 120);

        assertTrue(parts.count() > 5, "cut into parts: " + parts.count());
        assertEquals(whole, parts.readAll());
        assertEquals(24, whole.documents().size());
        assertEquals(List.of(file + "#7"), whole.problems().stream().map(EntryProblem::origin).toList());
        List<String> origins = new ArrayList<>();
        int characters = 0;
        for (int i = 0; i < parts.count(); i++) {
            parts.read(i).documents().forEach(d -> origins.add(d.origin()));
            characters += parts.characters(i);
        }
        assertEquals(whole.documents().stream().map(d -> d.origin()).toList(), origins);
        assertTrue(characters > 0 && characters <= text.length(), "the parts cover the entries' characters: " + characters);
    }

    @Test
    void aTextFileOfClippingsIsCutIntoPartsOfWholeClippingsThatReadAsTheWholeFileDoes() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 20; n++) {
            text.append("見出し").append(n).append("\n2023年3月").append(n).append("日 付\n\n政府は今月").append(n)
                    .append("日、対策を発表した。\n\n――――――\n\n");
        }
        Path file = Files.writeString(dir.resolve("clippings.txt"), text.toString(), StandardCharsets.UTF_8);
        DocumentReader reader = new DocumentReader();

        FileReading whole = reader.read(file);
        FileParts parts = reader.parts(file, 100);

        assertTrue(reader.mayHoldEntries(file));
        assertTrue(parts.count() > 5, "cut into parts: " + parts.count());
        assertEquals(whole, parts.readAll());
        assertEquals(20, whole.documents().size());
        assertEquals(java.time.LocalDate.of(2023, 3, 20), whole.documents().get(19).date().date());
        assertEquals(file + "#20", whole.documents().get(19).origin());
    }

    @Test
    void aTextFileIsOnePartAndAnExportWithoutEntriesIsRefusedBeforeAnyPartIsRead() throws Exception {
        Path text = Files.writeString(dir.resolve("note-2022-01-11.txt"), "政府は10日、対策を発表した。\n", StandardCharsets.UTF_8);
        Path empty = Files.writeString(dir.resolve("empty.export"), "--------\n\n--------\n", StandardCharsets.UTF_8);
        DocumentReader reader = new DocumentReader();

        FileParts one = reader.parts(text, 1);

        assertEquals(1, one.count());
        assertEquals(reader.read(text), one.read(0));
        IngestException refused = assertThrows(IngestException.class, () -> reader.parts(empty, 1 << 20));
        assertTrue(refused.getMessage().contains("export file without entries"), refused.getMessage());
    }
}
