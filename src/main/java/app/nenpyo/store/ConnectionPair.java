package app.nenpyo.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How a project's writing and reading connections are opened, to open them again
 * ({@link ProjectDatabase#renewLocks}).
 *
 * @param immutable whether they read the file as SQLite's {@code immutable=1} (without locks): a
 *                  change by another process then looks like damage
 */
record ConnectionPair(Opening writer, Opening reader, boolean immutable) {

    @FunctionalInterface
    interface Opening {
        Connection open() throws SQLException;
    }
}
