package app.nenpyo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One step of the schema: the SQL statements that take a project file from {@code user_version}
 * N-1 to N, run in order. The runner wraps each step in its own transaction, so a step is applied
 * fully or not at all. Each step is a class of its own whose comment says why the schema changed.
 */
abstract class Migration {

    private final int version;
    private final List<String> statements;

    Migration(int version, String... statements) {
        this.version = version;
        this.statements = List.of(statements);
    }

    int version() {
        return version;
    }

    /**
     * Whether the step runs with SQLite's foreign-key checks off: one that copies tables written
     * without them (the event tables, decision 0008) must not fail on a reference they never
     * checked. It checks what it copied itself.
     */
    boolean withoutForeignKeyChecks() {
        return false;
    }

    void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
