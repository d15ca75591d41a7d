package app.nenpyo.store;

import app.nenpyo.domain.SearchHit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranked paragraph search over the two FTS5 indexes. The trigram index answers queries of 3 or
 * more characters as substrings (case ignored); the token index answers by kuromoji words, which is how
 * 2-character words are found. A paragraph found by both ranks above one found by either alone.
 */
final class ParagraphSearch {

    private static final String BY_TRIGRAMS = ranked("paragraph_trigrams");

    private static final String BY_TOKENS = ranked("paragraph_tokens");

    /** Too short for trigrams: a plain scan, in storage order, stopped at the limit; unranked. */
    private static final String BY_SCAN = """
            SELECT p.id, p.document, d.title, p.number, p.text, 0.0
            FROM paragraphs p JOIN documents d ON d.id = p.document
            WHERE instr(p.text, ?) > 0 ORDER BY p.id LIMIT ?""";

    private static final int TRIGRAM = 3;

    private final Connection connection;

    ParagraphSearch(Connection connection) {
        this.connection = connection;
    }

    /** bm25() is lower for better matches; the score is its negation so that higher is better. */
    private static String ranked(String index) {
        return "SELECT p.id, p.document, d.title, p.number, p.text, -bm25(" + index + ")"
                + " FROM " + index
                + " JOIN paragraphs p ON p.id = " + index + ".rowid"
                + " JOIN documents d ON d.id = p.document"
                + " WHERE " + index + " MATCH ? ORDER BY bm25(" + index + ") LIMIT ?";
    }

    List<SearchHit> search(String query, List<String> queryTokens, int limit) throws SQLException {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<String> tokens = FtsQuery.searchableTokens(queryTokens == null ? List.of() : queryTokens);
        Map<Long, Candidate> found = new LinkedHashMap<>();
        boolean longEnough = text.codePointCount(0, text.length()) >= TRIGRAM;
        if (longEnough) {
            collect(BY_TRIGRAMS, FtsQuery.phrase(text), limit, found);
        }
        var byTokens = FtsQuery.allTokens(tokens);
        if (byTokens.isPresent()) {
            collect(BY_TOKENS, byTokens.get(), limit, found);
        }
        if (!longEnough) {
            collect(BY_SCAN, text, limit, found);
        }
        return found.values().stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparingLong(Candidate::documentId)
                        .thenComparingInt(Candidate::paragraphNumber))
                .limit(limit)
                .map(c -> new SearchHit(c.documentId(), c.title(), c.paragraphNumber(), c.text(),
                        Highlighter.highlights(c.text(), text, tokens), c.score()))
                .toList();
    }

    private void collect(String sql, String match, int limit, Map<Long, Candidate> found) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, match);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Candidate c = new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), rs.getDouble(6));
                    found.merge(c.paragraphId(), c, Candidate::plus);
                }
            }
        }
    }

    private record Candidate(long paragraphId, long documentId, String title, int paragraphNumber, String text,
                             double score) {
        Candidate plus(Candidate other) {
            return new Candidate(paragraphId, documentId, title, paragraphNumber, text, score + other.score);
        }
    }
}
