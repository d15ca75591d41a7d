package app.nenpyo.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of the schema. Step N takes a project file from {@code user_version} N-1 to N; the
 * runner wraps each step in its own transaction, so a step is applied fully or not at all.
 */
interface Migration {

    int version();

    void apply(Connection connection) throws SQLException;
}
