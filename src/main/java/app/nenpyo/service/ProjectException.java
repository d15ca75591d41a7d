package app.nenpyo.service;

/** A project file that cannot be opened or written; the message is one line naming the file and the reason. */
public class ProjectException extends Exception {
    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
