package app.nenpyo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two search indexes over paragraphs (DESIGN.md): a trigram index over the text, which finds
 * any substring of 3 or more characters, and an index over the kuromoji tokens, which finds the
 * 2-character words (王毅, 外相) the trigram index cannot. Both are external-content tables on
 * {@code paragraphs}, so the text is stored once; triggers keep them in step with it. Paragraphs
 * stored before this step are indexed by the {@code rebuild} commands.
 */
final class Migration2SearchIndex implements Migration {

    @Override
    public int version() {
        return 2;
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
                    CREATE TRIGGER paragraphs_indexed AFTER INSERT ON paragraphs BEGIN
                        INSERT INTO paragraph_trigrams(rowid, text) VALUES (new.id, new.text);
                        INSERT INTO paragraph_tokens(rowid, tokens) VALUES (new.id, new.tokens);
                    END""");
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
            s.execute("INSERT INTO paragraph_trigrams(paragraph_trigrams) VALUES ('rebuild')");
            s.execute("INSERT INTO paragraph_tokens(paragraph_tokens) VALUES ('rebuild')");
        }
    }
}
