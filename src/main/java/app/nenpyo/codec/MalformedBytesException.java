package app.nenpyo.codec;

/** Stored bytes that end early, say what cannot be, or are of another layout. */
public final class MalformedBytesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedBytesException(String message) {
        super(message);
    }
}
