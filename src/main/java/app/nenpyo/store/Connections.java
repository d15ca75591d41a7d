package app.nenpyo.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;

/** Opens the project's JDBC connections with the settings every one of them needs. */
final class Connections {

    private Connections() {
    }

    static Connection writer(Path file, Duration busyTimeout) throws SQLException {
        // a large page cache keeps the FTS5 segment pages in memory during a bulk import
        Connection connection = open(file, busyTimeout, -65_536);
        try (Statement s = connection.createStatement()) {
            // checkpoint every 128 MB of WAL instead of every 8 MB: pages rewritten by many
            // batches (FTS5 segments, b-tree interiors) are copied into the file less often (20% faster imports)
            s.execute("PRAGMA wal_autocheckpoint = 16384");
        }
        return connection;
    }

    /** A reader never writes, so nothing it does can hold the write lock an import needs. */
    static Connection reader(Path file, Duration busyTimeout) throws SQLException {
        Connection connection = open(file, busyTimeout, -16_384);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA query_only = ON");
        }
        return connection;
    }

    /**
     * A connection that never writes the project, for a project opened read-only. {@code immutable}
     * when the project cannot be written here (a read-only folder, where SQLite could not make its
     * shared-memory file, or another user's file, whose owner could not write the files SQLite
     * would make) and no write-ahead log is there to read: SQLite then reads the file as it is,
     * without locks, and creates nothing.
     */
    static Connection readOnlyProject(Path file, Duration busyTimeout, boolean immutable) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        config.setCacheSize(-16_384);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        String url = immutable ? "jdbc:sqlite:" + file.toUri().toASCIIString() + "?immutable=1" : "jdbc:sqlite:" + file;
        Connection connection = config.createConnection(url);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Reads a file without ever writing it or creating it (its header, before deciding to open it). */
    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * Opens and closes a connection to an in-memory database: loads SQLite's native library (which
     * the driver first copies out of its jar) and the JDBC classes, about a fifth of a second on a
     * fresh JVM, most of the time opening a project takes.
     */
    static void warmUp() throws SQLException {
        new SQLiteConfig().createConnection("jdbc:sqlite::memory:").close();
    }

    private static Connection open(Path file, Duration busyTimeout, int cacheSizeKib) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        config.enforceForeignKeys(true);
        // WAL with synchronous=NORMAL stays consistent after a crash; only the last commits may be lost on power failure
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setCacheSize(cacheSizeKib);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config.createConnection("jdbc:sqlite:" + file);
    }
}
