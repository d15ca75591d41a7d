package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.service.ImportReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WindowViewModelTest {

    @Test
    void anImportRefreshesTheListAndTheStatusLine() {
        InMemoryProject project = new InMemoryProject().add(1, "記事A", "本文", DocumentDate.undated());
        project.onImport((inputs, options, progress, cancellation) -> {
            project.add(2, "記事B", "本文", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
            return new ImportReport(List.of(new ImportReport.Imported(2, "b.txt", "記事B", "UTF-8", "2022-01-11", "FILE_NAME", true)),
                    List.of(), List.of(), false);
        });
        var model = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        model.load();
        assertEquals("test.nenpyo・文書 1 件", model.projectStatus().get());

        model.imports().start(List.of(Path.of("b.txt")), Map.of());
        assertEquals(2, model.documents().rows().size());
        assertEquals("test.nenpyo・文書 2 件", model.projectStatus().get());
    }

    @Test
    void datingTheOpenDocumentRefreshesTheReader() {
        InMemoryProject project = new InMemoryProject().add(1, "記事A", "本文", DocumentDate.undated());
        var model = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        model.load();
        model.reader().open(1);
        assertEquals("日付なし・UTF-8・1 段落", model.reader().subtitleProperty().get());

        model.setDocumentDate(1, LocalDate.of(2022, 1, 11));
        assertEquals("2022年1月11日(火)・分析者・UTF-8・1 段落", model.reader().subtitleProperty().get());
        assertTrue(model.documents().row(1).orElseThrow().dated());
    }

    @Test
    void theDateADocumentHasIsNotStoredAgainAsTheAnalysts() {
        InMemoryProject project = new InMemoryProject().add(1, "記事A", "本文", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        var model = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        model.load();

        model.setDocumentDate(1, LocalDate.of(2022, 1, 11));
        assertEquals("ファイル名", model.documents().row(1).orElseThrow().dateSource());
    }

    /**
     * A window on 記事A (2022-01-11), whose ¶1 reports 協議 on the 10th (event ev-a, item 0), and,
     * with {@code another}, 記事B (undated) besides; loaded and laid out.
     */
    private static WindowViewModel windowWithOneEvent(boolean another) {
        EventSource report = new EventSource("hash1", OptionalLong.of(1), "ev-a-0", 1, new TextSpan(0, 3), new TextSpan(0, 3),
                new TextSpan(0, 3), "10日", "");
        InMemoryProject project = new InMemoryProject()
                .add(1, "記事A", "10日に協議", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        if (another) {
            project.add(2, "記事B", "本文", DocumentDate.undated());
        }
        project.addEvent(new Event("ev-a", TimeValue.parse("2022-01-10"), "協議", List.of(), "", EventCategory.MEETING,
                List.of(report), List.of(), false));
        WindowViewModel model = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        model.load();
        model.timeline().viewWidth(800);
        return model;
    }

    @Test
    void eventsReadAgainLeaveTheReaderOnTheDocumentTheAnalystWentOnTo() {
        WindowViewModel model = windowWithOneEvent(true);
        model.timeline().select(0L);
        assertEquals(1, model.reader().documentIdProperty().get(), "choosing the event opens its report");

        model.reader().open(2);
        model.setDocumentDate(2, LocalDate.of(2022, 1, 12));
        assertEquals("ev-a", model.timeline().selectedEventProperty().get().id(), "still selected");
        assertEquals(2, model.reader().documentIdProperty().get(), "the reader stays on the document just dated");
        String title = model.documents().row(2).orElseThrow().title();
        assertEquals("「" + title + "」の日付を 2022年1月12日(水) にしました", model.timeline().noticeProperty().get(),
                "the status bar says it was done");
    }

    @Test
    void aCorrectionsNoticeReplacesWhatTheLastImportSaid() {
        WindowViewModel model = windowWithOneEvent(false);
        model.imports().start(List.of(Path.of("b.txt")), Map.of());
        assertEquals("取り込み完了", model.imports().statusProperty().get());

        model.timeline().select(0L);
        model.timeline().setSelectedLabel("ジュネーブで協議");
        assertEquals("", model.imports().statusProperty().get(), "the import's word gives way");
        assertTrue(model.timeline().noticeProperty().get().contains("ジュネーブで協議"), model.timeline().noticeProperty().get());
    }

    @Test
    void aRunningImportGoesOnSayingHowFarItIsAndAnEndedOneGivesWay() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        var model = new WindowViewModel(new InMemoryProject(), executor, Messages.of(Language.JAPANESE));
        model.imports().start(List.of(Path.of("b.txt")), Map.of());
        model.imports().dismissStatus();
        assertTrue(model.imports().statusProperty().get().contains("b.txt"), model.imports().statusProperty().get());

        executor.runAll();
        assertEquals("取り込み完了", model.imports().statusProperty().get());
        model.imports().dismissStatus();
        assertEquals("", model.imports().statusProperty().get(), "as when its report is closed");
    }

    /**
     * The window built again in another language while an import reads the project's documents
     * again: the new window shows the import's progress in its language, cancels it, ends it with
     * its report, and lists what it stored; the window left behind is told nothing more.
     */
    @Test
    void aWindowBuiltAgainInAnotherLanguageTakesOverTheRunningImport() {
        InMemoryProject project = new InMemoryProject().add(1, "記事A", "本文", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        WindowViewModel before = loaded(project, executor);
        WindowViewModel[] after = new WindowViewModel[1];
        List<String> seenDuringImport = new java.util.ArrayList<>();
        project.onImport((inputs, options, progress, cancellation) -> {
            progress.update(100, 200, "b.txt");
            seenDuringImport.add(after[0].imports().stateProperty().get() + " " + after[0].imports().progressProperty().get()
                    + " " + after[0].imports().statusProperty().get());
            progress.mergingEvents();
            seenDuringImport.add(after[0].imports().statusProperty().get());
            project.add(2, "記事B", "本文", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
            after[0].imports().cancel();
            seenDuringImport.add(cancellation.isCancelled() + " " + after[0].imports().statusProperty().get());
            return new ImportReport(List.of(new ImportReport.Imported(2, "b.txt", "記事B", "UTF-8", "2022-01-11", "FILE_NAME", true)),
                    List.of(), List.of(), true, java.util.Optional.empty(), true);
        });
        before.imports().start(List.of(Path.of("b.txt")), Map.of());

        after[0] = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH));
        after[0].takeOver(before);
        after[0].load();
        assertEquals(ImportState.RUNNING, after[0].imports().stateProperty().get(), "the import goes on in the new window");
        assertEquals("Importing: b.txt", after[0].imports().statusProperty().get(), "said in the new window's language");
        assertEquals("test.nenpyo · 1 document", after[0].projectStatus().get());

        executor.runAll();
        assertEquals(List.of("RUNNING 0.5 Importing: b.txt", "Merging the project's events…", "true Cancelling…"), seenDuringImport);
        assertEquals(ImportState.CANCELLED, after[0].imports().stateProperty().get());
        assertTrue(after[0].imports().reportProperty().get().mergeCancelled(), "the new window shows the report");
        assertEquals("test.nenpyo · 2 documents", after[0].projectStatus().get(), "and lists what the import stored");
        assertEquals(null, before.imports().reportProperty().get(), "the window left behind shows nothing");
        assertEquals(1, before.documents().rows().size(), "nor reads anything again");
    }

    /**
     * A correction and a document date stored while the window is built again in another language
     * show in the new window: its events read again, the event followed, and said in its language.
     */
    @Test
    void aWindowBuiltAgainInAnotherLanguageShowsWhatTheOtherWasStoring() {
        EventSource report = new EventSource("hash1", OptionalLong.of(1), "ev-a-0", 1, new TextSpan(0, 3), new TextSpan(0, 3),
                new TextSpan(0, 3), "10日", "");
        InMemoryProject project = new InMemoryProject()
                .add(1, "記事A", "10日に協議", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)))
                .add(2, "記事B", "本文", DocumentDate.undated());
        project.addEvent(new Event("ev-a", TimeValue.parse("2022-01-10"), "協議", List.of(), "", EventCategory.MEETING,
                List.of(report), List.of(), false));
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        WindowViewModel before = loaded(project, executor);
        selectTheFirstEvent(before, executor);
        before.timeline().setSelectedLabel("ジュネーブで協議");

        WindowViewModel after = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH));
        after.takeOver(before);
        after.load();
        after.timeline().viewWidth(800);
        assertEquals("協議", after.timeline().events().get(0).label(), "read before the correction was stored");
        executor.runAll();
        assertEquals("ジュネーブで協議", after.timeline().events().get(0).label(), "the new window reads it again");
        assertEquals("ev-a", after.timeline().selectedEventProperty().get().id(), "and follows the event corrected");
        assertEquals("Relabelled 「ジュネーブで協議」", after.timeline().noticeProperty().get(), "said in its language");

        before.setDocumentDate(2, LocalDate.of(2022, 1, 12));
        executor.runAll();
        assertTrue(after.documents().row(2).orElseThrow().dated(), "the new window lists the document dated");
        assertEquals("「記事B」 is dated 2022年1月12日(水)", after.timeline().noticeProperty().get());
    }

    /**
     * A document date being stored while the window is built again in another language is said in
     * the new window, in its language, while it runs (whatever the analyst chooses meanwhile) and
     * when it is done; a failure ends it and says why there.
     */
    @Test
    void aDocumentDateBeingStoredIsSaidInTheWindowBuiltAgainUntilItIsDone() {
        InMemoryProject project = new InMemoryProject()
                .add(1, "記事A", "10日に協議", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)))
                .add(2, "記事B", "本文", DocumentDate.undated());
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        WindowViewModel before = loaded(project, executor);
        before.setDocumentDate(2, LocalDate.of(2022, 1, 12));
        assertEquals("「記事B」の日付を設定しています…", before.timeline().noticeProperty().get());

        WindowViewModel after = new WindowViewModel(project, executor, Messages.of(Language.ENGLISH));
        after.takeOver(before);
        after.load();
        assertEquals("Dating 「記事B」…", after.timeline().noticeProperty().get(), "said in the new window, in its language");
        after.timeline().select(null);
        assertEquals("Dating 「記事B」…", after.timeline().noticeProperty().get(), "a choice does not take back what runs");

        executor.runAll();
        assertTrue(after.documents().row(2).orElseThrow().dated());
        assertEquals("「記事B」 is dated 2022年1月12日(水)", after.timeline().noticeProperty().get(), "and said done there");

        // a document the project no longer holds cannot be dated
        after.setDocumentDate(99, LocalDate.of(2022, 1, 13));
        executor.runAll();
        assertEquals("", after.timeline().noticeProperty().get(), "nothing runs any more");
        assertTrue(after.timeline().errorProperty().get().contains("99"), "why is said: " + after.timeline().errorProperty().get());
        assertEquals("", after.documents().errorProperty().get(), "once: the status line does not read it from the list too");
    }

    /**
     * A document date that fails after the window was built again in another language says why in
     * the new window, once, in its language; the old one, hidden, is told nothing.
     */
    @Test
    void aDocumentDateThatFailsAfterTheWindowWasBuiltAgainSaysWhyInTheNewWindowOnce() {
        InMemoryProject project = new InMemoryProject().add(2, "記事B", "本文", DocumentDate.undated());
        QueuedTaskExecutor storing = new QueuedTaskExecutor();
        WindowViewModel before = new WindowViewModel(project, storing, Messages.of(Language.JAPANESE));
        before.load();
        storing.runAll();
        before.setDocumentDate(99, LocalDate.of(2022, 1, 13));

        QueuedTaskExecutor reading = new QueuedTaskExecutor();
        WindowViewModel after = new WindowViewModel(project, reading, Messages.of(Language.ENGLISH));
        after.takeOver(before);
        after.load();
        reading.runAll();
        assertEquals("Dating 「」…", after.timeline().noticeProperty().get(), "said in the new window while it runs");
        storing.runAll();

        assertEquals("", after.timeline().noticeProperty().get(), "it ended there");
        assertEquals("no document 99", after.timeline().errorProperty().get(), "why, in the new window's language");
        assertEquals("", after.documents().errorProperty().get(), "said once");
        assertEquals("", before.documents().errorProperty().get(), "the hidden window is told nothing");
        assertEquals("", before.timeline().errorProperty().get());
    }

    /**
     * The analyst switched the language while reading a document and found the reader on the first
     * document of the list: the window built again reads the same one at the same paragraph, and the
     * selected event it selects again does not take its place.
     */
    @Test
    void aWindowBuiltAgainInAnotherLanguageReadsTheDocumentTheOtherShowed() {
        EventSource report = new EventSource("hash1", OptionalLong.of(1), "ev-a-0", 1, new TextSpan(0, 3), new TextSpan(0, 3),
                new TextSpan(0, 3), "10日", "");
        InMemoryProject project = new InMemoryProject()
                .add(1, "記事A", "10日に協議", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)))
                .add(2, "記事B", "一段落目\n\n二段落目\n\n三段落目", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 12)));
        project.addEvent(new Event("ev-a", TimeValue.parse("2022-01-10"), "協議", List.of(), "", EventCategory.MEETING,
                List.of(report), List.of(), false));
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        WindowViewModel before = loaded(project, executor);
        selectTheFirstEvent(before, executor);
        assertEquals(1, before.reader().documentIdProperty().get(), "the event's report opened");
        before.reader().open(2, 3, List.of());
        executor.runAll();

        WindowViewModel after = new WindowViewModel(project, executor, Messages.of(Language.ENGLISH));
        after.takeOver(before);
        assertEquals(2, after.reader().documentIdProperty().get(), "the document read counts as shown at once");
        after.load();
        after.timeline().viewWidth(800);
        executor.runAll();
        assertEquals("ev-a", after.timeline().selectedEventProperty().get().id(), "the event is selected again");
        assertEquals(2, after.reader().documentIdProperty().get(), "and the reader stays on the document read");
        assertEquals(3, after.reader().focusedParagraphProperty().get(), "at its paragraph");
        assertEquals("記事B", after.reader().titleProperty().get());

        after.timeline().select(null);
        after.timeline().select(0L);
        executor.runAll();
        assertEquals(1, after.reader().documentIdProperty().get(), "choosing the event again opens its report");
    }

    /** A window closed while its events are read shows nothing of them, and asks its closed project nothing more. */
    @Test
    void aWindowClosedWhileItsEventsAreReadDropsThem() {
        InMemoryProject project = new InMemoryProject()
                .add(1, "記事A", "10日に協議", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        project.addEvent(new Event("ev-a", TimeValue.parse("2022-01-10"), "協議", List.of(), "", EventCategory.MEETING,
                List.of(new EventSource("hash1", OptionalLong.of(1), "ev-a-0", 1, new TextSpan(0, 3), new TextSpan(0, 3),
                        new TextSpan(0, 3), "10日", "")), List.of(), false));
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        WindowViewModel model = new WindowViewModel(project, executor, Messages.of(Language.JAPANESE));
        model.load();
        model.close();
        executor.runAll();
        assertTrue(model.timeline().itemsProperty().get().isEmpty(), "nothing read is drawn");
        assertTrue(model.timeline().events().isEmpty());
    }

    /**
     * A date, a correction and an import begun before a language switch, then another project
     * opened: their ends are said in no window, and the closed project is asked nothing more.
     */
    @Test
    void workBegunBeforeASwitchAndEndingAfterTheProjectClosedAsksItNothing() {
        InMemoryProject project = new InMemoryProject()
                .add(1, "記事A", "10日に協議", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)))
                .add(2, "記事B", "本文", DocumentDate.undated());
        project.addEvent(new Event("ev-a", TimeValue.parse("2022-01-10"), "協議", List.of(), "", EventCategory.MEETING,
                List.of(new EventSource("hash1", OptionalLong.of(1), "ev-a-0", 1, new TextSpan(0, 3), new TextSpan(0, 3),
                        new TextSpan(0, 3), "10日", "")), List.of(), false));
        QueuedTaskExecutor storing = new QueuedTaskExecutor();
        WindowViewModel before = new WindowViewModel(project, storing, Messages.of(Language.JAPANESE));
        before.load();
        storing.runAll();
        before.timeline().viewWidth(800);
        before.timeline().select(0L);
        storing.runAll();
        before.setDocumentDate(2, LocalDate.of(2022, 1, 12));
        before.timeline().setSelectedLabel("ジュネーブで協議");
        assertTrue(before.imports().start(List.of(Path.of("b.txt")), Map.of()));

        QueuedTaskExecutor reading = new QueuedTaskExecutor();
        WindowViewModel after = new WindowViewModel(project, reading, Messages.of(Language.ENGLISH));
        after.takeOver(before);
        after.load();
        reading.runAll();
        after.close();
        int documentsRead = project.documentsRead();

        storing.runAll();
        reading.runAll();
        assertEquals(documentsRead, project.documentsRead(), "the closed project is not read again");
        assertEquals(null, after.imports().reportProperty().get(), "the import's end is said nowhere (no report to show)");
        assertEquals(null, before.imports().reportProperty().get());
        assertEquals("", before.imports().statusProperty().get());
        assertEquals("", after.timeline().errorProperty().get());
        assertTrue(project.closed());
    }

    @Test
    void closingTheWindowClosesTheProject() {
        InMemoryProject project = new InMemoryProject();
        new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH)).close();
        assertTrue(project.closed());
    }

    @Test
    void choosingTheSameEventAgainAfterEscapeOpensItsReport() {
        WindowViewModel model = windowWithOneEvent(true);
        model.timeline().select(0L);
        assertEquals(1, model.reader().documentIdProperty().get());

        model.reader().open(2);          // the analyst reads another document
        model.timeline().select(null);   // Escape
        model.timeline().select(0L);     // and chooses the event again
        assertEquals(1, model.reader().documentIdProperty().get(), "choosing the event again opens its report");
    }

    @Test
    void aDocumentThatCannotBeReadEmptiesTheReaderAndSaysWhyRatherThanShowingTheOneBefore() {
        InMemoryProject project = new InMemoryProject()
                .add(1, "記事A", "10日に協議", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        var model = new WindowViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        model.load();
        model.reader().open(1);
        assertEquals(1, model.reader().paragraphs().size());

        model.reader().open(2);

        assertEquals(2, model.reader().documentIdProperty().get(), "the document asked for, which the list highlights");
        assertTrue(model.reader().paragraphs().isEmpty(), "nothing of the document before");
        assertEquals("", model.reader().titleProperty().get());
        assertEquals("この文書は読めません（no document 2）", model.reader().errorProperty().get());
        model.reader().open(1);
        assertEquals("", model.reader().errorProperty().get());
    }

    /** A window of the project in Japanese with what its loading queued done. */
    private static WindowViewModel loaded(InMemoryProject project, QueuedTaskExecutor executor) {
        WindowViewModel model = new WindowViewModel(project, executor, Messages.of(Language.JAPANESE));
        model.load();
        executor.runAll();
        return model;
    }

    /** Selects the first event on a timeline 800 px wide, its sources read. */
    private static void selectTheFirstEvent(WindowViewModel model, QueuedTaskExecutor executor) {
        model.timeline().viewWidth(800);
        model.timeline().select(0L);
        executor.runAll();
    }
}
