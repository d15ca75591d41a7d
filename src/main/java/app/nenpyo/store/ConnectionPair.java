package app.nenpyo.store;

import java.sql.Connection;
import java.sql.SQLException;

/** How a project's writing and reading connections are opened, to open them again ({@link ProjectDatabase#renewLocks}). */
record ConnectionPair(Opening writer, Opening reader) {

    @FunctionalInterface
    interface Opening {
        Connection open() throws SQLException;
    }
}
