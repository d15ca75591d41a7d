package app.nenpyo.ui;

/**
 * What one correction changed in the project, as the gateway that made it knows it
 * ({@link ProjectGateway#revise}): undone and redone exactly, each call slow on a big project (the
 * days it touches are merged again), so off the UI thread (decision 0034).
 */
public interface Revision {

    /** Puts the project back as it was before the correction. */
    void undo();

    /** Makes the correction again, as it was made. */
    void redo();

    /** Whether the correction changed nothing (so there is nothing to undo). */
    boolean changedNothing();

    /** Whether undoing or redoing it would still change an event (an import or a new reading may have taken its reports away). */
    boolean stillApplies();
}
