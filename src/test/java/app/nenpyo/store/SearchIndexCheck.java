package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Checks that the contentless trigram index holds exactly the paragraphs: FTS5's own
 * integrity-check (the index structures are consistent; a contentless table has no content to
 * compare with), then, through an fts5vocab 'instance' table, that every paragraph and no other
 * row is indexed with as many trigrams as its text plus the terminator has (length + 1 - 2).
 */
final class SearchIndexCheck {

    private SearchIndexCheck() {
    }

    static void assertConsistent(Path file) {
        // throws (SQLITE_CORRUPT_VTAB) when the index is damaged
        Sql.execute(file,
                "INSERT INTO paragraph_trigrams (paragraph_trigrams, rank) VALUES ('integrity-check', 1)");
        assertEquals(0, Sql.scalar(file, """
                SELECT count(*) FROM (SELECT rowid FROM paragraph_trigrams EXCEPT SELECT id FROM paragraphs)"""),
                "index rows without a paragraph");
        assertEquals(0, Sql.scalar(file, """
                SELECT count(*) FROM (SELECT id FROM paragraphs EXCEPT SELECT rowid FROM paragraph_trigrams)"""),
                "paragraphs without an index row");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE temp.trigram_instances USING fts5vocab(main, paragraph_trigrams, instance)");
            try (ResultSet rs = s.executeQuery("""
                    WITH indexed(id, n) AS (SELECT doc, count(*) FROM trigram_instances GROUP BY doc)
                    SELECT count(*) FROM paragraphs p LEFT JOIN indexed i ON i.id = p.id
                    WHERE coalesce(i.n, 0) != max(0, length(p.text) - 1)""")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "paragraphs indexed with the wrong number of trigrams");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
