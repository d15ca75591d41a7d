package app.nenpyo.store;

import java.nio.file.Path;

/** FTS5's own check that an external-content index holds exactly the rows of its content table. */
final class SearchIndexCheck {

    private SearchIndexCheck() {
    }

    static void assertConsistent(Path file) {
        // throws (SQLITE_CORRUPT_VTAB) when the index and the paragraphs differ
        Sql.execute(file,
                "INSERT INTO paragraph_trigrams (paragraph_trigrams, rank) VALUES ('integrity-check', 1)",
                "INSERT INTO paragraph_tokens (paragraph_tokens, rank) VALUES ('integrity-check', 1)");
    }
}
