package app.nenpyo.store;

import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.SearchResults;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ranked paragraph search over the one trigram index (decision 0004). The query is split at white
 * space into terms that must all occur, as substrings, Latin case and width ignored (NATO finds
 * ＮＡＴＯ and nato):
 * <ul>
 * <li>a term of 3 or more characters is a quoted phrase on the trigram index;</li>
 * <li>a term of 2 characters is the OR of every indexed trigram that starts with it, looked up in
 *     the trigram vocabulary; this finds every occurrence because each paragraph is indexed with
 *     a terminator after its text, so even a term at the very end starts a trigram. No such
 *     trigram: no hits;</li>
 * <li>a term of 1 character cannot use the index: it filters the paragraphs found by the other
 *     terms, and a query of 1-character terms only is a plain scan in storage order, stopped at
 *     the limit, unranked (score 0).</li>
 * </ul>
 * Ranked hits are ordered by bm25 (score = -bm25, higher is better). A query matching more than
 * {@link #MOST_RANKED} paragraphs lists the newest first (score 0): ranking that many would keep
 * the analyst waiting, and a narrower query is ranked again.
 */
final class ParagraphSearch {

    private static final String HIT_COLUMNS = "SELECT p.id, p.document, d.title, p.number, p.text, d.doc_date, ";

    private static final String TERMS_FROM = "SELECT term FROM paragraph_trigram_terms WHERE term >= ? AND term < ?";

    private static final String TERMS_ABOVE = "SELECT term FROM paragraph_trigram_terms WHERE term >= ?";

    private static final int TRIGRAM = 3;

    /**
     * Beyond this many matching paragraphs a query is answered newest first instead of ranked:
     * bm25 scores every match, which took 200 to 400 ms for a common word over a million
     * paragraphs, while the newest matches stream from the index in a millisecond.
     */
    static final int MOST_RANKED = 20_000;

    private final Connection connection;
    private final int mostRanked;

    ParagraphSearch(Connection connection) {
        this(connection, MOST_RANKED);
    }

    ParagraphSearch(Connection connection, int mostRanked) {
        this.connection = connection;
        this.mostRanked = mostRanked;
    }

    List<SearchHit> search(String query, int limit) throws SQLException {
        return search(query, limit, 0).hits();
    }

    /**
     * The best {@code limit} paragraphs matching the query, and how many match, counted no further
     * than {@code countAtMost}, in one count at most: a query the index answers alone is counted
     * once to know whether it can be ranked, which counts it for the analyst too; another is
     * counted only when its hits fill the limit (fewer are all there are).
     */
    SearchResults search(String query, int limit, int countAtMost) throws SQLException {
        Terms terms = terms(query);
        if (terms == null || limit <= 0 && countAtMost <= 0) {
            return SearchResults.NONE;
        }
        if (terms.indexedAlone()) {
            int counted = countIndexed(terms.match(), Math.max(mostRanked + 1, countAtMost));
            List<SearchHit> hits = limit <= 0 ? List.of() : indexed(terms.match(), terms.all(), limit, counted > mostRanked);
            return new SearchResults(hits, Math.min(counted, countAtMost));
        }
        List<SearchHit> hits = List.of();
        if (limit > 0) {
            StringBuilder sql = new StringBuilder(HIT_COLUMNS);
            List<String> parameters = new ArrayList<>();
            sql.append(terms.clauses().isEmpty() ? "0.0 " : "-bm25(paragraph_trigrams) ");
            terms.appendFromWhere(sql, parameters);
            sql.append(terms.clauses().isEmpty() ? " ORDER BY p.id" : " ORDER BY bm25(paragraph_trigrams), p.document, p.number");
            sql.append(" LIMIT ?");
            hits = hits(sql.toString(), parameters, limit, terms.all());
        }
        int matches = hits.size() < limit ? hits.size() : count(terms, countAtMost);
        return new SearchResults(hits, Math.min(matches, countAtMost));
    }

    /**
     * How many paragraphs match the query, counted no further than {@code atMost}: a common word
     * matches a good part of a million paragraphs, and counting them all would keep the analyst
     * waiting for a number they read as "very many" anyway.
     */
    int count(String query, int atMost) throws SQLException {
        Terms terms = terms(query);
        return terms == null ? 0 : count(terms, atMost);
    }

    private int count(Terms terms, int atMost) throws SQLException {
        if (atMost <= 0) {
            return 0;
        }
        if (terms.indexedAlone()) {
            return countIndexed(terms.match(), atMost);
        }
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM (SELECT p.id ");
        List<String> parameters = new ArrayList<>();
        terms.appendFromWhere(sql, parameters);
        sql.append(" LIMIT ?)");
        return count(sql.toString(), parameters, atMost);
    }

    /** How many paragraphs the index finds for a match expression, counted no further than {@code atMost}. */
    private int countIndexed(String match, int atMost) throws SQLException {
        return count("SELECT count(*) FROM (SELECT rowid FROM paragraph_trigrams WHERE paragraph_trigrams MATCH ? LIMIT ?)",
                List.of(match), atMost);
    }

    /** Runs a count whose parameters are {@code texts} and then the most to count. */
    private int count(String sql, List<String> texts, int atMost) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < texts.size(); i++) {
                ps.setString(i + 1, texts.get(i));
            }
            ps.setInt(texts.size() + 1, atMost);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * The query's terms: the index clauses of those of 2 characters or more, and the 1-character
     * ones, which the index cannot look up. Null when nothing can match (no term, or a 2-character
     * term that starts no indexed trigram).
     */
    private Terms terms(String query) throws SQLException {
        List<String> all = FtsQuery.terms(query);
        if (all.isEmpty()) {
            return null;
        }
        List<String> clauses = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        for (String term : all) {
            int length = FtsQuery.length(term);
            if (length >= TRIGRAM) {
                clauses.add(FtsQuery.anyOf(FtsQuery.widthVariants(term)));
            } else if (length == 2) {
                List<String> trigrams = new ArrayList<>();
                for (String variant : FtsQuery.widthVariants(term)) {
                    trigrams.addAll(trigramsStartingWith(FtsQuery.folded(variant)));
                }
                if (trigrams.isEmpty()) {
                    return null;
                }
                clauses.add(FtsQuery.anyOf(trigrams));
            } else {
                singles.add(term);
            }
        }
        return new Terms(all, clauses, singles);
    }

    private record Terms(List<String> all, List<String> clauses, List<String> singles) {

        boolean indexedAlone() {
            return !clauses.isEmpty() && singles.isEmpty();
        }

        String match() {
            return String.join(" AND ", clauses);
        }

        /** FROM and WHERE of the paragraphs (p, with their documents d) holding every term. */
        void appendFromWhere(StringBuilder sql, List<String> parameters) {
            if (clauses.isEmpty()) {
                sql.append("FROM paragraphs p JOIN documents d ON d.id = p.document WHERE 1");
            } else {
                sql.append("FROM paragraph_trigrams")
                        .append(" JOIN paragraphs p ON p.id = paragraph_trigrams.rowid")
                        .append(" JOIN documents d ON d.id = p.document")
                        .append(" WHERE paragraph_trigrams MATCH ?");
                parameters.add(match());
            }
            for (String single : singles) {
                List<String> variants = FtsQuery.caseVariants(single);
                sql.append(" AND (");
                for (int i = 0; i < variants.size(); i++) {
                    sql.append(i == 0 ? "" : " OR ").append("instr(p.text, ?) > 0");
                    parameters.add(variants.get(i));
                }
                sql.append(')');
            }
        }
    }

    /**
     * A query the index answers alone: the matches are ranked (or, when they are {@code common},
     * more than {@link #mostRanked}, taken newest first) inside the index, and only the chosen few
     * are joined with their paragraph texts; joining first read the text of every match.
     */
    private List<SearchHit> indexed(String match, List<String> terms, int limit, boolean common) throws SQLException {
        String top = common
                ? "SELECT rowid, 0.0 AS rank FROM paragraph_trigrams WHERE paragraph_trigrams MATCH ? ORDER BY rowid DESC LIMIT ?"
                : "SELECT rowid, bm25(paragraph_trigrams) AS rank FROM paragraph_trigrams WHERE paragraph_trigrams MATCH ?"
                        + " ORDER BY rank, rowid LIMIT ?";
        String sql = "WITH top AS (" + top + ") " + HIT_COLUMNS + "-top.rank FROM top"
                + " JOIN paragraphs p ON p.id = top.rowid JOIN documents d ON d.id = p.document"
                + (common ? " ORDER BY p.id DESC" : " ORDER BY top.rank, p.id");
        return hits(sql, List.of(match), limit, terms);
    }

    /** Runs a hit query whose parameters are {@code texts} and then the limit. */
    private List<SearchHit> hits(String sql, List<String> texts, int limit, List<String> terms) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < texts.size(); i++) {
                ps.setString(i + 1, texts.get(i));
            }
            ps.setInt(texts.size() + 1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(5);
                    hits.add(new SearchHit(rs.getLong(2), rs.getString(3), Optional.ofNullable(rs.getString(6)).map(EventTables::day),
                            rs.getInt(4), text, Highlighter.highlights(text, terms), rs.getDouble(7)));
                }
            }
        }
        return hits;
    }

    /** The indexed trigrams (case folded) that start with the given 2 characters. */
    private List<String> trigramsStartingWith(String prefix) throws SQLException {
        String upper = FtsQuery.prefixUpperBound(prefix);
        List<String> trigrams = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(upper == null ? TERMS_ABOVE : TERMS_FROM)) {
            ps.setString(1, prefix);
            if (upper != null) {
                ps.setString(2, upper);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String term = rs.getString(1);
                    if (!term.startsWith(prefix)) {
                        break;
                    }
                    trigrams.add(term);
                }
            }
        }
        return trigrams;
    }
}
