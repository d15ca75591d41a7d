package app.nenpyo.store;

import app.nenpyo.codec.MalformedBytesException;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The read queries on documents, paragraphs and sentences. */
final class DocumentReader {

    private static final String DOCUMENT_COLUMNS = """
            SELECT id, origin, title, content_hash, encoding, format, doc_date, date_source, date_evidence,
                   imported_at, paragraph_count, char_count
            FROM documents""";

    /** Undated documents come last: they have no place on a timeline until the analyst dates them. */
    private static final String BY_DATE = " ORDER BY doc_date IS NULL, doc_date, id";

    /** Every document, as the window lists them: read from an index that holds them all ({@link Migration11DocumentListing}). */
    static final String LISTING = DOCUMENT_COLUMNS + BY_DATE;

    private final Connection connection;
    private final boolean keepsTextOnce;

    /** @param keepsTextOnce whether the schema keeps a document's text once and its sentences in its row (version 16 on) */
    DocumentReader(Connection connection, boolean keepsTextOnce) {
        this.connection = connection;
        this.keepsTextOnce = keepsTextOnce;
    }

    List<StoredDocument> documents() throws SQLException {
        return query(LISTING, allTags());
    }

    List<StoredDocument> undated() throws SQLException {
        return query(DOCUMENT_COLUMNS + " WHERE doc_date IS NULL ORDER BY id", allTags());
    }

    Optional<StoredDocument> document(long id) throws SQLException {
        Map<Long, List<String>> tags = Map.of(id, tags(id));
        try (PreparedStatement ps = connection.prepareStatement(DOCUMENT_COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(document(rs, tags)) : Optional.empty();
            }
        }
    }

    String text(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(keepsTextOnce
                ? "SELECT text, outside_paragraphs, char_count FROM documents WHERE id = ?"
                : "SELECT text, NULL, char_count FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchElementException("no document " + id);
                }
                String outside = rs.getString(2);
                if (outside != null) {
                    return rebuilt(id, outside, rs.getInt(3));
                }
                String text = rs.getString(1);
                if (text.length() != rs.getInt(3)) {
                    // a row of the layout kept once that lost what lies outside its paragraphs
                    throw new SQLException("document " + id + "'s text has " + text.length() + " characters where "
                            + rs.getInt(3) + " were stored");
                }
                return text;
            }
        }
    }

    /** A text kept once ({@link DocumentText}), from its paragraphs and what lies outside them. */
    private String rebuilt(long id, String outside, int length) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT span_start, span_end, text FROM paragraphs WHERE document = ? ORDER BY number")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                List<DocumentText.StoredParagraph> paragraphs = new ArrayList<>();
                while (rs.next()) {
                    paragraphs.add(new DocumentText.StoredParagraph(new TextSpan(rs.getInt(1), rs.getInt(2)), rs.getString(3)));
                }
                return DocumentText.rebuilt(outside, paragraphs, length);
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new SQLException("document " + id + "'s text cannot be put together again: " + e.getMessage(), e);
            }
        }
    }

    List<Paragraph> paragraphs(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT number, span_start, span_end, kind FROM paragraphs WHERE document = ? ORDER BY number")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                List<Paragraph> paragraphs = new ArrayList<>();
                while (rs.next()) {
                    paragraphs.add(new Paragraph(rs.getInt(1), new TextSpan(rs.getInt(2), rs.getInt(3)),
                            ParagraphKind.valueOf(rs.getString(4))));
                }
                return paragraphs;
            }
        }
    }

    List<Sentence> sentences(long id) throws SQLException {
        if (keepsTextOnce) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT sentence_spans FROM documents WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    byte[] packed = rs.next() ? rs.getBytes(1) : null;
                    if (packed != null) {
                        return packedSentences(id, packed);
                    }
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT paragraph, number, span_start, span_end FROM sentences WHERE document = ? ORDER BY number")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                List<Sentence> sentences = new ArrayList<>();
                while (rs.next()) {
                    sentences.add(new Sentence(rs.getInt(1), rs.getInt(2), new TextSpan(rs.getInt(3), rs.getInt(4))));
                }
                return sentences;
            }
        }
    }

    private static List<Sentence> packedSentences(long id, byte[] packed) throws SQLException {
        try {
            return SentenceSpans.decode(packed);
        } catch (MalformedBytesException | IllegalArgumentException e) {
            throw new SQLException("document " + id + "'s sentences are unreadable: " + e.getMessage(), e);
        }
    }

    int documentCount() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM documents");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<StoredDocument> query(String sql, Map<Long, List<String>> tags) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<StoredDocument> documents = new ArrayList<>();
            while (rs.next()) {
                documents.add(document(rs, tags));
            }
            return documents;
        }
    }

    private static StoredDocument document(ResultSet rs, Map<Long, List<String>> tags) throws SQLException {
        long id = rs.getLong("id");
        String date = rs.getString("doc_date");
        DocumentDate documentDate = new DocumentDate(date == null ? null : EventTables.day(date),
                DateSource.valueOf(rs.getString("date_source")), rs.getString("date_evidence"));
        return new StoredDocument(id, rs.getString("origin"), rs.getString("title"), rs.getString("content_hash"),
                rs.getString("encoding"), SourceFormat.valueOf(rs.getString("format")), documentDate,
                importedAt(rs.getString("imported_at")), tags.getOrDefault(id, List.of()),
                rs.getInt("paragraph_count"), rs.getInt("char_count"));
    }

    /** An import time as the writer stores it: {@link Instant#toString} of whole milliseconds. */
    private static final java.util.regex.Pattern WRITTEN =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    /**
     * The time a document was imported ({@code 2026-11-26T08:01:02.123Z}), read without a
     * formatter when written so: every listed document has one (41,000 documents: about 0.01 s
     * against 0.045 s); any other form through {@link Instant#parse}.
     */
    static Instant importedAt(String text) {
        if (WRITTEN.matcher(text).matches()) {
            int hours = Integer.parseInt(text, 11, 13, 10);
            int minutes = Integer.parseInt(text, 14, 16, 10);
            int seconds = Integer.parseInt(text, 17, 19, 10);
            if (hours < 24 && minutes < 60 && seconds < 60) {
                try {
                    long day = EventTables.epochDay(text.substring(0, 10));
                    return Instant.ofEpochSecond(day * 86_400 + hours * 3600 + minutes * 60 + seconds,
                            Integer.parseInt(text, 20, 23, 10) * 1_000_000L);
                } catch (java.time.DateTimeException notADay) {
                    // 2026-02-30: the general parser says why
                }
            }
        }
        return Instant.parse(text);
    }

    /** One pass over the tag table instead of one query per listed document. */
    private Map<Long, List<String>> allTags() throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT document, tag FROM document_tags ORDER BY document, position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tags;
    }

    private List<String> tags(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT tag FROM document_tags WHERE document = ? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> tags = new ArrayList<>();
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
                return tags;
            }
        }
    }
}
