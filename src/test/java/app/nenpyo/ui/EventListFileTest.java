package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.export.EventListFormat;
import app.nenpyo.export.ExportMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event list written to a file: the events wanted, in the project's order, whole or not at all. */
class EventListFileTest {
    @TempDir
    Path temp;

    private final InMemoryProject project = new InMemoryProject();

    @BeforeEach
    void project() {
        project.add(7, "記事", "見出し\n\n米ロは10日、協議した。", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 13)));
        for (int day = 1; day <= 9; day++) {
            EventSource source = new EventSource("hash7", OptionalLong.empty(), "src-" + day, 2, new TextSpan(5, 15),
                    new TextSpan(5, 15), new TextSpan(8, 11), day + "日", "");
            project.addEvent(new Event("ev-" + day, TimeValue.day(LocalDate.of(2022, 1, day)), "協議" + day,
                    List.of(new Actor("country:ロシア", "ロシア", ActorKind.COUNTRY, "", "ロシア", List.of())), "", EventCategory.MEETING,
                    List.of(source), List.of(), false));
        }
    }

    @Test
    void writesTheEventsWantedInTheProjectsOrder() throws Exception {
        Path file = temp.resolve("events.tsv");
        int written = new EventListFile(project).write(file, EventListFormat.TSV, List.of("ev-2", "ev-5", "ev-7"), ExportMonitor.NONE);
        assertEquals(3, written);
        assertEquals(List.of("id\tstart\tend\tlabel\tactors\tplace\texpressions\tsources",
                "ev-2\t2022-01-02\t2022-01-02\t協議2\tロシア\t\t2日\t7:2:5-15",
                "ev-5\t2022-01-05\t2022-01-05\t協議5\tロシア\t\t5日\t7:2:5-15",
                "ev-7\t2022-01-07\t2022-01-07\t協議7\tロシア\t\t7日\t7:2:5-15"), Files.readAllLines(file));
    }

    @Test
    void readsTheEventsWantedAndNoOther() throws Exception {
        int before = project.eventsRead();
        new EventListFile(project).write(temp.resolve("two.tsv"), EventListFormat.TSV, List.of("ev-4", "ev-gone", "ev-8"),
                ExportMonitor.NONE);
        assertEquals(3, project.eventsRead() - before, "the three asked for, not the nine of the project");
        assertEquals(List.of("ev-4", "ev-8"), Files.readAllLines(temp.resolve("two.tsv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf('\t'))).toList());
    }

    @Test
    void aCsvFileTellsASpreadsheetItIsUtf8AndTheOtherFormatsAreTheCommandsBytes() throws Exception {
        Path csv = temp.resolve("events.csv");
        new EventListFile(project).write(csv, EventListFormat.CSV, List.of("ev-2"), ExportMonitor.NONE);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "UTF-8's byte-order mark, which Excel needs to read Japanese");
        assertTrue(new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("id,start,end,label,actors,place,category,expressions,sources\r\n"), "then the command's CSV");
        for (EventListFormat other : List.of(EventListFormat.TSV, EventListFormat.JSON)) {
            Path file = temp.resolve("events." + other.extension());
            new EventListFile(project).write(file, other, List.of("ev-2"), ExportMonitor.NONE);
            assertEquals(other == EventListFormat.TSV ? 'i' : '[', Files.readString(file).charAt(0), other + " has no mark");
        }
    }

    @Test
    void aFailureAtTheLastMomentLeavesTheFileThatWasThere() throws Exception {
        Path file = temp.resolve("events.json");
        Files.writeString(file, "[]\n");
        ExportMonitor failingAtTheEnd = new ExportMonitor(fraction -> {
            if (fraction == 1) {
                throw new IllegalStateException("the disk went away");
            }
        }, () -> false);
        assertThrows(IllegalStateException.class,
                () -> new EventListFile(project).write(file, EventListFormat.JSON, List.of("ev-1"), failingAtTheEnd));
        assertEquals("[]\n", Files.readString(file));
        assertEquals(List.of(file), Files.list(temp).toList(), "no partial file left");
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidAsTheCommandLineSaysIt() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("events.csv"));
        java.io.IOException failure = assertThrows(java.io.IOException.class,
                () -> new EventListFile(project).write(folder, EventListFormat.CSV, List.of("ev-1"), ExportMonitor.NONE));
        assertEquals(folder + ": cannot write (it is a folder)", failure.getMessage());
        assertEquals(List.of(folder), Files.list(temp).toList());
    }
}
