package app.nenpyo.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes merges of a project fail writing its events, as a fault in the merge would: the next
 * opening, which then merges every day ({@link #arm}), or any merge from now on ({@link #refuseEventWrites}).
 */
public final class MergeThatFails {

    /** What the failure says. */
    public static final String REASON = "refused by a test";

    private MergeThatFails() {
    }

    public static void arm(Path project) throws SQLException {
        execute(project, "UPDATE derived_state SET stale = 1 WHERE name = 'events'", "UPDATE document_reports SET merged = 0",
                "UPDATE events SET fingerprint = 'changed'");
        refuseEventWrites(project);
    }

    /** Makes every later merge that writes an event fail, from now on, whoever has the project open. */
    public static void refuseEventWrites(Path project) throws SQLException {
        execute(project, "CREATE TRIGGER refuse BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, '" + REASON + "'); END");
    }

    /** Makes every later merge that writes an event with this label fail, from now on; others succeed. */
    public static void refuseEventsLabelled(Path project, String label) throws SQLException {
        execute(project, "CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.label = '" + label.replace("'", "''")
                + "' BEGIN SELECT RAISE(ABORT, '" + REASON + "'); END");
    }

    public static void disarm(Path project) throws SQLException {
        execute(project, "DROP TRIGGER refuse");
    }

    private static void execute(Path project, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
