package app.nenpyo.ui;

/**
 * The corrections the window offers, as the 編集 menu names what it undoes or redoes
 * (元に戻す: 見出しを直す, "Undo relabel"): each names its message key.
 */
public enum CorrectionKind {
    REDATE("correction.redate"),
    RELABEL("correction.relabel"),
    SET_ASIDE("correction.setAside"),
    PUT_BACK("correction.putBack"),
    JOIN("correction.join"),
    UNJOIN("correction.unjoin"),
    KEEP_APART("correction.keepApart"),
    MERGE_AGAIN("correction.mergeAgain"),
    ADD_EVENT("correction.addEvent"),
    REMOVE_ADDED("correction.removeAdded"),
    DOCUMENT_DATE("correction.documentDate");

    private final String key;

    CorrectionKind(String key) {
        this.key = key;
    }

    /** What the menu calls it, in the window's language. */
    String name(Messages messages) {
        return messages.get(key);
    }
}
