package app.nenpyo.ui;

/** Where an import stands; the window shows progress and a cancel button while it is active. */
public enum ImportState {
    IDLE,
    RUNNING,
    CANCELLING,
    FINISHED,
    CANCELLED,
    FAILED;

    public boolean active() {
        return this == RUNNING || this == CANCELLING;
    }
}
