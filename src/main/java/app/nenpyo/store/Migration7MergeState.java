package app.nenpyo.store;

/**
 * Keeps what the last merge of the events resolved the actors from ({@code merge_state}, one
 * row, the encoded actor registry), written with the events it made, and the start day of each
 * saved report ({@code document_reports.report_days}): the next merge after an import starts
 * from them instead of reading every document's reports again (decision 0012). Both are empty
 * until the first merge after the upgrade, which fills them.
 */
final class Migration7MergeState extends Migration {

    static final int VERSION = 7;

    Migration7MergeState() {
        super(VERSION,
                "CREATE TABLE merge_state (name TEXT PRIMARY KEY, data BLOB NOT NULL)",
                "ALTER TABLE document_reports ADD COLUMN report_days BLOB");
    }
}
