package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.events.ReportCodec;
import app.nenpyo.store.CorrectedReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newer extractor reads an expression longer than the one before it (先週の6日, where 6日 was read
 * alone), so the report gets another source id; what the analyst decided under the old one goes
 * with it. The older reading is made in the file: the stored event's source gets the id and the
 * narrower span that reading gave (and its event another fingerprint), the corrections move under
 * that id, and the saved reports are marked as of the format before, as a project of the version
 * before would have them.
 */
class CorrectionsFollowTheirReportTest {
    private static final String POST = """
            2022年1月11日

            政府は先週の6日、新たな対策を発表した。

            日銀は10日、金融政策決定会合を開いた。
            """;
    private static final String OLD_ID = "ev-00000000000000aa";

    @TempDir
    Path temp;

    private static Event withExpression(ProjectService project, String expression) {
        return project.events().stream()
                .filter(e -> e.sources().stream().anyMatch(s -> s.expressionText().equals(expression)))
                .findFirst().orElseThrow(() -> new AssertionError("no event of " + expression + " in " + project.events()));
    }

    /** The project as the extractor before would have left it: the report of 先週の6日 read from 6日 alone. */
    private static void readByTheExtractorBefore(Path file, String sourceId, String... tables) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE event_sources SET id = ?, expression_start = expression_start + 3 WHERE id = ?")) {
                ps.setString(1, OLD_ID);
                ps.setString(2, sourceId);
                assertEquals(1, ps.executeUpdate());
            }
            // what the event was made of then, as its fingerprint says: not what this reading makes
            assertEquals(1, s.executeUpdate("UPDATE events SET fingerprint = 'read before' WHERE number IN"
                    + " (SELECT event FROM event_sources WHERE id = '" + OLD_ID + "')"));
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET source_id = ? WHERE source_id = ?")) {
                    ps.setString(1, OLD_ID);
                    ps.setString(2, sourceId);
                    assertEquals(1, ps.executeUpdate(), table);
                }
            }
            s.executeUpdate("UPDATE document_reports SET format = " + (ReportCodec.FORMAT - 1));
        }
    }

    @Test
    void aLabelADateAndASettingAsideReachTheReportReadLonger() throws Exception {
        Path post = Files.writeString(temp.resolve("post.txt"), POST);
        Path file = temp.resolve("p.nenpyo");
        String sourceId;
        try (ProjectService p = ProjectService.open(file)) {
            p.importFiles(List.of(post), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            Event measures = withExpression(p, "先週の6日");
            sourceId = measures.sources().get(0).sourceId();
            p.setEventLabel(measures.id(), "政府が対策を発表（分析者）");
            p.setEventDate(measures.id(), Optional.of(TimeValue.day(LocalDate.of(2022, 1, 5))));
            p.setEventBackground(withExpression(p, "先週の6日").id(), true);
        }
        readByTheExtractorBefore(file, sourceId, "event_labels", "event_dates", "event_overrides");

        try (ProjectService p = ProjectService.open(file)) {
            Event measures = withExpression(p, "先週の6日");
            assertEquals(sourceId, measures.sources().get(0).sourceId(), "the report as this extractor names it");
            assertEquals("政府が対策を発表（分析者）", measures.label());
            assertEquals(TimeValue.day(LocalDate.of(2022, 1, 5)), measures.time());
            assertTrue(measures.background());
            Event meeting = withExpression(p, "10日");
            assertFalse(meeting.background(), "the other report of the document took nothing");
            assertEquals(LocalDate.of(2022, 1, 10), meeting.time().start());
            assertEquals(p.events(), rebuiltFromEveryDay(p), "what a whole merge gives");
        }
    }

    private static List<Event> rebuiltFromEveryDay(ProjectService p) {
        p.rebuildEvents();
        return p.events();
    }

    @Test
    void aReportTakenOutOfItsEventAndAJoinReachTheReportReadLonger() throws Exception {
        Path first = Files.writeString(temp.resolve("first.txt"), POST);
        Path second = Files.writeString(temp.resolve("second.txt"), """
                2022年1月11日

                政府は今月6日、新たな対策を発表した。
                """);
        Path file = temp.resolve("p.nenpyo");
        String sourceId;
        try (ProjectService p = ProjectService.open(file)) {
            p.importFiles(List.of(first, second), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            Event measures = withExpression(p, "先週の6日");
            assertEquals(2, measures.sources().size(), "both posts report the measures: " + measures);
            sourceId = measures.sources().stream().filter(s -> s.expressionText().equals("先週の6日")).findFirst()
                    .orElseThrow().sourceId();
            p.keepApart(measures.id(), sourceId);
            assertEquals(1, withExpression(p, "先週の6日").sources().size());
            p.join(withExpression(p, "先週の6日").id(), withExpression(p, "10日").id());
        }
        readByTheExtractorBefore(file, sourceId, "event_kept_apart", "event_joins");

        try (ProjectService p = ProjectService.open(file)) {
            Event measures = withExpression(p, "先週の6日");
            assertEquals(List.of(sourceId), measures.sources().stream().filter(s -> s.expressionText().equals("先週の6日"))
                    .map(EventSource::sourceId).toList(), "the report as this extractor names it");
            assertTrue(measures.sources().stream().noneMatch(s -> s.expressionText().equals("今月6日")),
                    "still apart from the other post's report: " + measures);
            assertTrue(measures.sources().stream().anyMatch(s -> s.expressionText().equals("10日")),
                    "still joined with the meeting: " + measures);
        }
    }

    @Test
    void theSuccessorIsTheReportOfTheSameSentenceOverlappingTheMost() {
        TextSpan sentence = new TextSpan(10, 40);
        CorrectedReport old = new CorrectedReport(1, OLD_ID, sentence, new TextSpan(16, 18));
        EventSource longer = source("ev-1", sentence, new TextSpan(13, 18));
        EventSource other = source("ev-2", sentence, new TextSpan(25, 28));
        EventSource elsewhere = source("ev-3", new TextSpan(40, 60), new TextSpan(16, 18));
        EventSource touching = source("ev-4", sentence, new TextSpan(18, 20));

        assertEquals(Optional.of(longer), CorrectionsCarrier.successor(old, List.of(other, elsewhere, touching, longer)));
        assertEquals(Optional.empty(), CorrectionsCarrier.successor(old, List.of(other, elsewhere, touching)),
                "no report overlapping it in its sentence: the corrections stay where they are");
    }

    private static EventSource source(String id, TextSpan sentence, TextSpan expression) {
        return new EventSource("key", OptionalLong.of(1), id, 1, sentence, sentence, expression, "6日", "");
    }
}
