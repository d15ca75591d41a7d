package app.nenpyo.service;

/**
 * A project file that failed while open (disk full, file removed, locked for too long). Unchecked
 * because the reading calls the window makes on every click cannot do anything better than show it.
 */
public class ProjectFailure extends RuntimeException {
    public ProjectFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
