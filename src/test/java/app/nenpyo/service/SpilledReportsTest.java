package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.store.SavedReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpilledReportsTest {

    @TempDir
    Path temp;

    private static SavedReports reports(long id) {
        int[] days = id % 3 == 0 ? null : IntStream.range(0, (int) id % 7).map(k -> 19_000 + k * (int) id).toArray();
        int[] widerPeriods = id % 5 == 0 ? null : IntStream.range(0, (int) id % 3).flatMap(k -> IntStream.of(19_000 + k, 19_030 + k)).toArray();
        return new SavedReports(LocalDate.of(2022, 1, 1).plusDays(id), 6, ("報告" + id).repeat((int) id % 50 + 1)
                .getBytes(StandardCharsets.UTF_8), days, widerPeriods);
    }

    private static void assertSameReports(SavedReports expected, SavedReports actual) {
        assertEquals(expected.anchor(), actual.anchor());
        assertEquals(expected.format(), actual.format());
        assertArrayEquals(expected.bytes(), actual.bytes());
        assertArrayEquals(expected.reportDays(), actual.reportDays());
        assertArrayEquals(expected.widerPeriods(), actual.widerPeriods());
    }

    @Test
    void reportsReadBackAsTheyWereReadEachOnceWhoeverAsksAndTheFileGoesOnClose() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        try (SpilledReports spilled = new SpilledReports(temp)) {
            assertTrue(spilled.isEmpty());
            assertNull(spilled.get(1L));
            try (Stream<Path> files = Files.list(temp)) {
                assertEquals(0, files.count(), "no file before the first document is read again");
            }
            // every document asked for by two threads at once
            IntStream.range(0, 400).parallel().forEach(k -> {
                long id = k / 2;
                SavedReports got = spilled.readOnce(id, key -> {
                    reads.incrementAndGet();
                    return reports(key);
                });
                assertSameReports(reports(id), got);
            });
            assertEquals(200, reads.get(), "each document read once");
            assertEquals(200, spilled.size());
            assertTrue(spilled.containsKey(7L));
            assertFalse(spilled.containsKey(200L));
            assertNull(spilled.get(0L).reportDays(), "days not known stay unknown");
            assertArrayEquals(new int[0], spilled.get(7L).reportDays(), "no days is not unknown days");
            Map<Long, SavedReports> copied = new HashMap<>(spilled);
            assertEquals(spilled.keySet(), copied.keySet());
            copied.forEach((id, saved) -> assertSameReports(reports(id), saved));
            SavedReports kept = spilled.readOnce(5L, key -> {
                throw new AssertionError("read again");
            });
            assertSameReports(reports(5), kept);
        }
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(), files.toList(), "the file is deleted");
        }
    }

    @Test
    void aDocumentReadAfterTheCloseIsRefusedAndLeavesNoFile() throws IOException {
        SpilledReports spilled = new SpilledReports(temp);
        spilled.close();
        assertThrows(IllegalStateException.class, () -> spilled.readOnce(1, SpilledReportsTest::reports));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void withNoFileToBeMadeTheReportsAreKeptInMemory() {
        try (SpilledReports spilled = new SpilledReports(temp.resolve("no such folder"))) {
            for (long id = 0; id < 20; id++) {
                assertSameReports(reports(id), spilled.readOnce(id, SpilledReportsTest::reports));
            }
            assertEquals(20, spilled.size());
            new HashMap<>(spilled).forEach((id, saved) -> assertSameReports(reports(id), saved));
        }
    }

    @Test
    void aDocumentForgottenIsReadAgainWhenAskedForNext() {
        for (Path directory : List.of(temp, temp.resolve("no such folder"))) {
            try (SpilledReports spilled = new SpilledReports(directory)) {
                spilled.readOnce(3, SpilledReportsTest::reports);
                spilled.readOnce(4, SpilledReportsTest::reports);

                spilled.forget(3);

                assertFalse(spilled.containsKey(3L));
                assertNull(spilled.get(3L));
                assertEquals(Set.of(4L), spilled.keySet());
                assertSameReports(reports(10), spilled.readOnce(3, key -> reports(10)));
                assertSameReports(reports(10), spilled.get(3L));
                assertSameReports(reports(4), spilled.get(4L));
            }
        }
    }

    @Test
    void theReportsReadNowAreHandedBackAsTheyAre() {
        SavedReports read = reports(4);
        try (SpilledReports spilled = new SpilledReports(temp)) {
            assertSame(read, spilled.readOnce(4, key -> read));
            assertEquals(Set.of(4L), spilled.keySet());
        }
    }
}
