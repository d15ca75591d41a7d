package app.nenpyo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two search indexes over paragraphs (DESIGN.md): a trigram index over the text, which finds
 * any substring of 3 or more characters, and an index over the kuromoji tokens, which finds the
 * 2-character words (王毅, 外相) the trigram index cannot. Both are external-content tables on
 * {@code paragraphs}, so the text is stored once. New paragraphs are indexed by {@link DocumentWriter}
 * once per batch, not by an insert trigger: FTS5 flushes its pending terms to a new segment at
 * every savepoint, and a batch holds one savepoint per document, so a trigger made one tiny
 * segment per document and spent the import merging them (5 times slower). Triggers keep the
 * indexes right on the rarer updates and deletes. Paragraphs stored before this step are indexed
 * by the {@code rebuild} commands.
 */
final class Migration2SearchIndex implements Migration {

    static final int VERSION = 2;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE VIRTUAL TABLE paragraph_trigrams USING fts5(
                        text, content='paragraphs', content_rowid='id', tokenize='trigram')""");
            // tokens are separated by spaces; diacritics are kept so that ガ never matches カ
            s.execute("""
                    CREATE VIRTUAL TABLE paragraph_tokens USING fts5(
                        tokens, content='paragraphs', content_rowid='id',
                        tokenize='unicode61 remove_diacritics 0')""");
            s.execute("""
                    CREATE TRIGGER paragraphs_unindexed AFTER DELETE ON paragraphs BEGIN
                        INSERT INTO paragraph_trigrams(paragraph_trigrams, rowid, text) VALUES ('delete', old.id, old.text);
                        INSERT INTO paragraph_tokens(paragraph_tokens, rowid, tokens) VALUES ('delete', old.id, old.tokens);
                    END""");
            s.execute("""
                    CREATE TRIGGER paragraphs_reindexed AFTER UPDATE OF text, tokens ON paragraphs BEGIN
                        INSERT INTO paragraph_trigrams(paragraph_trigrams, rowid, text) VALUES ('delete', old.id, old.text);
                        INSERT INTO paragraph_tokens(paragraph_tokens, rowid, tokens) VALUES ('delete', old.id, old.tokens);
                        INSERT INTO paragraph_trigrams(rowid, text) VALUES (new.id, new.text);
                        INSERT INTO paragraph_tokens(rowid, tokens) VALUES (new.id, new.tokens);
                    END""");
            for (String index : new String[] {"paragraph_trigrams", "paragraph_tokens"}) {
                // bulk-import tuning, kept in the index's own config: a larger in-memory buffer and
                // less eager merging write fewer, larger segments (2x faster imports, measured)
                s.execute("INSERT INTO " + index + "(" + index + ", rank) VALUES ('hashsize', 16777216)");
                s.execute("INSERT INTO " + index + "(" + index + ", rank) VALUES ('automerge', 8)");
                s.execute("INSERT INTO " + index + "(" + index + ", rank) VALUES ('crisismerge', 32)");
            }
            s.execute("INSERT INTO paragraph_trigrams(paragraph_trigrams) VALUES ('rebuild')");
            s.execute("INSERT INTO paragraph_tokens(paragraph_tokens) VALUES ('rebuild')");
        }
    }
}
