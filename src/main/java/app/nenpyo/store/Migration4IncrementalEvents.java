package app.nenpyo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the events layer read in each dated document, kept so that rebuilding the events merges
 * stored reports instead of reading every document again. The bytes are opaque here (the events
 * layer writes and reads them); {@code anchor} is the document date they were resolved against
 * and {@code format} the layout they were written in: when either no longer matches, the
 * document is read again. Rows go with their document.
 *
 * <p>Events get a fingerprint of their stored content, so a rebuild writes only the events that
 * changed; the existing events have none and are rewritten by the next rebuild.
 */
final class Migration4IncrementalEvents implements Migration {

    static final int VERSION = 4;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE TABLE document_reports (
                        document INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                        anchor   TEXT NOT NULL,
                        format   INTEGER NOT NULL,
                        reports  BLOB NOT NULL
                    )""");
            s.execute("ALTER TABLE events ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''");
        }
    }
}
