package app.nenpyo.store;

/**
 * A project file that cannot be opened, read or written. The message is one line naming the
 * file and the reason, ready to show to the user as it is.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean aboutTheFile;

    public StoreException(String message) {
        this(message, null, false);
    }

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    StoreException(String message, Throwable cause, boolean aboutTheFile) {
        super(message, cause);
        this.aboutTheFile = aboutTheFile;
    }

    /**
     * Whether the file itself cannot be used now (busy with another process, read-only, corrupt,
     * full, unreadable), rather than one operation on it having failed.
     */
    public boolean aboutTheFile() {
        return aboutTheFile;
    }
}
