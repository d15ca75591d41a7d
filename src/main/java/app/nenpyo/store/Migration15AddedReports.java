package app.nenpyo.store;

/**
 * Clauses the analyst added as reports of events the machine did not read (decision 0020): one
 * row per clause, its document, its UTF-16 span, the analyst's date in DESIGN.md's grammar, the
 * analyst's label (empty for the machine's reading) and when it was added (epoch milliseconds).
 * Like a date (migration 13) it is applied where a document is read, so adding or removing one
 * marks the document's saved reports outdated; the index finds a document's rows as it is read.
 */
final class Migration15AddedReports extends Migration {

    static final int VERSION = 15;

    Migration15AddedReports() {
        super(VERSION, """
                CREATE TABLE added_reports (
                    source_id    TEXT PRIMARY KEY,
                    document     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    clause_start INTEGER NOT NULL,
                    clause_end   INTEGER NOT NULL,
                    value        TEXT NOT NULL,
                    label        TEXT NOT NULL,
                    set_at       INTEGER NOT NULL
                ) WITHOUT ROWID""",
                "CREATE INDEX added_reports_by_document ON added_reports (document)");
    }
}
