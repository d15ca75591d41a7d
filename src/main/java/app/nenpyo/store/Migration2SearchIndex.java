package app.nenpyo.store;

/**
 * The search index over paragraphs (decision 0004): one contentless FTS5 trigram index. Each
 * paragraph is indexed as its text followed by a newline ({@link #TERMINATOR}), so that every
 * occurrence of a 2-character term is followed by some character and is the start of an indexed
 * trigram: {@link ParagraphSearch} finds 2-character terms through the trigram vocabulary
 * ({@code paragraph_trigram_terms}). Contentless ({@code content=''}) because the text is
 * already stored in {@code paragraphs}; {@code contentless_delete=1} so rows can be deleted by rowid.
 *
 * <p>New paragraphs are indexed by {@link DocumentWriter} once per batch, not by an insert
 * trigger: FTS5 flushes its pending terms to a new segment at every savepoint, and a batch holds
 * one savepoint per document, so a trigger made one tiny segment per document and spent the
 * import merging them (5 times slower). Triggers keep the index right on the rarer updates and
 * deletes. Paragraphs stored before this step are indexed here.
 */
final class Migration2SearchIndex extends Migration {

    static final int VERSION = 2;

    /** Appended to every indexed paragraph text (SQL expression); the search relies on it. */
    static final String TERMINATOR = "char(10)";

    Migration2SearchIndex() {
        super(VERSION,
                """
                    CREATE VIRTUAL TABLE paragraph_trigrams USING fts5(
                        text, content='', contentless_delete=1, tokenize='trigram')""",
                // one row per distinct trigram (case folded): how 2-character terms are looked up
                "CREATE VIRTUAL TABLE paragraph_trigram_terms USING fts5vocab(paragraph_trigrams, 'row')",
                """
                    CREATE TRIGGER paragraphs_unindexed AFTER DELETE ON paragraphs BEGIN
                        DELETE FROM paragraph_trigrams WHERE rowid = old.id;
                    END""",
                """
                    CREATE TRIGGER paragraphs_reindexed AFTER UPDATE OF id, text ON paragraphs BEGIN
                        DELETE FROM paragraph_trigrams WHERE rowid = old.id;
                        INSERT INTO paragraph_trigrams(rowid, text) VALUES (new.id, new.text || %s);
                    END""".replace("%s", TERMINATOR),
                // bulk-import tuning, kept in the index's own config: a larger in-memory buffer and
                // less eager merging write fewer, larger segments (2x faster imports, measured)
                "INSERT INTO paragraph_trigrams(paragraph_trigrams, rank) VALUES ('hashsize', 16777216)",
                "INSERT INTO paragraph_trigrams(paragraph_trigrams, rank) VALUES ('automerge', 8)",
                "INSERT INTO paragraph_trigrams(paragraph_trigrams, rank) VALUES ('crisismerge', 32)",
                "INSERT INTO paragraph_trigrams(rowid, text) SELECT id, text || " + TERMINATOR + " FROM paragraphs");
    }
}
