package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DocumentDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentListViewModelTest {
    private final InMemoryProject project = new InMemoryProject()
            .add(1, "カザフスタン 抗議活動", "本文\n\n二段落目", InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)))
            .add(2, "日付のない記事", "本文", DocumentDate.undated())
            .add(3, "古い記事", "本文", DocumentDate.byUser(LocalDate.of(2021, 12, 5)));

    @Test
    void showsEveryColumnTheJapaneseWay() {
        var model = new DocumentListViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        model.refresh();
        DocumentRow row = model.row(1).orElseThrow();
        assertEquals("カザフスタン 抗議活動", row.title());
        assertEquals("2022年1月11日(火)", row.date());
        assertEquals("ファイル名", row.dateSource());
        assertEquals("UTF-8", row.encoding());
        assertEquals("テキスト", row.format());
        assertEquals(2, row.paragraphs());
        assertTrue(row.dated());
    }

    @Test
    void showsJapaneseDatesInEnglishToo() {
        var model = new DocumentListViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH));
        model.refresh();
        assertEquals("2022年1月11日(火)", model.row(1).orElseThrow().date());
        assertEquals("file name", model.row(1).orElseThrow().dateSource());
    }

    @Test
    void listsUndatedDocumentsFirstThenNewestFirst() {
        var model = new DocumentListViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        model.refresh();
        assertEquals(List.of(2L, 1L, 3L), model.rows().stream().map(DocumentRow::id).toList());
        DocumentRow undated = model.rows().get(0);
        assertFalse(undated.dated());
        assertEquals("日付なし", undated.date());
        assertEquals("日付なし", undated.dateSource());
    }

    @Test
    void aDateChosenByTheAnalystIsStoredAndShown() {
        var model = new DocumentListViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        model.refresh();
        boolean[] done = {false};
        model.setDate(2, LocalDate.of(2022, 1, 10), () -> done[0] = true);
        DocumentRow row = model.row(2).orElseThrow();
        assertEquals("2022年1月10日(月)", row.date());
        assertEquals("分析者", row.dateSource());
        assertTrue(done[0]);
    }

    @Test
    void reportsAFailureInOneLine() {
        var model = new DocumentListViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH));
        model.setDate(99, LocalDate.of(2022, 1, 10), () -> { });
        assertEquals("no document 99", model.errorProperty().get());
    }
}
