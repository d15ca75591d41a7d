package app.nenpyo.export;

import app.nenpyo.domain.Event;
import java.io.IOException;

/**
 * Writes an event list one event at a time ({@link EventListFormat#writer}), so a million events
 * cost the memory of one: {@link #add} each event in the list's order, then {@link #end}.
 */
public interface EventListWriter {

    /** Writes one more event. */
    void add(Event event) throws IOException;

    /** Ends the list (a JSON array is closed, {@code []} when empty) and flushes it. */
    void end() throws IOException;
}
