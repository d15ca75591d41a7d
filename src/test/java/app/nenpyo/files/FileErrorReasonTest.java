package app.nenpyo.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FileErrorReasonTest {

    @Test
    void theReasonIsWordsWithoutTheClassNameOrThePath() {
        assertEquals("permission denied", FileErrorReason.whyNotRead(new AccessDeniedException("/tmp/x/noperm.txt")));
        assertEquals("permission denied", FileErrorReason.whyNotWritten(new AccessDeniedException("/tmp/x/out.png.part")));
        assertEquals("no such file", FileErrorReason.whyNotRead(new NoSuchFileException("/tmp/gone.txt")));
        assertEquals("the folder does not exist", FileErrorReason.whyNotWritten(new NoSuchFileException("/tmp/no/out.png.part")));
    }

    @Test
    void aFolderWhereTheFileGoesIsSaidSo() {
        assertEquals("it is a folder", FileErrorReason.whyNotWritten(
                new FileSystemException("/tmp/dir.png.part", "/tmp/dir.png", "Is a directory")));
        assertEquals("it is a folder", FileErrorReason.whyNotWritten(new DirectoryNotEmptyException("/tmp/dir.png")));
    }

    @Test
    void theSystemsReasonsAreSaidInWords() {
        assertEquals("the disk is full", FileErrorReason.whyNotWritten(new IOException("No space left on device")));
        assertEquals("the disk is full", FileErrorReason.whyNotWritten(new IOException("There is not enough space on the disk.")));
        assertEquals("the disk is read-only", FileErrorReason.whyNotWritten(
                new FileSystemException("/mnt/cd/out.png.part", null, "Read-only file system")));
        assertEquals("stale file handle", FileErrorReason.whyNotRead(new FileSystemException("/nfs/a.txt", null, "Stale file handle")));
        assertEquals("input/output error", FileErrorReason.whyNotRead(new IOException()));
    }
}
