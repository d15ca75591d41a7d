package app.nenpyo.store;

/**
 * A project file that cannot be opened, read or written. The message is one line naming the
 * file and the reason, ready to show to the user as it is.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
