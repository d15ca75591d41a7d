package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.TextSpan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's text kept once and its sentences in its row ({@link Migration16TextKeptOnce}), read back exactly. */
class TextKeptOnceTest {

    private static final DocumentDate JAN_11 =
            new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.FILE_NAME, "kazakhstan-ukraine-2022-01-11.txt");

    @TempDir
    Path dir;

    @Test
    void theSampleKeepsOnlyWhatLiesOutsideItsParagraphsAndNoSentenceRows() {
        Path file = dir.resolve("p.nenpyo");
        String text = TestDocuments.resource(TestDocuments.SAMPLE);
        AnalyzedDocument document = TestDocuments.document(TestDocuments.SAMPLE, text, JAN_11);
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            long id = db.insertAll(List.of(document)).get(0).documentId();

            assertEquals(text, db.text(id));
            assertEquals(document.sentences(), db.sentences(id));
            assertEquals(document.paragraphs(), db.paragraphs(id));
        }
        int inParagraphs = document.paragraphs().stream().mapToInt(p -> p.span().length()).sum();
        assertEquals("", Sql.text(file, "SELECT text FROM documents"));
        assertEquals(text.length() - inParagraphs, Sql.scalar(file, "SELECT length(outside_paragraphs) FROM documents"));
        assertTrue(text.length() - inParagraphs < text.length() / 10, "the sample's paragraphs hold almost all of it");
        assertEquals(0, Sql.scalar(file, "SELECT count(*) FROM sentences"));
    }

    @Test
    void aDocumentWhoseParagraphsOverlapKeepsItsWholeTextAndItsSentencesAreStillPacked() {
        String text = "一つ目の段落。二つ目の段落。";
        assertKeptWhole(new AnalyzedDocument("o.txt", "", text, "UTF-8", SourceFormat.TEXT, JAN_11, List.of(),
                List.of(new Paragraph(1, new TextSpan(0, 8), ParagraphKind.BODY), new Paragraph(2, new TextSpan(7, 14), ParagraphKind.BODY)),
                List.of(new Sentence(1, 1, new TextSpan(0, 7)), new Sentence(2, 2, new TextSpan(7, 14)))));
    }

    @Test
    void paragraphsNumberedAgainstTheTextsOrderKeepItWhole() {
        String text = "見出し\n\n本文です。\n";
        assertKeptWhole(new AnalyzedDocument("n.txt", "", text, "UTF-8", SourceFormat.TEXT, JAN_11, List.of(),
                List.of(new Paragraph(2, new TextSpan(0, 3), ParagraphKind.HEADER), new Paragraph(1, new TextSpan(5, 10), ParagraphKind.BODY)),
                List.of(new Sentence(1, 1, new TextSpan(5, 10)))));
    }

    private void assertKeptWhole(AnalyzedDocument document) {
        Path file = dir.resolve("p.nenpyo");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            long id = db.insertAll(List.of(document)).get(0).documentId();

            assertEquals(document.text(), db.text(id));
            assertEquals(document.sentences(), db.sentences(id));
        }
        assertEquals(document.text(), Sql.text(file, "SELECT text FROM documents"));
        assertEquals(1, Sql.scalar(file, "SELECT outside_paragraphs IS NULL FROM documents"));
    }

    @Test
    void sentencesComeBackInTheOrderOfTheirNumbersAndANumberGivenTwiceIsRefused() {
        String text = "一文目。二文目。";
        List<Paragraph> paragraph = List.of(new Paragraph(1, new TextSpan(0, 8), ParagraphKind.BODY));
        Sentence first = new Sentence(1, 1, new TextSpan(0, 4));
        Sentence second = new Sentence(1, 2, new TextSpan(4, 8));
        try (ProjectDatabase db = ProjectDatabase.open(dir.resolve("p.nenpyo"))) {
            long id = db.insertAll(List.of(new AnalyzedDocument("a.txt", "", text, "UTF-8", SourceFormat.TEXT, JAN_11,
                    List.of(), paragraph, List.of(second, first)))).get(0).documentId();
            assertEquals(List.of(first, second), db.sentences(id), "as the sentence rows were read, by number");

            InsertResult twice = db.insertAll(List.of(new AnalyzedDocument("b.txt", "", text + "三", "UTF-8", SourceFormat.TEXT,
                    JAN_11, List.of(), paragraph, List.of(first, new Sentence(1, 1, new TextSpan(4, 8)))))).get(0);
            assertEquals(InsertResult.Outcome.FAILED, twice.outcome());
            assertEquals("sentence 1 is numbered twice", twice.reason());
            assertEquals(1, db.documentCount());
        }
    }

    @Test
    void aTextWithCharactersOutsideTheBasicPlaneComesBackExactly() {
        Path file = dir.resolve("p.nenpyo");
        String text = "𠮷野家の記事。\n\n𩸽を焼く。🍣も。\n";
        AnalyzedDocument document = TestDocuments.document("s.txt", text, JAN_11);
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            long id = db.insertAll(List.of(document)).get(0).documentId();

            assertEquals(text, db.text(id));
            assertEquals(document.sentences(), db.sentences(id));
        }
        assertEquals("\n\n\n", Sql.text(file, "SELECT outside_paragraphs FROM documents"));
    }

    @Test
    void aTextThatNoLongerAddsUpIsReportedNamingTheFileAndTheDocument() {
        Path file = dir.resolve("p.nenpyo");
        long id;
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            id = db.insertAll(List.of(TestDocuments.document("a.txt", "見出し\n\n本文です。\n", JAN_11))).get(0).documentId();
        }
        Sql.execute(file, "UPDATE documents SET outside_paragraphs = '\n\n'", "UPDATE documents SET sentence_spans = x'0102'");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            StoreException text = assertThrows(StoreException.class, () -> db.text(id));
            assertEquals(file.toAbsolutePath() + ": database error: document " + id + "'s text cannot be put together again: "
                    + "the text comes to 10 characters, not 11", text.getMessage());
            StoreException sentences = assertThrows(StoreException.class, () -> db.sentences(id));
            assertTrue(sentences.getMessage().startsWith(file.toAbsolutePath() + ": database error: document " + id
                    + "'s sentences are unreadable: "), sentences.getMessage());
        }
        for (String damage : List.of("char_count = -1", "char_count = 2000000000")) {
            Sql.execute(file, "UPDATE documents SET outside_paragraphs = '\n\n\n', " + damage);
            try (ProjectDatabase db = ProjectDatabase.open(file)) {
                StoreException e = assertThrows(StoreException.class, () -> db.text(id), damage);
                assertTrue(e.getMessage().contains("document " + id + "'s text cannot be put together again: the text comes to 11"),
                        e.getMessage());
            }
        }
        Sql.execute(file, "UPDATE documents SET outside_paragraphs = NULL, char_count = 11");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            StoreException e = assertThrows(StoreException.class, () -> db.text(id));
            assertEquals(file.toAbsolutePath() + ": database error: document " + id + "'s text has 0 characters where 11 were stored",
                    e.getMessage());
        }
    }
}
