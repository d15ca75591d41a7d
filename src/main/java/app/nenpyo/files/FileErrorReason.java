package app.nenpyo.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The reason a file operation failed, in a few words ("permission denied", "the disk is full").
 * The exceptions' own messages are no reason for a user: an {@link AccessDeniedException} says
 * only a path, often a temporary one the user never named, and their class names are Java.
 */
public final class FileErrorReason {

    /** The system's error texts (strerror on Linux and macOS, as the JDK passes them on), in our words. */
    private static final Map<String, String> SYSTEM_REASONS = Map.ofEntries(
            Map.entry("permission denied", "permission denied"),
            Map.entry("operation not permitted", "permission denied"),
            Map.entry("no space left on device", "the disk is full"),
            Map.entry("there is not enough space on the disk", "the disk is full"),
            Map.entry("disk quota exceeded", "the disk quota is used up"),
            Map.entry("read-only file system", "the disk is read-only"),
            Map.entry("is a directory", "it is a folder"),
            Map.entry("not a directory", "a part of the path is not a folder"),
            Map.entry("too many levels of symbolic links", "the links make a loop"),
            Map.entry("file name too long", "the name is too long"),
            Map.entry("input/output error", "input/output error"),
            Map.entry("broken pipe", "the reader stopped reading (broken pipe)"));

    private FileErrorReason() {
    }

    /** The one line that says a file could not be written: {@code FILE: cannot write (the disk is full)}. */
    public static String cannotWrite(Path file, IOException e) {
        return file + ": cannot write (" + whyNotWritten(e) + ")";
    }

    /** Why a file could not be read: "permission denied", "no such file"… */
    public static String whyNotRead(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return common(e);
    }

    /**
     * Why a file could not be written (created, filled or moved into place): the reason is about
     * the file the user named, whichever file (a partial one beside it) the exception names.
     */
    public static String whyNotWritten(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof DirectoryNotEmptyException || e instanceof FileAlreadyExistsException) {
            // the file is always replaced: only a folder in its place stops that
            return "it is a folder";
        }
        return common(e);
    }

    private static String common(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "the links make a loop";
        }
        String said = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (said == null || said.isBlank()) {
            return "input/output error";
        }
        String oneLine = said.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("\\.$", "");
        return SYSTEM_REASONS.getOrDefault(oneLine.toLowerCase(Locale.ROOT), lowerFirst(oneLine));
    }

    /** "Stale file handle" reads as a reason after "cannot write (…)" with a small letter. */
    private static String lowerFirst(String text) {
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
