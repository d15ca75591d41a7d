package app.nenpyo.service;

/**
 * A document whose events could not be read (the extractor failed on its text, or its stored
 * text is damaged): the others' events are merged all the same, this one has none until it reads,
 * and every later merge tries it again (its saved reports stay outdated).
 *
 * @param origin the file (or export entry) it was imported from
 * @param reason one line: what failed
 */
public record UnreadDocument(long documentId, String origin, String reason) {

    /** {@code FILE: its events could not be read (reason)}, for stderr and the window. */
    public String message() {
        return origin + ": its events could not be read (" + reason + ")";
    }
}
