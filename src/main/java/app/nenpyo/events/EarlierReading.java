package app.nenpyo.events;

/**
 * How a document whose reports changed since the last merge (its date was corrected) was read
 * then: its actors and report days of that time. A merge plan needs it to take the document out
 * of the registry of the last merge as it was, and to merge its old days again.
 */
public record EarlierReading(DocumentActors actors) {
}
