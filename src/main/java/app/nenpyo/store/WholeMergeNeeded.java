package app.nenpyo.store;

/**
 * A replacement of the events of some days found that it cannot keep the others: their summary
 * pages are missing (events stored before pages existed) or unreadable (another version, damage).
 * Nothing was written; the caller merges every day instead, which writes the pages anew.
 */
public final class WholeMergeNeeded extends StoreException {

    private static final long serialVersionUID = 1L;

    WholeMergeNeeded(String message, Throwable cause) {
        super(message, cause);
    }
}
