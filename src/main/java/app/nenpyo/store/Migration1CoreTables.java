package app.nenpyo.store;

/**
 * Documents, their tags, paragraphs and sentences. The search index of the next step is built
 * from the paragraph texts alone, so nothing else is stored for it.
 */
final class Migration1CoreTables extends Migration {

    Migration1CoreTables() {
        super(1,
                """
                    CREATE TABLE documents (
                        id              INTEGER PRIMARY KEY,
                        origin          TEXT NOT NULL,
                        title           TEXT NOT NULL,
                        content_hash    TEXT NOT NULL UNIQUE,
                        encoding        TEXT NOT NULL,
                        format          TEXT NOT NULL,
                        doc_date        TEXT,
                        date_source     TEXT NOT NULL,
                        date_evidence   TEXT NOT NULL,
                        imported_at     TEXT NOT NULL,
                        char_count      INTEGER NOT NULL,
                        paragraph_count INTEGER NOT NULL,
                        text            TEXT NOT NULL
                    )""",
                // the document list is ordered by date; undated documents are listed on their own
                "CREATE INDEX documents_by_date ON documents(doc_date, id)",
                """
                    CREATE TABLE document_tags (
                        document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        tag      TEXT NOT NULL,
                        PRIMARY KEY (document, position)
                    ) WITHOUT ROWID""",
                "CREATE INDEX document_tags_by_tag ON document_tags(tag)",
                // id is the rowid the search index refers to; (document, number) is how everything else does
                """
                    CREATE TABLE paragraphs (
                        id         INTEGER PRIMARY KEY,
                        document   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        number     INTEGER NOT NULL,
                        kind       TEXT NOT NULL,
                        span_start INTEGER NOT NULL,
                        span_end   INTEGER NOT NULL,
                        text       TEXT NOT NULL,
                        UNIQUE (document, number)
                    )""",
                """
                    CREATE TABLE sentences (
                        document   INTEGER NOT NULL,
                        paragraph  INTEGER NOT NULL,
                        number     INTEGER NOT NULL,
                        span_start INTEGER NOT NULL,
                        span_end   INTEGER NOT NULL,
                        PRIMARY KEY (document, number),
                        FOREIGN KEY (document, paragraph) REFERENCES paragraphs(document, number) ON DELETE CASCADE
                    ) WITHOUT ROWID""");
    }
}
