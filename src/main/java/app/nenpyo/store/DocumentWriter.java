package app.nenpyo.store;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Writes documents inside the caller's transaction, each one under its own savepoint so that a
 * document is stored whole or not at all. The statements are prepared once per batch and their
 * rows sent with {@code addBatch}. The search index is fed once, by {@link #indexNewParagraphs()},
 * after the last savepoint (see {@link Migration2SearchIndex} for why).
 */
final class DocumentWriter implements AutoCloseable {

    private static final int SQLITE_TOOBIG = 18;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_MISMATCH = 20;

    private final Statement control;
    private final PreparedStatement findByHash;
    private final PreparedStatement insertDocument;
    private final PreparedStatement insertTag;
    private final PreparedStatement insertParagraph;
    private final PreparedStatement insertSentence;
    private final PreparedStatement saveReports;
    private final KeptDays keepsReportDays;
    private final boolean searchIndexed;
    private final boolean keepsTextOnce;
    private final long lastParagraphBefore;

    /**
     * @param searchIndexed   whether the schema has the search index (not at version 1)
     * @param keepsReports    whether the schema has the reports table (version 4 on)
     * @param keepsReportDays what it keeps beside them: their start days (version 7 on), their wider periods (18 on)
     * @param keepsTextOnce   whether a document's text is kept once, and its sentences in its row (version 16 on)
     */
    DocumentWriter(Connection connection, boolean searchIndexed, boolean keepsReports, KeptDays keepsReportDays,
                   boolean keepsTextOnce) throws SQLException {
        this.searchIndexed = searchIndexed;
        this.keepsReportDays = keepsReportDays;
        this.keepsTextOnce = keepsTextOnce;
        control = connection.createStatement();
        try (ResultSet rs = control.executeQuery("SELECT coalesce(max(id), 0) FROM paragraphs")) {
            rs.next();
            lastParagraphBefore = rs.getLong(1);
        }
        findByHash = connection.prepareStatement("SELECT id FROM documents WHERE content_hash = ?");
        insertDocument = connection.prepareStatement(keepsTextOnce ? """
                INSERT INTO documents (origin, title, content_hash, encoding, format, doc_date, date_source,
                                       date_evidence, imported_at, char_count, paragraph_count, text,
                                       outside_paragraphs, sentence_spans)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""" : """
                INSERT INTO documents (origin, title, content_hash, encoding, format, doc_date, date_source,
                                       date_evidence, imported_at, char_count, paragraph_count, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""");
        insertTag = connection.prepareStatement("INSERT INTO document_tags (document, position, tag) VALUES (?, ?, ?)");
        insertParagraph = connection.prepareStatement("""
                INSERT INTO paragraphs (document, number, kind, span_start, span_end, text)
                VALUES (?, ?, ?, ?, ?, ?)""");
        insertSentence = connection.prepareStatement("""
                INSERT INTO sentences (document, paragraph, number, span_start, span_end) VALUES (?, ?, ?, ?, ?)""");
        saveReports = keepsReports ? ReportTable.prepareSave(connection, keepsReportDays) : null;
    }

    /**
     * Stores one document. A document that is wrong in itself (a span outside its text, a
     * sentence in no paragraph, ...) is rolled back and reported as FAILED; any other SQL error
     * (disk full, I/O) is rolled back too and thrown, because the rest of the batch would fail alike.
     */
    InsertResult insert(HashedDocument hashed, Optional<SavedReports> reports, Instant importedAt) throws SQLException {
        AnalyzedDocument document = hashed.document();
        String hash = hashed.contentHash();
        OptionalLong existing = findByHash(hash);
        if (existing.isPresent()) {
            return InsertResult.duplicate(existing.getAsLong());
        }
        control.execute("SAVEPOINT document");
        try {
            long id = writeDocument(document, hash, importedAt);
            writeTags(id, document.tags());
            writeParagraphs(id, document);
            if (!keepsTextOnce) {
                writeSentences(id, document);
            }
            if (reports.isPresent() && saveReports != null) {
                ReportTable.save(saveReports, id, reports.get(), keepsReportDays);
            }
            control.execute("RELEASE document");
            return InsertResult.imported(id);
        } catch (InvalidDocumentException e) {
            undo();
            return InsertResult.failed(e.getMessage());
        } catch (SQLException e) {
            undo();
            if (isAboutTheDocument(e)) {
                return InsertResult.failed(SqlErrors.reason(e));
            }
            throw e;
        }
    }

    /**
     * Indexes the paragraphs stored by this writer, in the same transaction: the batch commits
     * with its index or not at all. Paragraph ids only grow, so the new ones are those above the
     * largest id seen when the batch began.
     */
    void indexNewParagraphs() throws SQLException {
        if (!searchIndexed) {
            return;
        }
        control.execute("INSERT INTO paragraph_trigrams (rowid, text) SELECT id, text || "
                + Migration2SearchIndex.TERMINATOR + " FROM paragraphs WHERE id > " + lastParagraphBefore);
    }

    private OptionalLong findByHash(String hash) throws SQLException {
        findByHash.setString(1, hash);
        try (ResultSet rs = findByHash.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        }
    }

    private long writeDocument(AnalyzedDocument document, String hash, Instant importedAt) throws SQLException {
        insertDocument.setString(1, document.origin());
        insertDocument.setString(2, document.title());
        insertDocument.setString(3, hash);
        insertDocument.setString(4, document.encoding());
        insertDocument.setString(5, document.format().name());
        if (document.date().isDated()) {
            insertDocument.setString(6, document.date().date().toString());
        } else {
            insertDocument.setNull(6, Types.VARCHAR);
        }
        insertDocument.setString(7, document.date().source().name());
        insertDocument.setString(8, document.date().evidence());
        insertDocument.setString(9, importedAt.toString());
        insertDocument.setInt(10, document.text().length());
        insertDocument.setInt(11, document.paragraphs().size());
        if (keepsTextOnce) {
            Optional<String> outside = DocumentText.outside(document.text(), document.paragraphs());
            insertDocument.setString(12, outside.isPresent() ? "" : document.text());
            if (outside.isPresent()) {
                insertDocument.setString(13, outside.get());
            } else {
                insertDocument.setNull(13, Types.VARCHAR);
            }
            insertDocument.setBytes(14, SentenceSpans.encode(checkedSentences(document)));
        } else {
            insertDocument.setString(12, document.text());
        }
        try (ResultSet rs = insertDocument.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void writeTags(long id, List<String> tags) throws SQLException {
        for (int i = 0; i < tags.size(); i++) {
            insertTag.setLong(1, id);
            insertTag.setInt(2, i);
            insertTag.setString(3, tags.get(i));
            insertTag.addBatch();
        }
        insertTag.executeBatch();
    }

    private void writeParagraphs(long id, AnalyzedDocument document) throws SQLException {
        List<Paragraph> paragraphs = document.paragraphs();
        String text = document.text();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = paragraphs.get(i);
            requireInside(text, paragraph.span(), "paragraph " + paragraph.number());
            insertParagraph.setLong(1, id);
            insertParagraph.setInt(2, paragraph.number());
            insertParagraph.setString(3, paragraph.kind().name());
            insertParagraph.setInt(4, paragraph.span().start());
            insertParagraph.setInt(5, paragraph.span().end());
            insertParagraph.setString(6, paragraph.span().of(text));
            insertParagraph.addBatch();
        }
        insertParagraph.executeBatch();
    }

    /**
     * The sentences in the order of their numbers, each inside the text, in a paragraph of the
     * document and numbered once: what the sentence rows' keys checked, and the order they were
     * read back in, before they were kept in the document's row.
     */
    private static List<Sentence> checkedSentences(AnalyzedDocument document) {
        Set<Integer> paragraphs = new HashSet<>();
        for (Paragraph p : document.paragraphs()) {
            paragraphs.add(p.number());
        }
        Set<Integer> numbers = new HashSet<>();
        for (Sentence sentence : document.sentences()) {
            requireInside(document.text(), sentence.span(), "sentence " + sentence.number());
            if (!paragraphs.contains(sentence.paragraphNumber())) {
                throw new InvalidDocumentException("sentence " + sentence.number() + " lies in paragraph "
                        + sentence.paragraphNumber() + ", which the document does not have");
            }
            if (!numbers.add(sentence.number())) {
                throw new InvalidDocumentException("sentence " + sentence.number() + " is numbered twice");
            }
        }
        return document.sentences().stream().sorted(Comparator.comparingInt(Sentence::number)).toList();
    }

    private void writeSentences(long id, AnalyzedDocument document) throws SQLException {
        for (Sentence sentence : document.sentences()) {
            requireInside(document.text(), sentence.span(), "sentence " + sentence.number());
            insertSentence.setLong(1, id);
            insertSentence.setInt(2, sentence.paragraphNumber());
            insertSentence.setInt(3, sentence.number());
            insertSentence.setInt(4, sentence.span().start());
            insertSentence.setInt(5, sentence.span().end());
            insertSentence.addBatch();
        }
        insertSentence.executeBatch();
    }

    private static void requireInside(String text, TextSpan span, String what) {
        if (span.end() > text.length()) {
            throw new InvalidDocumentException(what + " span [" + span.start() + ", " + span.end()
                    + ") lies outside the text (" + text.length() + " characters)");
        }
    }

    /** Rows queued for a failed document must not be sent with the next one. */
    private void undo() throws SQLException {
        insertTag.clearBatch();
        insertParagraph.clearBatch();
        insertSentence.clearBatch();
        control.execute("ROLLBACK TO document");
        control.execute("RELEASE document");
    }

    private static boolean isAboutTheDocument(SQLException e) {
        int primary = SqlErrors.primaryCode(e);
        return primary == SQLITE_CONSTRAINT || primary == SQLITE_TOOBIG || primary == SQLITE_MISMATCH;
    }

    @Override
    public void close() throws SQLException {
        for (Statement s : List.of(control, findByHash, insertDocument, insertTag, insertParagraph, insertSentence)) {
            s.close();
        }
        if (saveReports != null) {
            saveReports.close();
        }
    }

    /** A document whose parts do not fit its own text; caught before its rows are committed. */
    private static final class InvalidDocumentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidDocumentException(String message) {
            super(message);
        }
    }
}
