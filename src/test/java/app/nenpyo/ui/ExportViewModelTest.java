package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertNull;
import java.util.Map;
import java.util.HashMap;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.export.ReportLanguage;
import app.nenpyo.export.LaneGrouping;
import app.nenpyo.export.EventCatalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.export.ExportScope;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's state and work, driven without a robot or a toolkit. */
class ExportViewModelTest {
    private static final String TEXT = "ジュネーブ協議\n\n米ロは10日、協議した。\n\n中国は12日、声明を出した。";

    @TempDir
    Path temp;

    private final InMemoryProject project = new InMemoryProject();
    private final Messages messages = Messages.of(Language.JAPANESE);
    private WindowViewModel window;

    @BeforeEach
    void project() {
        project.add(7, "協議の記事", TEXT, InMemoryProject.fromFileName(LocalDate.of(2022, 1, 13)));
        project.addEvent(event("ev-1", LocalDate.of(2022, 1, 10), "ジュネーブで米ロ協議", EventCategory.MEETING, "ロシア", 2));
        project.addEvent(event("ev-2", LocalDate.of(2022, 1, 12), "中国が声明", EventCategory.STATEMENT, "中国", 3));
        window = new WindowViewModel(project, new SameThreadTaskExecutor(), messages);
        window.load();
        window.timeline().viewWidth(900);
    }

    private static Event event(String id, LocalDate day, String label, EventCategory category, String country, int paragraph) {
        EventSource source = new EventSource("hash7", OptionalLong.empty(), "src-" + id, paragraph, new TextSpan(0, 5),
                new TextSpan(0, 5), new TextSpan(0, 2), day.getDayOfMonth() + "日", "");
        return new Event(id, TimeValue.day(day), label,
                List.of(new Actor("country:" + country, country, ActorKind.COUNTRY, "", country, List.of())), "", category,
                List.of(source), List.of(), false);
    }

    private ExportViewModel model(TaskExecutor executor) {
        return new ExportViewModel(window.timeline(), window.filters().active(), project, executor, messages);
    }

    @Test
    void anEventListsPreviewIsTheBeginningOfTheFileNotThePicture() throws Exception {
        for (int day = 14; day < 14 + ExportViewModel.PREVIEW_EVENTS + 3; day++) {
            project.addEvent(event("ev-" + day, LocalDate.of(2022, 1, 1).plusDays(day), "会談" + day, EventCategory.MEETING, "米国", 2));
        }
        window.load();
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.rangeProperty().set(ExportViewModel.Range.WHOLE);
        model.refreshPreview();
        assertNotNull(model.previewProperty().get(), "a picture for a picture");
        assertNull(model.listPreviewProperty().get());

        model.formatProperty().set(ExportFormat.TSV);
        model.refreshPreview();
        assertNull(model.previewProperty().get(), "no picture for a list");
        ExportViewModel.ListPreview list = model.listPreviewProperty().get();
        int total = 2 + ExportViewModel.PREVIEW_EVENTS + 3;
        assertEquals(ExportViewModel.PREVIEW_EVENTS, list.shown());
        assertEquals(total, list.total());
        Path file = temp.resolve("events.tsv");
        model.export(file);
        List<String> written = Files.readAllLines(file);
        assertEquals(1 + total, written.size());
        assertEquals(String.join("\n", written.subList(0, 1 + ExportViewModel.PREVIEW_EVENTS)) + "\n…\n", list.text(),
                "the file's header and first rows, and a line saying more follow");

        // a list that fits is the file whole (a JSON array closed), the byte-order mark aside
        model.rangeProperty().set(ExportViewModel.Range.DAYS);
        model.fromProperty().set(LocalDate.of(2022, 1, 10));
        model.toProperty().set(LocalDate.of(2022, 1, 10));
        for (ExportFormat format : List.of(ExportFormat.JSON, ExportFormat.CSV)) {
            model.formatProperty().set(format);
            model.refreshPreview();
            Path whole = temp.resolve("filtered." + format.extension());
            model.export(whole);
            assertEquals(1, model.listPreviewProperty().get().total(), format.name());
            assertEquals(Files.readString(whole).replace("\uFEFF", ""), model.listPreviewProperty().get().text(), format.name());
        }
    }

    @Test
    void filtersThatLeaveNoEventSayThereIsNothingToExportInTheWindowsLanguage() {
        window.filters().textProperty().set("存在しない語");
        window.filters().searchText();
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.rangeProperty().set(ExportViewModel.Range.WHOLE);
        model.refreshPreview();
        assertEquals("書き出す出来事がありません。絞り込みとレーンを確かめてください（背景の日付は書き出しません）", model.errorProperty().get());
    }

