package app.nenpyo.service;

/** Receives import progress from a background thread; implementations hand it to their own thread. */
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param doneBytes  bytes of input analysed and stored so far
     * @param totalBytes bytes of input in the whole batch
     * @param current    the file being worked on, for display
     */
    void update(long doneBytes, long totalBytes, String current);

    /**
     * Every file is stored and the project's events are being merged again with the new
     * documents' (seconds per 100 MB of project, with no measure of how far along): show it as
     * work in progress rather than a finished bar.
     */
    default void mergingEvents() {
    }

    ImportProgress NONE = (done, total, current) -> { };
}
