package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.timeline.TimelineItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source pane's rows on the real sample: every source paragraph, its document, the marks. */
class SourcesViewModelTest {
    private static final Path SAMPLE = Path.of("assets/samples/kazakhstan-ukraine-2022-01-11.txt");

    @TempDir
    Path directory;

    @Test
    void theGenevaTalksEventShowsItsThreeSourceParagraphsWithTheDateAndTheActorsMarked() throws Exception {
        try (WindowViewModel window = new WindowViewModel(
                ServiceProjectGateway.open(directory.resolve("demo.nenpyo")), new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE))) {
            window.load();
            window.imports().start(List.of(SAMPLE), java.util.Map.of());
            List<EventSummary> events = window.timeline().events();
            int geneva = IntStream.range(0, events.size())
                    .filter(i -> events.get(i).sources().stream().anyMatch(s -> s.paragraph() == 26))
                    .findFirst().orElseThrow();

            window.timeline().select((long) geneva);

            List<SourceRow> rows = window.sources().rows();
            assertEquals(List.of(26, 30, 31), rows.stream().map(SourceRow::paragraph).toList(), () -> rows.toString());
            String title = window.documents().rows().get(0).title();
            for (SourceRow row : rows) {
                assertEquals(title, row.documentTitle());
                assertEquals("2022年1月11日(火)", row.documentDate());
                assertEquals(List.of("10日"), row.text().runs().stream().filter(Highlighted.Run::hit).map(Highlighted.Run::text).toList(),
                        () -> "¶" + row.paragraph() + ": " + row.text().runs());
                assertTrue(row.where().contains("¶" + row.paragraph()), row.where());
            }
            Set<String> actors = Set.copyOf(rows.get(0).text().runs().stream()
                    .filter(Highlighted.Run::actor).map(Highlighted.Run::text).toList());
            assertTrue(actors.contains("ジュネーブ") || actors.contains("ロシア"), () -> "actors marked in ¶26: " + actors);
            assertFalse(window.sources().headingProperty().get().isEmpty());

            window.openSource(rows.get(1));
            assertEquals(rows.get(1).documentId(), window.reader().documentIdProperty().get());
            assertEquals(30, window.reader().focusedParagraphProperty().get());
            ParagraphRow opened = window.reader().paragraphs().get(window.reader().indexOf(30));
            assertTrue(opened.text().runs().stream().anyMatch(run -> run.hit() && run.text().equals("10日")), () -> opened.text().runs().toString());

            window.timeline().select(null);
            assertTrue(window.sources().rows().isEmpty());
            assertEquals("", window.sources().footerProperty().get());
        }
    }

    /** Decision 0042: a sentence without a date of its own, dated by the sentence before, says so above its text. */
    @Test
    void aReportDatedByTheSentenceBeforeSaysSoAboveItsText() throws Exception {
        try (WindowViewModel window = windowWith("hokuriku-2025-03-19.txt", "北陸電力、再稼働を申請\n\n"
                + "北陸電力は18日、志賀原発の再稼働を原子力規制委員会に申請した。同社の社長は地元への説明を尽くす考えを表明した。\n")) {
            List<EventSummary> events = window.timeline().events();
            int said = IntStream.range(0, events.size()).filter(i -> events.get(i).label().contains("表明")).findFirst().orElseThrow();
            int applied = IntStream.range(0, events.size()).filter(i -> events.get(i).label().contains("申請")).findFirst().orElseThrow();

            window.timeline().select((long) said);
            SourceRow carried = window.sources().rows().get(0);
            assertTrue(carried.dateCarried());
            assertEquals("¶2  ·  2025年3月19日(水)  ·  18日（前の文の日付）  ·  北陸電力、再稼働を申請", carried.where());
            assertEquals("18日" + "同社の社長は地元への説明を尽くす考えを表明した。", String.join("", carried.text().runs().stream()
                    .filter(Highlighted.Run::hit).map(Highlighted.Run::text).toList()), "the date and the sentence it dates, marked");

            window.openSource(carried);
            ParagraphRow opened = window.reader().paragraphs().get(window.reader().indexOf(2));
            assertEquals("18日" + "同社の社長は地元への説明を尽くす考えを表明した。", String.join("", opened.text().runs().stream()
                    .filter(Highlighted.Run::hit).map(Highlighted.Run::text).toList()), "opened from the pane, marked as in it");

            window.timeline().select((long) applied);
            SourceRow own = window.sources().rows().get(0);
            assertFalse(own.dateCarried());
            assertEquals("¶2  ·  2025年3月19日(水)  ·  北陸電力、再稼働を申請", own.where());
        }
    }

    /** A background event says why the extractor kept it off the timeline; an event on it says nothing of the kind. */
    @Test
    void aBackgroundEventSaysWhyItIsOffTheTimeline() throws Exception {
        try (WindowViewModel window = windowWith("boj-2024-03-20.txt", "日銀、17年ぶり利上げ\n\n"
                + "日本銀行は19日、マイナス金利政策の解除を決めた。利上げは2007年2月以来17年ぶりとなる。\n")) {
            window.timeline().showBackgroundProperty().set(true);
            List<EventSummary> events = window.timeline().events();
            int since = IntStream.range(0, events.size()).filter(i -> events.get(i).background()).findFirst().orElseThrow();
            int decided = IntStream.range(0, events.size()).filter(i -> events.get(i).label().contains("解除")).findFirst().orElseThrow();

            window.timeline().select((long) since);
            assertEquals("背景とした理由：「…ぶり」「…以来初めて」の起点（¶2）", window.sources().backgroundProperty().get());

            window.timeline().select((long) decided);
            assertFalse(events.get(decided).background());
            assertEquals("", window.sources().backgroundProperty().get());
        }
    }

    @Test
    void whatTheAnalystCorrectedIsSaidAboveTheSources() throws Exception {
        try (WindowViewModel window = sampleWindow()) {
            TimelineViewModel timeline = window.timeline();
            timeline.select(item(timeline, "内務省が8000人拘束と発表").id());
            assertEquals("", window.sources().correctedProperty().get(), "the machine's reading");

            timeline.setSelectedDate(Optional.of(app.nenpyo.domain.TimeValue.parse("2022-01-09")));
            timeline.setSelectedLabel("内務省が拘束者を約8000人と発表");
            assertEquals("内務省が拘束者を約8000人と発表", timeline.selectedEventProperty().get().label());
            assertEquals("分析者が直した点：日付、見出し", window.sources().correctedProperty().get());
        }
    }

    /**
     * Decision 0019: the date a join gave goes with it, and the line says all is undone; a date the
     * analyst gave the event stays, and the line says so.
     */
    @Test
    void undoingAJoinSaysWhetherADateOfTheAnalystsStays() throws Exception {
        try (WindowViewModel window = sampleWindow()) {
            TimelineViewModel timeline = window.timeline();
            TimelineItem talks = item(timeline, "米露協議がジュネーブで開始");
            TimelineItem dinner = item(timeline, "シャーマン米国務副長官がジュネーブでリャブコフ外務次官と会談");
            timeline.select(dinner.id());
            String talksId = timeline.events().get((int) talks.id()).id();
            timeline.joinSelected(talksId, talks.label());
            assertTrue(window.sources().correctedProperty().get().contains("日付"), window.sources().correctedProperty().get());

            timeline.unjoinSelected();

            assertTrue(timeline.noticeProperty().get().endsWith("のまとめを取り消しました"), timeline.noticeProperty().get());
            assertEquals("", window.sources().correctedProperty().get(), "the join's date went with it");

            // the dinner dated by the analyst, then the talks joined to it: they take its date from the join
            timeline.select(item(timeline, "シャーマン米国務副長官がジュネーブでリャブコフ外務次官と会談").id());
            timeline.setSelectedDate(Optional.of(app.nenpyo.domain.TimeValue.parse("2022-01-12")));
            timeline.joinSelected(talksId, "米露協議がジュネーブで開始");

            timeline.unjoinSelected();

            assertTrue(timeline.noticeProperty().get().contains("分析者の日付は残っている"), timeline.noticeProperty().get());
        }
    }

    @Test
    void documentSpansAreClippedToTheParagraph() {
        TextSpan paragraph = new TextSpan(100, 200);
        assertEquals(Optional.of(new TextSpan(5, 8)), SourcesViewModel.clip(new TextSpan(105, 108), paragraph));
        assertEquals(Optional.of(new TextSpan(95, 100)), SourcesViewModel.clip(new TextSpan(195, 230), paragraph));
        assertEquals(Optional.of(new TextSpan(0, 3)), SourcesViewModel.clip(new TextSpan(90, 103), paragraph));
        assertEquals(Optional.empty(), SourcesViewModel.clip(new TextSpan(300, 305), paragraph));
        assertEquals(Optional.empty(), SourcesViewModel.clip(new TextSpan(200, 210), paragraph));
    }

    @Test
    void actorRunsAreMarkedBesideHitsAndDates() {
        Highlighted text = Highlighted.of("中国の王毅外相は10日", List.of(new TextSpan(8, 11)), List.of(),
                SourcesViewModel.find("中国の王毅外相は10日", Set.of("中国", "王毅")));
        assertEquals(List.of(new Highlighted.Run("中国", false, "", true), new Highlighted.Run("の", false),
                new Highlighted.Run("王毅", false, "", true), new Highlighted.Run("外相は", false),
                new Highlighted.Run("10日", true)), text.runs());
        assertEquals("中国の王毅外相は10日", text.text());
    }

    /** The window on the demo project with the sample imported, events read. */
    /** A window on a new project holding one file of {@code text}, dated by its {@code name}. */
    private WindowViewModel windowWith(String name, String text) throws Exception {
        Path file = directory.resolve(name);
        java.nio.file.Files.writeString(file, text);
        WindowViewModel window = new WindowViewModel(
                ServiceProjectGateway.open(directory.resolve("p.nenpyo")), new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        window.load();
        window.imports().start(List.of(file), java.util.Map.of());
        return window;
    }

    private WindowViewModel sampleWindow() throws Exception {
        WindowViewModel window = new WindowViewModel(
                ServiceProjectGateway.open(directory.resolve("demo.nenpyo")), new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        window.load();
        window.imports().start(List.of(SAMPLE), java.util.Map.of());
        return window;
    }

    private static TimelineItem item(TimelineViewModel timeline, String label) {
        return timeline.itemsProperty().get().stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow();
    }
}
