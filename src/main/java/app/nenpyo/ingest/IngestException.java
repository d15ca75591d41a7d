package app.nenpyo.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A whole file (or input path) that cannot be read. The message is one line, {@code FILE: reason},
 * so the command line and the window can show it as is.
 *
 * <p>Unchecked because the service reads files from worker threads and lambdas; every public
 * method of this package that touches the file system documents it.
 */
public final class IngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public IngestException(Path file, String reason) {
        this(file, reason, null);
    }

    public IngestException(Path file, String reason, Throwable cause) {
        super(file + ": " + oneLine(reason), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = oneLine(reason);
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
