package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exploratory tester took an old message of the status line for the state of what was shown:
 * what was done (a correction, a date, an import, an export) is said until the next message, for
 * ten seconds at most, and until the analyst chooses another event; what is being done is said until
 * it is done; why an import failed is said until the analyst dismisses it.
 */
class StatusNoticesTest {
    private static final String TEXT = "ジュネーブ協議\n\n米ロは10日、協議した。\n\n中国は12日、声明を出した。";
    private static final Duration A_WHILE = Notices.LIFETIME;

    @TempDir
    Path temp;

    private final InMemoryProject project = new InMemoryProject();
    private final Messages messages = Messages.of(Language.JAPANESE);
    private final ClockedTaskExecutor executor = new ClockedTaskExecutor();
    private WindowViewModel window;
    private TimelineViewModel timeline;

    @BeforeEach
    void project() {
        project.add(7, "協議の記事", TEXT, InMemoryProject.fromFileName(LocalDate.of(2022, 1, 13)));
        project.addEvent(event("ev-1", 10, "ジュネーブで米ロ協議", 2));
        project.addEvent(event("ev-2", 12, "中国が声明", 3));
        project.addEvent(event("ev-3", 13, "王毅外相が訪問", 3));
        window = new WindowViewModel(project, executor, messages);
        window.load();
        timeline = window.timeline();
        timeline.viewWidth(900);
    }

    private static Event event(String id, int day, String label, int paragraph) {
        EventSource source = new EventSource("hash7", OptionalLong.empty(), "src-" + id, paragraph, new TextSpan(0, 5),
                new TextSpan(0, 5), new TextSpan(0, 2), day + "日", "");
        return new Event(id, TimeValue.day(LocalDate.of(2022, 1, day)), label,
                List.of(new Actor("country:ロシア", "ロシア", ActorKind.COUNTRY, "", "ロシア", List.of())), "", EventCategory.MEETING,
                List.of(source), List.of(), false);
    }

    @Test
    void aCorrectionIsSaidForAWhileAndTheNextOneForItsOwnWhile() {
        timeline.select(0L);
        timeline.setSelectedBackground(true);
        String first = timeline.noticeProperty().get();
        assertTrue(first.startsWith("「ジュネーブで米ロ協議」を背景に回しました"), first);
        executor.elapse(A_WHILE.minusSeconds(4));
        assertEquals(first, timeline.noticeProperty().get(), "still said; the event after it, selected by the window, is no choice");

        timeline.setSelectedBackground(true);
        String second = timeline.noticeProperty().get();
        assertTrue(second.startsWith("「中国が声明」を背景に回しました"), second);
        executor.elapse(Duration.ofSeconds(5));
        assertEquals(second, timeline.noticeProperty().get(), "the first one's while took back nothing of the second");
        executor.elapse(A_WHILE);
        assertEquals("", timeline.noticeProperty().get(), "said for a while only");
    }

    @Test
    void theAnalystChoosingAnotherEventTakesBackWhatWasDoneBefore() {
        timeline.select(0L);
        timeline.setSelectedBackground(true);
        assertTrue(!timeline.noticeProperty().get().isEmpty());
        timeline.select(0L);
        assertEquals("", timeline.noticeProperty().get());
    }

    @Test
    void whatIsBeingDoneIsSaidUntilItIsDone() {
        java.util.function.Function<Messages, String> dating = m -> m.format("status.datingDocument", "協議の記事");
        timeline.announceWork(dating);
        executor.elapse(A_WHILE.multipliedBy(6));
        assertEquals("「協議の記事」の日付を設定しています…", timeline.noticeProperty().get());
        timeline.select(0L);
        assertEquals("「協議の記事」の日付を設定しています…", timeline.noticeProperty().get(),
                "choosing an event takes back what was done, not what is being done");
        window.setDocumentDate(7, LocalDate.of(2022, 1, 14));
        assertEquals("「協議の記事」の日付を 2022年1月14日(金) にしました", timeline.noticeProperty().get());
        executor.elapse(A_WHILE);
        assertEquals("「協議の記事」の日付を設定しています…", timeline.noticeProperty().get(), "what is still being done is said again");
        timeline.workDone(dating, "");
        assertEquals("", timeline.noticeProperty().get());
    }

    @Test
    void anImportThatEndedIsSaidForAWhileAndOneThatFailedUntilTheAnalystDismissesIt() {
        project.onImport((inputs, options, progress, cancellation) ->
                new app.nenpyo.service.ImportReport(List.of(), List.of(), List.of(), false));
        ImportViewModel imports = window.imports();
        imports.start(List.of(Path.of("/clips/a.txt")), Map.of());
        assertEquals("取り込み完了", imports.statusProperty().get());
        executor.elapse(A_WHILE);
        assertEquals("", imports.statusProperty().get());

        project.onImport((inputs, options, progress, cancellation) -> {
            throw new IllegalStateException("project.nenpyo: disk full");
        });
        imports.start(List.of(Path.of("/clips/a.txt")), Map.of());
        String failure = imports.statusProperty().get();
        assertTrue(failure.startsWith("取り込みに失敗しました"), failure);
        assertTrue(imports.failureShown());
        executor.elapse(A_WHILE.multipliedBy(6));
        timeline.select(0L);
        timeline.setSelectedBackground(true);
        assertEquals(failure, imports.statusProperty().get(), "neither time nor a newer notice takes back a failure");
        imports.acknowledgeFailure();
        assertEquals("", imports.statusProperty().get());
        assertTrue(!imports.failureShown());
    }

    @Test
    void anExportsDoneIsSaidUntilASettingChangesOrForAWhile() {
        ExportViewModel export = new ExportViewModel(timeline, window.filters().active(), project, executor, messages);
        export.rangeProperty().set(ExportViewModel.Range.WHOLE);
        export.formatProperty().set(ExportFormat.TSV);
        export.export(temp.resolve("events.tsv"));
        assertEquals("3 件の出来事を events.tsv に書き出しました", export.statusProperty().get());
        export.rangeProperty().set(ExportViewModel.Range.VIEW);
        assertEquals("", export.statusProperty().get(), "the file written was of other settings");

        export.export(temp.resolve("view.tsv"));
        assertTrue(export.statusProperty().get().endsWith("view.tsv に書き出しました"), export.statusProperty().get());
        executor.elapse(A_WHILE.minusSeconds(1));
        assertTrue(!export.statusProperty().get().isEmpty());
        executor.elapse(Duration.ofSeconds(1));
        assertEquals("", export.statusProperty().get());

        // the same file written again before the first notice's time is up: the second is said its own while
        export.export(temp.resolve("view.tsv"));
        executor.elapse(A_WHILE.minusSeconds(4));
        export.export(temp.resolve("view.tsv"));
        executor.elapse(Duration.ofSeconds(5));
        assertTrue(export.statusProperty().get().endsWith("view.tsv に書き出しました"),
                "the first notice's end takes back only itself: " + export.statusProperty().get());
        executor.elapse(A_WHILE);
        assertEquals("", export.statusProperty().get());
    }
}