    @Test
    void previewIsPaintedToFitTheDialog() {
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.refreshPreview();
        BufferedImage preview = model.previewProperty().get();
        assertNotNull(preview, model.errorProperty().get());
        assertTrue(preview.getWidth() <= ExportViewModel.PREVIEW_WIDTH, "width " + preview.getWidth());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void exportsWhatTheWindowShowsToPdfWithProgressToTheEnd() throws Exception {
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.formatProperty().set(ExportFormat.PDF);
        model.titleProperty().set("米ロ協議の経過");
        Path file = temp.resolve("report.pdf");
        model.export(file);
        assertEquals("report.pdf に書き出しました", model.statusProperty().get(), model.errorProperty().get());
        assertEquals(1, model.progressProperty().get());
        assertFalse(model.runningProperty().get());
        assertFalse(Files.exists(temp.resolve("report.pdf.part")));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("米ロ協議の経過"), text);
            assertTrue(text.contains("[1] ジュネーブで米ロ協議"), text);
            assertTrue(text.contains("[2] 中国が声明"), text);
            assertTrue(text.contains("『協議の記事』2022年1月13日(木) ¶3"), text);
        }
    }

    @Test
    void aFilteredTimelineExportsOnlyWhatItShowsAndTheSubtitleSaysWhichFiltersWereOn() throws Exception {
        window.filters().actors().stream().filter(r -> r.label().equals("ロシア")).findFirst().orElseThrow()
                .chosenProperty().set(true);
        assertEquals(1, window.timeline().itemsProperty().get().size(), "the filter hides 中国's event");
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.formatProperty().set(ExportFormat.PDF);
        Path file = temp.resolve("filtered.pdf");

        model.export(file);

        assertEquals("filtered.pdf に書き出しました", model.statusProperty().get(), model.errorProperty().get());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("[1] ジュネーブで米ロ協議"), text);
            assertFalse(text.contains("中国が声明"), text);
            assertTrue(text.contains("絞り込み: ロシア"), text);
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidAsTheCommandLineSaysItInTheWindowsLanguageNamingTheChosenFile() throws Exception {
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.formatProperty().set(ExportFormat.PNG);
        Path folder = Files.createDirectory(temp.resolve("report.png"));
        model.export(folder);
        assertEquals(folder + ": 書き込めません（フォルダーです）", model.errorProperty().get(), "said as the command line says it, in Japanese");
        Path tooLong = temp.resolve("x".repeat(250) + ".png");
        model.export(tooLong);
        assertEquals(tooLong + ": 書き込めません（名前が長すぎます）", model.errorProperty().get());
        assertEquals(List.of(folder), Files.list(temp).toList(), "no partial file left");
    }

    @Test
    void cancellingALongExportLeavesNoFile() {
        ExportViewModel[] model = new ExportViewModel[1];
        TaskExecutor cancelAtFirstProgress = cancellingAtFirstProgress(model);
        model[0] = model(cancelAtFirstProgress);
        model[0].widthProperty().set(4000);
        Path file = temp.resolve("big.png");
        model[0].export(file);
        assertEquals("書き出しを中止しました", model[0].statusProperty().get());
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(temp.resolve("big.png.part")));
        assertFalse(model[0].runningProperty().get());
    }

    @Test
    void aRangeOfDaysAndChosenLanesBecomeTheScope() {
        window.timeline().laneModeProperty().set(LaneMode.ACTOR);
        ExportViewModel model = model(new SameThreadTaskExecutor());
        assertEquals(Set.of("ロシア", "中国"), Set.copyOf(model.lanes()));
        model.rangeProperty().set(ExportViewModel.Range.DAYS);
        model.fromProperty().set(LocalDate.of(2022, 1, 1));
        model.toProperty().set(LocalDate.of(2022, 1, 31));
        model.allLanesProperty().set(false);
        model.selectedLanes().add("中国");
        ExportScope scope = model.request().scope();
        assertEquals(new ExportScope.Days(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)), scope.range());
        assertEquals(Set.of("中国"), scope.lanes());
    }

    @Test
    void anImpossibleRangeOrNoLaneIsSaidAndNothingRuns() {
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.rangeProperty().set(ExportViewModel.Range.DAYS);
        model.fromProperty().set(LocalDate.of(2022, 2, 1));
        model.toProperty().set(LocalDate.of(2022, 1, 1));
        model.export(temp.resolve("x.png"));
        assertEquals(messages.get("export.badRange"), model.errorProperty().get());
        assertFalse(Files.exists(temp.resolve("x.png")));

        window.timeline().laneModeProperty().set(LaneMode.ACTOR);
        ExportViewModel lanes = model(new SameThreadTaskExecutor());
        lanes.allLanesProperty().set(false);
        lanes.refreshPreview();
        assertEquals(messages.get("export.noLanes"), lanes.errorProperty().get());
    }

    @Test
    void theClipboardGetsThePictureAtTheChosenScale() {
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.widthProperty().set(1000);
        model.scaleProperty().set(2);
        BufferedImage[] copied = new BufferedImage[1];
        model.copyImage(image -> copied[0] = image);
        assertNotNull(copied[0], model.errorProperty().get());
        assertEquals(2000, copied[0].getWidth());
        assertEquals("画像をクリップボードにコピーしました", model.statusProperty().get());
    }

    @Test
    void theWindowAndTheCommandLinePutEveryEventInTheSameLanes() {
        project.addEvent(new Event("ev-3", TimeValue.day(LocalDate.of(2022, 1, 14)), "米中ロが会合", List.of(
                new Actor("country:米国", "米国", ActorKind.COUNTRY, "", "米国", List.of()),
                new Actor("country:中国", "中国", ActorKind.COUNTRY, "", "中国", List.of()),
                new Actor("country:ロシア", "ロシア", ActorKind.COUNTRY, "", "ロシア", List.of())), "ジュネーブ",
                EventCategory.MEETING, event("x", LocalDate.of(2022, 1, 14), "", EventCategory.MEETING, "米国", 4).sources(),
                List.of(), false));
        window.load();
        EventCatalog catalog = EventCatalog.of(project.events(), project.documents());
        Map<String, Event> byId = new HashMap<>();
        catalog.events().forEach(e -> byId.put(e.id(), e));
        assertEquals(3, window.timeline().events().size());
        for (LaneMode mode : LaneMode.values()) {
            LaneGrouping grouping = LaneGrouping.valueOf(mode.name());
            for (EventSummary summary : window.timeline().events()) {
                assertEquals(grouping.keys(byId.get(summary.id()), catalog, ReportLanguage.JA),
                        window.timeline().laneKeys(summary, mode), mode + ": " + summary.label());
            }
        }
        EventSummary three = window.timeline().events().stream().filter(e -> e.id().equals("ev-3")).findFirst().orElseThrow();
        assertEquals(List.of("米国", "中国", "ロシア"), window.timeline().laneKeys(three, LaneMode.ACTOR));
    }

    @Test
    void theFileIsNamedAfterTheTitleFollowsTheFormatAndMustBeGiven() throws Exception {
        ExportViewModel model = model(new SameThreadTaskExecutor());
        assertEquals("年表 1_2 _ 草案.pdf", ExportViewModel.fileName(" 年表 1/2 : 草案 ", ExportFormat.PDF),
                "characters file systems refuse become _");
        assertEquals("nenpyo.svg", ExportViewModel.fileName("  ", ExportFormat.SVG));
        Path chosen = temp.resolve("報告用");
        model.outputFileProperty().set(chosen.toString());
        model.formatProperty().set(ExportFormat.SVG);
        assertEquals(chosen.toString(), model.outputFileProperty().get(), "a name without an extension is left alone");
        model.export();
        assertEquals(chosen + ".svg", model.outputFileProperty().get(), "export adds the format's extension");
        assertTrue(Files.size(temp.resolve("報告用.svg")) > 0);
        model.formatProperty().set(ExportFormat.PNG);
        assertEquals(chosen + ".png", model.outputFileProperty().get());

        model.outputFileProperty().set(temp.resolve("e4-all.svg").toString());
        model.formatProperty().set(ExportFormat.PDF);
        model.outputFileProperty().set(temp.resolve("e4-all.svg").toString());
        model.export();
        assertEquals(ExportFormat.SVG, model.formatProperty().get(), "a name that says its format is written in it");
        assertTrue(Files.size(temp.resolve("e4-all.svg")) > 0);
        assertTrue(Files.notExists(temp.resolve("e4-all.svg.pdf")), "not e4-all.svg.pdf");

        model.outputFileProperty().set("  ");
        model.export();
        assertEquals(messages.get("export.noFile"), model.errorProperty().get());
    }

    /** An exploratory test found the dialog starting over at each opening: title, format and file came back to the defaults. */
    @Test
    void aSecondExportStartsFromTheFirstOnesChoices() {
        ExportViewModel first = model(new SameThreadTaskExecutor());
        first.titleProperty().set("カザフスタン情勢 1月");
        first.formatProperty().set(ExportFormat.SVG);
        first.outputFileProperty().set(temp.resolve("kz.svg").toString());

        ExportViewModel second = model(new SameThreadTaskExecutor());
        second.reuse(first.choices());

        assertEquals(first.choices(), second.choices());
        assertEquals("カザフスタン情勢 1月", second.titleProperty().get());
        second.formatProperty().set(ExportFormat.PDF);
        assertEquals(temp.resolve("kz.pdf").toString(), second.outputFileProperty().get(), "the file still follows the format");
    }

    @Test
    void theEventListsAreFormatsOfTheirOwnForWhichOnlyThePicturesOptionsAreOff() {
        ExportViewModel model = model(new SameThreadTaskExecutor());
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(home.resolve("年表.png").toString(), model.outputFileProperty().get());
        assertFalse(model.dataProperty().get());
        model.formatProperty().set(ExportFormat.TSV);
        assertTrue(model.dataProperty().get(), "title, width, scale and the copy mean nothing for a list");
        assertEquals(home.resolve("年表.tsv").toString(), model.outputFileProperty().get(), "the extension follows the format");
        model.formatProperty().set(ExportFormat.JSON);
        assertEquals(home.resolve("年表.json").toString(), model.outputFileProperty().get());
        model.formatProperty().set(ExportFormat.SVG);
        assertFalse(model.dataProperty().get());
        assertEquals(home.resolve("年表.svg").toString(), model.outputFileProperty().get());
        assertEquals(List.of(ExportFormat.TSV, ExportFormat.CSV, ExportFormat.JSON),
                java.util.Arrays.stream(ExportFormat.values()).filter(f -> f.events().isPresent()).toList());

        ExportViewModel again = model(new SameThreadTaskExecutor());
        model.formatProperty().set(ExportFormat.CSV);
        again.reuse(model.choices());
        assertTrue(again.dataProperty().get(), "a second export starts from the list chosen before");
    }

    @Test
    void aTypedExtensionChoosesTheListFormatAsItDoesThePictures() throws Exception {
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.formatProperty().set(ExportFormat.PNG);
        Path file = temp.resolve("events.json");
        model.outputFileProperty().set(file.toString());
        model.rangeProperty().set(ExportViewModel.Range.WHOLE);
        model.export();
        assertEquals(ExportFormat.JSON, model.formatProperty().get(), "a name that says its format is written in it");
        assertTrue(model.dataProperty().get());
        assertEquals("2 件の出来事を events.json に書き出しました", model.statusProperty().get(), model.errorProperty().get());
        assertTrue(Files.readString(file).startsWith("[\n  {\"id\": \"ev-1\""), Files.readString(file));
        assertTrue(Files.notExists(temp.resolve("events.json.png")));

        model.outputFileProperty().set(temp.resolve("一覧").toString());
        model.formatProperty().set(ExportFormat.TSV);
        model.export();
        assertEquals(temp.resolve("一覧.tsv").toString(), model.outputFileProperty().get(), "export adds the format's extension");
        assertEquals("id\tstart\tend\tlabel\tactors\tplace\texpressions\tsources",
                Files.readAllLines(temp.resolve("一覧.tsv")).get(0));
    }

    /**
     * The list holds what the picture would: the timeline's filters, the days and lanes kept; set-aside
     * (background) dates stay out of both even when the timeline shows them, as the picture's subtitle
     * and the command line say.
     */
    @Test
    void aListHoldsTheEventsThePictureWouldAndNoBackgroundDates() throws Exception {
        project.addEvent(event("ev-3", LocalDate.of(2022, 1, 11), "関連記事の日付", EventCategory.OTHER, "中国", 5).withBackground(true));
        window.load();
        window.timeline().showBackgroundProperty().set(true);
        assertEquals(3, window.timeline().itemsProperty().get().size(), "the timeline shows the background date");
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.rangeProperty().set(ExportViewModel.Range.WHOLE);
        model.formatProperty().set(ExportFormat.TSV);
        Path all = temp.resolve("all.tsv");
        model.export(all);
        assertEquals(List.of("ev-1", "ev-2"), ids(all), model.errorProperty().get());

        model.formatProperty().set(ExportFormat.PDF);
        Path pdf = temp.resolve("all.pdf");
        model.export(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("中国が声明"), text);
            assertFalse(text.contains("関連記事の日付"), "the picture leaves it out too: " + text);
        }

        model.formatProperty().set(ExportFormat.CSV);
        model.rangeProperty().set(ExportViewModel.Range.DAYS);
        model.fromProperty().set(LocalDate.of(2022, 1, 11));
        model.toProperty().set(LocalDate.of(2022, 1, 31));
        Path days = temp.resolve("days.csv");
        model.export(days);
        // after the byte-order mark a spreadsheet needs (decision 0006)
        assertEquals(List.of("\uFEFFid,start,end,label,actors,place,category,expressions,sources",
                "ev-2,2022-01-12,2022-01-12,中国が声明,中国,,statement,12日,7:3:0-5"), Files.readAllLines(days));

        window.timeline().laneModeProperty().set(LaneMode.ACTOR);
        ExportViewModel lanes = model(new SameThreadTaskExecutor());
        lanes.rangeProperty().set(ExportViewModel.Range.WHOLE);
        lanes.formatProperty().set(ExportFormat.TSV);
        lanes.allLanesProperty().set(false);
        lanes.selectedLanes().add("ロシア");
        Path russia = temp.resolve("russia.tsv");
        lanes.export(russia);
        assertEquals(List.of("ev-1"), ids(russia));

        window.timeline().laneModeProperty().set(LaneMode.NONE);
        window.filters().actors().stream().filter(r -> r.label().equals("中国")).findFirst().orElseThrow()
                .chosenProperty().set(true);
        ExportViewModel filtered = model(new SameThreadTaskExecutor());
        filtered.rangeProperty().set(ExportViewModel.Range.WHOLE);
        filtered.formatProperty().set(ExportFormat.TSV);
        Path china = temp.resolve("china.tsv");
        filtered.export(china);
        assertEquals(List.of("ev-2"), ids(china), "the timeline's filters choose the events, as for the picture");
    }

    /**
     * A list needs no catalog of the picture's citations: the documents are read once, for the
     * sources the list names, and the dates the analyst gave (which a citation would mention) not at all.
     */
    @Test
    void aListReadsOnlyWhatItWrites() throws Exception {
        ExportViewModel model = model(new SameThreadTaskExecutor());
        model.rangeProperty().set(ExportViewModel.Range.WHOLE);
        model.formatProperty().set(ExportFormat.TSV);
        int documentsBefore = project.documentsRead();
        int datesBefore = project.redatedAsked();
        Path all = temp.resolve("all.tsv");
        model.export(all);
        assertEquals(List.of("ev-1", "ev-2"), ids(all), model.errorProperty().get());
        assertEquals(1, project.documentsRead() - documentsBefore, "the documents read once");
        assertEquals(0, project.redatedAsked() - datesBefore, "no citation to date");

        model.formatProperty().set(ExportFormat.PDF);
        model.export(temp.resolve("all.pdf"));
        assertEquals(1, project.redatedAsked() - datesBefore, "a picture's citations say which dates the analyst gave");
    }

    private static List<String> ids(Path tsv) throws Exception {
        List<String> lines = Files.readAllLines(tsv);
        return lines.subList(1, lines.size()).stream().map(line -> line.split("\t")[0]).toList();
    }

    @Test
    void aCancelledListLeavesTheFileThatWasThereAndNoPartialFile() throws Exception {
        Path file = temp.resolve("events.tsv");
        Files.writeString(file, "the list of last week\n");
        ExportViewModel[] model = new ExportViewModel[1];
        model[0] = model(cancellingAtFirstProgress(model));
        model[0].formatProperty().set(ExportFormat.TSV);
        model[0].export(file);
        assertEquals("書き出しを中止しました", model[0].statusProperty().get(), model[0].errorProperty().get());
        assertEquals("the list of last week\n", Files.readString(file));
        assertEquals(List.of(file), Files.list(temp).toList(), "no partial file left");
        assertFalse(model[0].runningProperty().get());
    }

    /** Runs the work at once, and cancels the export as its first progress is shown. */
    private static TaskExecutor cancellingAtFirstProgress(ExportViewModel[] model) {
        return new TaskExecutor() {
            private final SameThreadTaskExecutor inner = new SameThreadTaskExecutor();

            @Override
            public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
                inner.execute(work, onSuccess, onFailure);
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
                model[0].cancel();
            }

            @Override
            public void shutdown() {
            }
        };
    }
}
