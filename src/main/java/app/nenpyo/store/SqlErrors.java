package app.nenpyo.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's error codes into the one-line reasons a user can act on. */
final class SqlErrors {

    static final String BEING_WRITTEN = "the project is being written by another process";

    private SqlErrors() {
    }

    static StoreException toStoreException(Path file, SQLException e) {
        return new StoreException(file + ": " + reason(e), e, aboutTheFile(e));
    }

    /** Busy, locked, read-only, corrupt, full, cannot open, not a database, input/output: the file, not the operation. */
    static boolean aboutTheFile(SQLException e) {
        return switch (primaryCode(e)) {
            case 5, 6, 8, 10, 11, 13, 14, 26 -> true;
            default -> false;
        };
    }

    static String reason(SQLException e) {
        switch (primaryCode(e)) {
            case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
                return BEING_WRITTEN;
            case 8: // SQLITE_READONLY
                return "the project file or its folder is read-only";
            case 11: // SQLITE_CORRUPT
                return "the project file is corrupt";
            case 13: // SQLITE_FULL
                return "the disk is full";
            case 14: // SQLITE_CANTOPEN
                return "the file cannot be opened (missing folder or no permission)";
            case 26: // SQLITE_NOTADB
                return "not an SQLite database";
            case 10: // SQLITE_IOERR
                return "input/output error while accessing the file";
            default:
                return "database error: " + firstLine(e.getMessage());
        }
    }

    /** Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DIRECTORY, ...) share their primary code's low byte. */
    static int primaryCode(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        return code == null ? e.getErrorCode() & 0xff : code.code & 0xff;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
