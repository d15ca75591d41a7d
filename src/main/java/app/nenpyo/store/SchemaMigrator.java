package app.nenpyo.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Recognises a project file and brings its schema to the wanted version, one migration per
 * transaction. Every refusal happens before anything is written, so a refused file is left as it was.
 */
final class SchemaMigrator {

    /** Written in the SQLite header of every project file: "Nnpy". */
    static final int APPLICATION_ID = 0x4E6E7079;

    static final List<Migration> MIGRATIONS = List.of(new Migration1CoreTables(), new Migration2SearchIndex(), new Migration3Events(),
            new Migration4IncrementalEvents(), new Migration5EventIndexes(), new Migration6MergedReports(),
            new Migration7MergeState(), new Migration8SummaryPageSpans(), new Migration9SummaryPageStamps(),
            new Migration10EventNumbers(), new Migration11DocumentListing(), new Migration12EventOverrides(),
            new Migration13DatesAndSplits(), new Migration14EventJoins(), new Migration15AddedReports(),
            new Migration16TextKeptOnce(), new Migration17DatesBeforeJoins(), new Migration18WiderPeriods());

    static final int LATEST = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    /** Larger pages suit long paragraph texts and the FTS5 segments; it can only be chosen before the first table. */
    private static final int PAGE_SIZE = 8192;

    private SchemaMigrator() {
    }

    static void migrate(Path file, Connection connection, int target) throws SQLException {
        int applicationId = pragma(connection, "application_id");
        int version = pragma(connection, "user_version");
        boolean empty = count(connection, "SELECT count(*) FROM sqlite_schema") == 0;
        if (version > LATEST) {
            throw new StoreException(file + ": the project was written by a newer version of Nenpyo (schema "
                    + version + ", this version knows up to " + LATEST + "); it was left unchanged");
        }
        if (applicationId != APPLICATION_ID && !empty) {
            throw new StoreException(file + ": an SQLite database of another application, not a Nenpyo project");
        }
        try (Statement s = connection.createStatement()) {
            if (empty) {
                s.execute("PRAGMA page_size = " + PAGE_SIZE);
            }
            s.execute("PRAGMA journal_mode = WAL");
        }
        for (Migration migration : MIGRATIONS) {
            if (migration.version() > version && migration.version() <= target) {
                apply(connection, migration);
            }
        }
    }

    /**
     * Refuses, naming the file and why, a database a reading that writes nothing cannot use: a
     * project of another version (an older one needs upgrading, which writes), or not a project.
     */
    static void checkReadable(Path file, Connection connection) throws SQLException {
        int version = pragma(connection, "user_version");
        if (version > LATEST) {
            throw new StoreException(file + ": the project was written by a newer version of Nenpyo (schema "
                    + version + ", this version knows up to " + LATEST + "); it was left unchanged");
        }
        if (pragma(connection, "application_id") != APPLICATION_ID || version == 0) {
            throw new StoreException(file + ": an SQLite database of another application, not a Nenpyo project");
        }
        if (version < LATEST) {
            throw new StoreException(file + ": " + OLDER_READ_ONLY);
        }
    }

    /** Why an older project cannot be opened read-only (a reason the window says in its own words). */
    static final String OLDER_READ_ONLY = "the project was written by an older version of Nenpyo and must be upgraded,"
            + " which opening it read-only cannot do";

    /** Whether the database is a project of an older schema: opening it will upgrade it. */
    static boolean isOlderProject(Connection connection) throws SQLException {
        int version = pragma(connection, "user_version");
        return pragma(connection, "application_id") == APPLICATION_ID && version > 0 && version < LATEST;
    }

    static int version(Connection connection) throws SQLException {
        return pragma(connection, "user_version");
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // the setting cannot change inside a transaction
            if (migration.withoutForeignKeyChecks()) {
                s.execute("PRAGMA foreign_keys = OFF");
            }
            try {
                s.execute("BEGIN IMMEDIATE");
                try {
                    migration.apply(connection);
                    s.execute("PRAGMA user_version = " + migration.version());
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    s.execute("ROLLBACK");
                    throw e;
                }
            } finally {
                if (migration.withoutForeignKeyChecks()) {
                    s.execute("PRAGMA foreign_keys = ON");
                }
            }
        }
    }

    private static int pragma(Connection connection, String name) throws SQLException {
        return count(connection, "PRAGMA " + name);
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
