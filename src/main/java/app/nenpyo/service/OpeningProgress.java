package app.nenpyo.service;

/**
 * How far opening a project has come when it reads documents again first (their reports were
 * read by an older extractor, or their events never merged): about 16 s for every 100 MB of
 * news, so a window says how many of them are read.
 *
 * <pre>
 *   ProjectService.open(file, (done, total) -&gt; status.set(done + " / " + total));
 * </pre>
 */
@FunctionalInterface
public interface OpeningProgress {

    /** Nothing shown. */
    OpeningProgress NONE = (done, total) -> { };

    /**
     * Called from a worker thread after each document read again, and not at all when none is. It
     * must not throw: a failure here is taken for a failed rebuild, and the project opens with the
     * events it had.
     *
     * @param done  documents read again so far
     * @param total documents to read again
     */
    void readAgain(int done, int total);
}
