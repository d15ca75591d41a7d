package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.JapaneseTokens;
import app.nenpyo.nlp.Token;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReportCodecTest {

    @Test
    void theSampleReportsComeBackEqualWithTheirDocumentId() throws Exception {
        DocumentInput sample = Articles.article(Articles.resource("kazakhstan-ukraine-2022-01-11.txt"),
                LocalDate.of(2022, 1, 11));
        DocumentReports read = new EventPipeline().analyse(sample);
        assertTrue(read.reports().size() >= 12, "the sample has at least a dozen dated clauses");

        DocumentReports again = ReportCodec.decode(ReportCodec.encode(read), OptionalLong.of(42));

        assertEquals(withDocumentId(read, 42), again);
        assertEquals(OptionalLong.of(42), again.reports().get(0).source().documentId());
    }

    /**
     * The saved bytes are the same in every run: the content words keep the order they are read
     * in (they were a set copied with {@code Set.copyOf}, whose order changes from one JVM to the
     * next, and every document's saved reports differed between two imports).
     */
    @Test
    void contentWordsKeepTheirReadingOrderSoTheSavedBytesAreTheSameInEveryRun() throws Exception {
        DocumentInput sample = Articles.article(Articles.resource("kazakhstan-ukraine-2022-01-11.txt"),
                LocalDate.of(2022, 1, 11));
        DocumentReports read = new EventPipeline().analyse(sample);
        String text = sample.document().text();

        for (Report r : read.reports()) {
            List<String> words = List.copyOf(r.contentWords());
            TextSpan sentence = r.source().sentence();
            int matched = 0;
            for (Token t : JapaneseTokens.of(sentence.of(text))) {
                if (matched < words.size() && t.baseForm().equals(words.get(matched))) {
                    matched++;
                }
            }
            assertEquals(words.size(), matched, words + " come in the order of " + sentence.of(text));
        }
        assertEquals(Arrays.toString(ReportCodec.encode(read)), Arrays.toString(ReportCodec.encode(
                ReportCodec.decode(ReportCodec.encode(read), OptionalLong.empty()))), "decoded and encoded again, the same bytes");
    }

    @Test
    void theActorsAndStartDaysAreReadWithoutTheReportsAsTheWholeReadingGivesThem() throws Exception {
        DocumentInput sample = Articles.article(Articles.resource("kazakhstan-ukraine-2022-01-11.txt"),
                LocalDate.of(2022, 1, 11));
        DocumentReports read = new EventPipeline().analyse(sample);

        DocumentActors actors = ReportCodec.decodeActors(ReportCodec.encode(read));

        DocumentActors expected = DocumentActors.of(read);
        assertEquals(expected.documentKey(), actors.documentKey());
        assertEquals(expected.actors(), actors.actors());
        assertEquals(java.util.Arrays.toString(expected.reportStartDays()), java.util.Arrays.toString(actors.reportStartDays()));
        assertEquals(read.reports().size(), actors.reportCount());
        assertTrue(actors.actors().size() > 5, "the sample names many actors");
    }

    @Test
    void mergingStoredReportsGivesTheSameEventsAsMergingFreshOnes() throws Exception {
        DocumentInput sample = Articles.article(Articles.resource("kazakhstan-ukraine-2022-01-11.txt"),
                LocalDate.of(2022, 1, 11));
        EventPipeline pipeline = new EventPipeline();
        DocumentReports read = pipeline.analyse(sample);

        DocumentReports stored = ReportCodec.decode(ReportCodec.encode(read), OptionalLong.empty());

        assertEquals(pipeline.combine(List.of(read)), pipeline.combine(List.of(stored)));
    }

    @Test
    void storedReportsTakeLessRoomThanTheTextTheyWereReadFrom() throws Exception {
        String text = Articles.resource("kazakhstan-ukraine-2022-01-11.txt");
        DocumentReports read = new EventPipeline().analyse(Articles.article(text, LocalDate.of(2022, 1, 11)));
        int bytes = ReportCodec.encode(read).length;
        int textBytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        // not deflated (decision 0024): a third of the sample's sentences are dated, each keeping its
        // label, spans, actors and content words once per document
        assertTrue(bytes < textBytes * 3 / 5, bytes + " bytes of reports for " + textBytes + " bytes of text");
    }

    @Test
    void bytesOfAnotherFormatAreRefusedNotMisread() {
        byte[] bytes = ReportCodec.encode(new DocumentReports("k", List.of(report("a", List.of())), List.of()));
        byte[] older = bytes.clone();
        older[0] = (byte) (ReportCodec.FORMAT + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportCodec.decode(older, OptionalLong.empty()));
        assertTrue(e.getMessage().contains("format"), e.getMessage());
        assertEquals(ReportCodec.FORMAT + 1, ReportCodec.formatOf(older));
    }

    @Test
    void truncatedOrExtendedBytesAreRefused() {
        byte[] bytes = ReportCodec.encode(new DocumentReports("k", List.of(report("a", List.of("協議"))), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> ReportCodec.decode(Arrays.copyOf(bytes, bytes.length - 3), OptionalLong.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> ReportCodec.decode(Arrays.copyOf(bytes, bytes.length + 1), OptionalLong.empty()));
    }

    /** Not deflated, the bytes carry a checksum instead: any one bit changed is found, not decoded into other reports. */
    @Test
    void damagedBytesAreRefusedWhereverTheDamageIs() throws Exception {
        byte[] bytes = ReportCodec.encode(new EventPipeline().analyse(
                Articles.article(Articles.resource("kazakhstan-ukraine-2022-01-11.txt"), LocalDate.of(2022, 1, 11))));
        for (int at = 1; at < bytes.length; at++) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= (byte) (1 << (at % 8));
            int position = at;
            assertThrows(IllegalArgumentException.class, () -> ReportCodec.decode(damaged, OptionalLong.empty()),
                    "a bit changed at byte " + position);
        }
        byte[] hugeCount = new app.nenpyo.codec.ByteWriter(8).varint(2_000_000_000).checksummed(ReportCodec.FORMAT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportCodec.decodeActors(hugeCount));
        assertTrue(e.getMessage().contains("a count of 2000000000"), "refused, not an array of billions: " + e.getMessage());
    }

    @Property(tries = 300)
    void anyReportsComeBackEqual(@ForAll("documents") DocumentReports document) {
        assertEquals(document, ReportCodec.decode(ReportCodec.encode(document), OptionalLong.empty()));
    }

    @Property(tries = 300)
    void aWindowOfDaysGivesTheReportsStartingInItAtTheirPositions(@ForAll("documents") DocumentReports document,
                                                                   @ForAll @IntRange(min = -800_000, max = 2_900_000) int fromDay,
                                                                   @ForAll @IntRange(min = 0, max = 2_000_000) int days) {
        byte[] bytes = ReportCodec.encode(document);
        WindowReports window = ReportCodec.decodeWindow(bytes, OptionalLong.of(7), fromDay, fromDay + days);

        WindowReports expected = WindowReports.of(withDocumentId(document, 7), fromDay, fromDay + days);
        assertEquals(expected, window);
        for (int k = 0; k < window.reports().size(); k++) {
            assertEquals(withDocumentId(document, 7).reports().get(window.positions()[k]), window.reports().get(k));
        }
    }

    @Test
    void aWindowOfTheSampleHoldsOnlyItsDays() throws Exception {
        DocumentInput sample = Articles.article(Articles.resource("kazakhstan-ukraine-2022-01-11.txt"),
                LocalDate.of(2022, 1, 11));
        DocumentReports read = new EventPipeline().analyse(sample);
        int tenth = Math.toIntExact(LocalDate.of(2022, 1, 10).toEpochDay());

        WindowReports window = ReportCodec.decodeWindow(ReportCodec.encode(read), OptionalLong.empty(), tenth, tenth + 1);

        List<Report> tenthReports = read.reports().stream().filter(r -> r.time().start().equals(LocalDate.of(2022, 1, 10))).toList();
        assertTrue(tenthReports.size() >= 3, "the sample reports several happenings of 10 January");
        assertEquals(tenthReports, window.reports());
        assertEquals(read.actors(), window.actors());
    }

    @Provide
    Arbitrary<DocumentReports> documents() {
        Arbitrary<String> texts = Arbitraries.strings().ofMaxLength(30)
                .withChars("王毅外相がジュネーブで協議ロシアabc 「」、。\t\n😀");
        Arbitrary<ActorMention> mentions = Combinators.combine(texts, Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 500), Arbitraries.of(ActorKind.class), texts, texts, texts)
                .as((s, start, length, kind, name, title, reason) -> new ActorMention(s, new TextSpan(start, start + length),
                        kind, name, name + "国", title, title, reason));
        Arbitrary<TimeValue> times = Combinators.combine(Arbitraries.integers().between(-800_000, 2_900_000),
                Arbitraries.integers().between(0, 4000), Arbitraries.of(Granularity.class),
                Arbitraries.integers().between(-1, 1439), Arbitraries.of(TimeValue.Openness.class))
                .as((day, days, granularity, minute, openness) -> new TimeValue(LocalDate.ofEpochDay(day),
                        LocalDate.ofEpochDay((long) day + days), granularity,
                        minute < 0 ? null : LocalTime.ofSecondOfDay(minute * 60L), minute < 0 ? null : LocalTime.of(23, 59),
                        openness));
        Arbitrary<Report> reports = Combinators.combine(texts, times, Arbitraries.of(EventCategory.class),
                mentions.list().ofMaxSize(4), mentions.optional(), mentions.optional(), texts.list().ofMaxSize(3),
                texts.list().uniqueElements().ofMaxSize(6))
                .as((label, time, category, actors, subject, place, heads, words) -> new Report(
                        new EventSource("key", OptionalLong.empty(), "ev-" + label.hashCode(), label.length() + 1,
                                new TextSpan(3, 90), new TextSpan(3, 40), new TextSpan(5, 8), label, heads.isEmpty() ? "" : "header"),
                        // the generator combines at most eight values: the object is taken from the label
                        time, label, category, actors, subject, place, heads, words, label.isEmpty() ? "" : label.substring(label.length() / 2)));
        return Combinators.combine(reports.list().ofMaxSize(6), mentions.list().ofMaxSize(6))
                .as((r, a) -> new DocumentReports("key", r, a));
    }

    private static Report report(String label, List<String> words) {
        ActorMention wang = new ActorMention("王毅外相", new TextSpan(10, 14), ActorKind.PERSON, "王毅", "王毅", "外相", "中国", "");
        return new Report(new EventSource("k", OptionalLong.empty(), "ev-1", 3, new TextSpan(0, 40), new TextSpan(0, 20),
                new TextSpan(2, 5), "10日", ""), TimeValue.day(LocalDate.of(2022, 1, 10)), label, EventCategory.MEETING,
                List.of(wang), Optional.of(wang), Optional.empty(), List.of("電話会談"), words, "");
    }

    private static DocumentReports withDocumentId(DocumentReports d, long id) {
        return new DocumentReports(d.documentKey(), d.reports().stream().map(r -> {
            EventSource s = r.source();
            return new Report(new EventSource(s.documentKey(), OptionalLong.of(id), s.sourceId(), s.paragraph(), s.sentence(),
                    s.clause(), s.expression(), s.expressionText(), s.background()), r.time(), r.label(), r.category(),
                    r.actors(), r.subject(), r.place(), r.headWords(), r.contentWords(), r.object());
        }).toList(), d.actors());
    }
}
