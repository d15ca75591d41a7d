package app.nenpyo.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct looks into a project file, for what the public API deliberately does not show. */
final class Sql {

    private Sql() {
    }

    static long scalar(Path file, String sql) {
        return first(file, sql, rs -> rs.getLong(1));
    }

    static String text(Path file, String sql) {
        return first(file, sql, rs -> rs.getString(1));
    }

    /** The first column of every row. */
    static java.util.List<Long> longs(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            java.util.List<Long> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Column<T> {
        T of(ResultSet rs) throws SQLException;
    }

    private static <T> T first(Path file, String sql, Column<T> column) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return column.of(rs);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What SQLite's query plan says it will do for a query, one step a line. */
    static String plan(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            StringBuilder steps = new StringBuilder();
            while (rs.next()) {
                steps.append(rs.getString("detail")).append('\n');
            }
            return steps.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(Path file, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
