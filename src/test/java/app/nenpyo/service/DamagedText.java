package app.nenpyo.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a stored document's text no longer add up, as a file changed by hand or damaged would
 * have it, and its events to be read again by the next merge (and opening): for tests of what a
 * merge does with a document whose events cannot be read.
 */
public final class DamagedText {

    private DamagedText() {
    }

    public static void damage(Path project, long documentId) throws SQLException {
        change(project, documentId, +1);
    }

    public static void repair(Path project, long documentId) throws SQLException {
        change(project, documentId, -1);
    }

    private static void change(Path project, long documentId, int characters) throws SQLException {
        sql(project, "UPDATE documents SET char_count = char_count + (" + characters + ") WHERE id = " + documentId,
                "UPDATE document_reports SET outdated = 1 WHERE document = " + documentId,
                "UPDATE derived_state SET stale = 1 WHERE name = 'events'");
    }

    /** Runs each statement; the first column of the first row of each query. */
    static List<Long> sql(Path project, String... statements) throws SQLException {
        List<Long> firstValues = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement()) {
            for (String statement : statements) {
                if (s.execute(statement)) {
                    try (ResultSet r = s.getResultSet()) {
                        r.next();
                        firstValues.add(r.getLong(1));
                    }
                }
            }
        }
        return firstValues;
    }
}
