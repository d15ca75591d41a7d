package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqlErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SQLITE_BUSY                | the project is being written by another process",
            "SQLITE_BUSY_SNAPSHOT       | the project is being written by another process",
            "SQLITE_LOCKED              | the project is being written by another process",
            "SQLITE_READONLY            | the project file or its folder is read-only",
            "SQLITE_READONLY_DIRECTORY  | the project file or its folder is read-only",
            "SQLITE_CORRUPT             | the project file is corrupt",
            "SQLITE_NOTADB              | not an SQLite database",
            "SQLITE_FULL                | the disk is full",
            "SQLITE_IOERR_WRITE         | input/output error while accessing the file",
            "SQLITE_CANTOPEN            | the file cannot be opened (missing folder or no permission)"})
    void sqliteErrorsBecomeOneLineReasons(SQLiteErrorCode code, String reason) {
        StoreException e = SqlErrors.toStoreException(Path.of("/data/p.nenpyo"), new SQLiteException("detail\nmore", code));

        assertEquals("/data/p.nenpyo: " + reason, e.getMessage());
        assertTrue(e.aboutTheFile(), "the file cannot be used now, whatever was being done");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"SQLITE_CONSTRAINT_UNIQUE | database error: first line"})
    void otherErrorsKeepTheirFirstLine(SQLiteErrorCode code, String reason) {
        assertEquals(reason, SqlErrors.reason(new SQLiteException("first line\nsecond line", code)));
        assertFalse(SqlErrors.toStoreException(Path.of("p.nenpyo"), new SQLiteException("x", code)).aboutTheFile(),
                "one operation failed, the file is usable");
    }
}
