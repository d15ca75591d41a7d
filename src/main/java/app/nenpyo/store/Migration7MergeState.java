package app.nenpyo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps what the last merge of the events resolved the actors from ({@code merge_state}, one
 * row, the encoded actor registry), written with the events it made, and the start day of each
 * saved report ({@code document_reports.report_days}): the next merge after an import starts
 * from them instead of reading every document's reports again (decision 0012). Both are empty
 * until the first merge after the upgrade, which fills them.
 */
final class Migration7MergeState implements Migration {

    static final int VERSION = 7;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE merge_state (name TEXT PRIMARY KEY, data BLOB NOT NULL)");
            s.execute("ALTER TABLE document_reports ADD COLUMN report_days BLOB");
        }
    }
}
