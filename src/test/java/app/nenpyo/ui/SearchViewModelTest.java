package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.TextSpan;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {
    private final InMemoryProject project = new InMemoryProject()
            .add(7, "王毅外相の電話会談", "https://example.hatenablog.com\n\n中国の王毅外相は10日、電話会談を行いました。\n\n王毅外相は「協力を強化する」と述べた。",
                    InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
    private final SearchViewModel model = new SearchViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));

    @Test
    void producesRowsWithTheHitsHighlighted() {
        model.queryProperty().set("王毅");
        model.search();
        assertEquals(2, model.results().size());
        SearchResultRow first = model.results().get(0);
        assertEquals(7, first.documentId());
        assertEquals("王毅外相の電話会談", first.documentTitle());
        assertEquals(2, first.paragraphNumber());
        assertEquals("¶2  ·  2022年1月11日(火)  ·  王毅外相の電話会談", first.where(), "when it was written, as an event's sources say");
        assertEquals(List.of(
                new Highlighted.Run("中国の", false),
                new Highlighted.Run("王毅", true),
                new Highlighted.Run("外相は10日、電話会談を行いました。", false)), first.text().runs());
        assertEquals(List.of(new TextSpan(3, 5)), first.hits());
        assertEquals("2 件", model.summaryProperty().get());
        assertEquals(0, project.documentsRead(), "the hits come dated: the documents are not listed for their dates");
    }

    @Test
    void aResultOfAnUndatedDocumentSaysItHasNoDate() {
        project.add(8, "日付のない記事", "王毅外相が訪問した。", app.nenpyo.domain.DocumentDate.undated());
        model.queryProperty().set("訪問");
        model.search();
        assertEquals("¶1  ·  日付なし  ·  日付のない記事", model.results().get(0).where());
    }

    @Test
    void anEmptyQueryClearsTheResults() {
        model.queryProperty().set("王毅");
        model.search();
        model.queryProperty().set("   ");
        model.search();
        assertTrue(model.results().isEmpty());
        assertEquals("", model.summaryProperty().get());
    }

    @Test
    void saysWhenNothingMatches() {
        model.queryProperty().set("プーチン");
        model.search();
        assertTrue(model.results().isEmpty());
        assertEquals("該当なし", model.summaryProperty().get());
    }

    @Test
    void anEmptyListSaysWhichTermNoParagraphContains() {
        assertEquals("検索語を入力してください", model.emptyResultsProperty().get());
        model.queryProperty().set("習近平");
        model.search();
        assertEquals("「習近平」を含む段落はありません", model.emptyResultsProperty().get());
        model.queryProperty().set("");
        model.search();
        assertEquals("検索語を入力してください", model.emptyResultsProperty().get());

        SearchViewModel english = new SearchViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH));
        english.queryProperty().set("Xi");
        english.search();
        assertEquals("No paragraph contains \"Xi\"", english.emptyResultsProperty().get());
        assertEquals("No hits", english.summaryProperty().get(), "the tab says it short: Search results (No hits)");
    }

    @Test
    void aQueryOfSeveralWordsWithNoHitSaysWhichWordNoParagraphHolds() {
        model.queryProperty().set("王毅 クジラ");
        model.search();
        assertEquals("「クジラ」を含む段落はありません", model.emptyResultsProperty().get(), "王毅 alone is found");
        model.queryProperty().set("王毅 電話会談");
        model.search();
        assertEquals(List.of(), model.results(), "this project's search takes the query whole");
        assertEquals("「王毅 電話会談」の語をすべて含む段落はありません", model.emptyResultsProperty().get(), "each word alone is found");
    }

    @Test
    void aResultOpensTheReaderAtItsParagraphWithTheHit() {
        model.queryProperty().set("王毅");
        model.search();
        SearchResultRow hit = model.results().get(1);
        var reader = new ReaderViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        reader.open(hit.documentId(), hit.paragraphNumber(), hit.hits());
        assertEquals(3, reader.focusedParagraphProperty().get());
        assertEquals(2, reader.indexOf(3));
        assertTrue(reader.paragraphs().get(2).text().hasHits());
        assertTrue(reader.paragraphs().get(0).dimmed());
        assertEquals("王毅外相の電話会談", reader.titleProperty().get());
        assertEquals("2022年1月11日(火)・ファイル名・UTF-8・3 段落", reader.subtitleProperty().get());
    }

    @Test
    void aSearchFindingMoreThanItListsSaysHowManyMatch() {
        InMemoryProject many = new InMemoryProject().add(1, "外相会談", paragraphs("外相会談", 2406),
                InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        SearchViewModel japanese = new SearchViewModel(many, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        japanese.queryProperty().set("外相");
        japanese.search();
        assertEquals(SearchViewModel.LIMIT, japanese.results().size());
        assertEquals("2,406 件中 500 件を表示", japanese.summaryProperty().get());
        assertEquals("2,406", japanese.matchCountProperty().get(), "the tab counts every match");

        SearchViewModel english = new SearchViewModel(many, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH));
        english.queryProperty().set("外相");
        english.search();
        assertEquals("500 of 2,406 shown", english.summaryProperty().get());
        assertEquals("2,406", english.matchCountProperty().get());
    }

    /** The matches beyond those listed are counted with the listing, in one query: a count on top of it counted them twice. */
    @Test
    void aSearchFindingMoreThanItListsAsksTheProjectOnce() {
        InMemoryProject many = new InMemoryProject().add(1, "外相会談", paragraphs("外相会談", 2406),
                InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        SearchViewModel japanese = new SearchViewModel(many, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        japanese.queryProperty().set("外相");
        japanese.search();
        assertEquals("2,406 件中 500 件を表示", japanese.summaryProperty().get());
        assertEquals(1, many.queriesAsked());
    }

    @Test
    void aSearchFindingExactlyAsManyAsItListsSaysTheCountAlone() {
        InMemoryProject many = new InMemoryProject().add(1, "外相会談", paragraphs("外相会談", SearchViewModel.LIMIT),
                InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        SearchViewModel japanese = new SearchViewModel(many, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        japanese.queryProperty().set("外相");
        japanese.search();
        assertEquals("500 件", japanese.summaryProperty().get());
        assertEquals("500", japanese.matchCountProperty().get());
    }

    @Test
    void beyondWhatItCountsASearchSaysMoreThan() {
        InMemoryProject many = new InMemoryProject().add(1, "外相会談", paragraphs("外相会談", SearchViewModel.MOST_COUNTED + 1),
                InMemoryProject.fromFileName(LocalDate.of(2022, 1, 11)));
        SearchViewModel japanese = new SearchViewModel(many, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        japanese.queryProperty().set("外相");
        japanese.search();
        assertEquals("10,000 件以上のうち 500 件を表示", japanese.summaryProperty().get());
        assertEquals("10,000+", japanese.matchCountProperty().get(), "short enough for the tab beside three others");

        SearchViewModel english = new SearchViewModel(many, new SameThreadTaskExecutor(), Messages.of(Language.ENGLISH));
        english.queryProperty().set("外相");
        english.search();
        assertEquals("500 of more than 10,000 shown", english.summaryProperty().get());
        assertEquals("10,000+", english.matchCountProperty().get());
    }

    private static String paragraphs(String text, int count) {
        return String.join("\n\n", Collections.nCopies(count, text));
    }
}
