package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.store.InsertResult.Outcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsertAndReadTest {

    private static final DocumentDate JAN_11 =
            new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.FILE_NAME, "kazakhstan-ukraine-2022-01-11.txt");

    @TempDir
    Path dir;

    private ProjectDatabase db;

    @BeforeEach
    void open() {
        db = ProjectDatabase.open(dir.resolve("p.nenpyo"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRealDocumentComesBackExactly() {
        String text = TestDocuments.resource(TestDocuments.SAMPLE);
        AnalyzedDocument document = TestDocuments.analyze("/clips/" + TestDocuments.SAMPLE, text, JAN_11,
                List.of("NATOexpansion", "反ロシア"));

        List<InsertResult> results = db.insertAll(List.of(document));

        assertEquals(Outcome.IMPORTED, results.get(0).outcome());
        long id = results.get(0).documentId();
        assertEquals(text, db.text(id));
        assertEquals(document.paragraphs(), db.paragraphs(id));
        assertEquals(document.sentences(), db.sentences(id));
        StoredDocument stored = db.document(id).orElseThrow();
        assertEquals("/clips/" + TestDocuments.SAMPLE, stored.origin());
        assertEquals("title of /clips/" + TestDocuments.SAMPLE, stored.title());
        assertEquals(ContentHash.of(text), stored.contentHash());
        assertEquals(64, stored.contentHash().length());
        assertEquals("UTF-8", stored.encoding());
        assertEquals(SourceFormat.TEXT, stored.format());
        assertEquals(JAN_11, stored.date());
        assertEquals(List.of("NATOexpansion", "反ロシア"), stored.tags());
        assertEquals(document.paragraphs().size(), stored.paragraphCount());
        assertEquals(text.length(), stored.characterCount());
        assertEquals(1, db.documentCount());
        assertEquals(List.of(stored), db.documents());
        for (Paragraph p : db.paragraphs(id)) {
            assertFalse(p.span().of(text).isBlank());
        }
    }

    @Test
    void theSameContentTwiceIsANoOp() {
        AnalyzedDocument first = TestDocuments.document("a.txt", "王毅外相は10日、電話で会談した。", JAN_11);
        AnalyzedDocument sameText = TestDocuments.document("copy-of-a.txt", "王毅外相は10日、電話で会談した。",
                DocumentDate.undated());

        long id = db.insertAll(List.of(first)).get(0).documentId();
        List<InsertResult> again = db.insertAll(List.of(sameText, first));

        assertEquals(List.of(InsertResult.duplicate(id), InsertResult.duplicate(id)), again);
        assertEquals(1, db.documentCount());
        assertEquals("a.txt", db.document(id).orElseThrow().origin());
    }

    @Test
    void aDuplicateInsideOneBatchIsReportedAsSuch() {
        AnalyzedDocument doc = TestDocuments.document("a.txt", "同じ本文。", JAN_11);

        List<InsertResult> results = db.insertAll(List.of(doc, doc));

        assertEquals(Outcome.IMPORTED, results.get(0).outcome());
        assertEquals(InsertResult.duplicate(results.get(0).documentId()), results.get(1));
    }

    @Test
    void aDocumentWithAParagraphOutsideItsTextIsRolledBackAndTheOthersAreStored() {
        AnalyzedDocument good1 = TestDocuments.document("1.txt", "一つ目の文書。", JAN_11);
        AnalyzedDocument badDocument = new AnalyzedDocument("bad.txt", "bad", "短い本文。", "UTF-8", SourceFormat.TEXT,
                JAN_11, List.of("tag"), List.of(
                        new Paragraph(1, new TextSpan(0, 5), ParagraphKind.BODY),
                        new Paragraph(2, new TextSpan(5, 50), ParagraphKind.BODY)),
                List.of());
        AnalyzedDocument good2 = TestDocuments.document("2.txt", "二つ目の文書。", JAN_11);

        List<InsertResult> results = db.insertAll(List.of(good1, badDocument, good2));

        assertEquals(Outcome.IMPORTED, results.get(0).outcome());
        assertEquals(Outcome.FAILED, results.get(1).outcome());
        assertTrue(results.get(1).reason().contains("paragraph 2 span [5, 50)"), results.get(1).reason());
        assertEquals(Outcome.IMPORTED, results.get(2).outcome());
        assertEquals(List.of("1.txt", "2.txt"), db.documents().stream().map(StoredDocument::origin).toList());
        assertEquals(2, rowsOfParts(), "a paragraph each (their sentences are kept in their rows)");
        assertEquals("ok", db.integrityCheck());
        SearchIndexCheck.assertConsistent(db.file());
    }

    @Test
    void aSentenceInNoParagraphFailsAndLeavesNothing() {
        AnalyzedDocument orphanSentence = new AnalyzedDocument("orphan.txt", "", "本文。", "UTF-8", SourceFormat.TEXT,
                JAN_11, List.of("a", "b"), List.of(new Paragraph(1, new TextSpan(0, 3), ParagraphKind.BODY)),
                List.of(new Sentence(7, 1, new TextSpan(0, 3))));

        InsertResult result = db.insertAll(List.of(orphanSentence)).get(0);

        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("sentence 1 lies in paragraph 7, which the document does not have", result.reason());
        assertEquals(0, db.documentCount());
        assertEquals(0, rowsOfParts());
        // the failed document's queued rows must not leak into the next one
        AnalyzedDocument next = TestDocuments.document("next.txt", "次の文書。", JAN_11);
        long id = db.insertAll(List.of(next)).get(0).documentId();
        assertEquals(next.sentences(), db.sentences(id));
        assertEquals(List.of(), db.document(id).orElseThrow().tags());
    }

    @Test
    void documentsAreListedByDateWithTheUndatedLast() {
        db.insertAll(List.of(
                TestDocuments.document("undated.txt", "日付なし。", DocumentDate.undated()),
                TestDocuments.document("late.txt", "遅い。", DocumentDate.byUser(LocalDate.of(2022, 3, 1))),
                TestDocuments.document("early.txt", "早い。", DocumentDate.byUser(LocalDate.of(2021, 3, 1)))));

        assertEquals(List.of("early.txt", "late.txt", "undated.txt"),
                db.documents().stream().map(StoredDocument::origin).toList());
        assertEquals(List.of("undated.txt"), db.undated().stream().map(StoredDocument::origin).toList());
    }

    @Test
    void theDocumentsListedAgainShowWhatAnyConnectionCommittedSince() {
        db.insertAll(List.of(TestDocuments.document("a.txt", "一つ目。", JAN_11)));
        List<StoredDocument> first = db.documents();
        assertTrue(first == db.documents(), "nothing committed since: the same list, not read again");

        long id = db.insertAll(List.of(TestDocuments.document("b.txt", "二つ目。", DocumentDate.undated()))).get(0).documentId();
        assertEquals(List.of("a.txt", "b.txt"), db.documents().stream().map(StoredDocument::origin).toList());
        db.setDocumentDate(id, DocumentDate.byUser(LocalDate.of(2020, 1, 1)));
        assertEquals(List.of("b.txt", "a.txt"), db.documents().stream().map(StoredDocument::origin).toList());
        // another process writing the same file
        Sql.execute(dir.resolve("p.nenpyo"), "UPDATE documents SET title = '書き換え' WHERE id = " + id);
        assertEquals("書き換え", db.documents().get(0).title());
    }

    /** The import time as stored is read back exactly, without the general parser, and anything else as it would. */
    @net.jqwik.api.Property(tries = 500)
    void anImportTimeIsReadBackAsWritten(@net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = -62_135_596_800_000L,
            max = 253_402_300_799_999L) long epochMilli) {
        java.time.Instant instant = java.time.Instant.ofEpochMilli(epochMilli);
        assertEquals(instant, DocumentReader.importedAt(instant.toString()));
        for (String other : List.of("2026-02-30T10:00:00.000Z", "2026-11-26T24:00:00.000Z", "2026-11-26T10:60:00.000Z",
                "2026-11-26T10:00:00Z", "+2026-11-26T10:00:00.000Z", "2026-11-26T10:00:00.000")) {
            Object expected;
            Object actual;
            try {
                expected = java.time.Instant.parse(other);
            } catch (java.time.format.DateTimeParseException e) {
                expected = "refused";
            }
            try {
                actual = DocumentReader.importedAt(other);
            } catch (java.time.format.DateTimeParseException e) {
                actual = "refused";
            }
            assertEquals(expected, actual, other);
        }
    }

    @Test
    void theAnalystCanDateAnUndatedDocument() {
        long id = db.insertAll(List.of(TestDocuments.document("u.txt", "日付なし。", DocumentDate.undated())))
                .get(0).documentId();

        db.setDocumentDate(id, DocumentDate.byUser(LocalDate.of(2022, 1, 11)));

        assertEquals(DocumentDate.byUser(LocalDate.of(2022, 1, 11)), db.document(id).orElseThrow().date());
        assertEquals(List.of(), db.undated());
        assertThrows(NoSuchElementException.class, () -> db.setDocumentDate(999, DocumentDate.undated()));
    }

    @Test
    void missingDocumentsAreEmptyOrAbsent() {
        assertTrue(db.document(42).isEmpty());
        assertEquals(List.of(), db.paragraphs(42));
        assertEquals(List.of(), db.sentences(42));
        assertThrows(NoSuchElementException.class, () -> db.text(42));
    }

    @Test
    void textOutsideTheBasicPlaneKeepsItsUtf16Spans() {
        String text = "😀今日は晴れ。\n\n𠮷野家で昼食。";
        AnalyzedDocument document = TestDocuments.analyze("emoji.txt", text, JAN_11, List.of());

        long id = db.insertAll(List.of(document)).get(0).documentId();

        assertEquals(document.paragraphs(), db.paragraphs(id));
        assertEquals("𠮷野家で昼食。", db.paragraphs(id).get(1).span().of(db.text(id)));
        assertEquals(text.length(), db.document(id).orElseThrow().characterCount());
    }

    @Test
    void aClosedProjectSaysSo() {
        db.close();

        StoreException e = assertThrows(StoreException.class, db::documentCount);
        assertTrue(e.getMessage().contains("p.nenpyo: the project is closed"), e.getMessage());
    }

    /** Rows of every table, orphans included: what a rolled-back document must not leave. */
    private long rowsOfParts() {
        Path file = db.file();
        return Sql.scalar(file, "SELECT count(*) FROM paragraphs") + Sql.scalar(file, "SELECT count(*) FROM sentences")
                + Sql.scalar(file, "SELECT count(*) FROM document_tags");
    }
}
