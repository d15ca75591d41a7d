package app.nenpyo.events;

/**
 * How a document whose reports changed since the last merge (its date was corrected) was read
 * then: its actors and report days of that time, and where it stood in the reading order (before
 * the document at index {@code before} of the present order, which is by date, then id). A merge
 * plan needs it to rebuild the registry of the last merge exactly and to merge its old days again.
 *
 * @param before the index, in the present reading order, of the first document read after it then
 *               (the number of documents when it was read last)
 */
public record EarlierReading(int before, DocumentActors actors) {

    public EarlierReading {
        if (before < 0) {
            throw new IllegalArgumentException("a position in the reading order: " + before);
        }
    }
}
