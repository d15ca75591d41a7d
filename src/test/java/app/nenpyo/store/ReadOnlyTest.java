package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skipped where permissions do not bind (root, some file systems): there is nothing to observe. */
class ReadOnlyTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyProjectFileIsNamedAsSuch() throws IOException {
        Path file = dir.resolve("ro.nenpyo");
        ProjectDatabase.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(file), "permissions do not apply to this user");

        StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(file));

        assertEquals(file.toAbsolutePath() + ": the project file is read-only", e.getMessage());
    }

    @Test
    void aProjectCannotBeCreatedInAReadOnlyFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "permissions do not apply to this user");
            Path file = folder.resolve("p.nenpyo");

            StoreException e = assertThrows(StoreException.class, () -> ProjectDatabase.open(file));

            assertEquals(file.toAbsolutePath() + ": the folder is read-only (a project needs to write next to its file)",
                    e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
