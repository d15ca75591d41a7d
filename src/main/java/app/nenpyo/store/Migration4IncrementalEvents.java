package app.nenpyo.store;

/**
 * What the events layer read in each dated document, kept so that rebuilding the events merges
 * stored reports instead of reading every document again. The bytes are opaque here (the events
 * layer writes and reads them); {@code anchor} is the document date they were resolved against
 * and {@code format} the layout they were written in: when either no longer matches, the
 * document is read again. Rows go with their document.
 *
 * <p>Events get a fingerprint of their stored content, so a rebuild writes only the events that
 * changed; and the timeline's summary of every event ({@code EventSummaryPages}: what it draws,
 * filters and counts) is kept in pages of a few thousand, so a million events load in a second
 * instead of the ten that reading their rows takes. Events stored before have neither: they are
 * marked stale, so opening the project rebuilds them.
 */
final class Migration4IncrementalEvents extends Migration {

    static final int VERSION = 4;

    Migration4IncrementalEvents() {
        super(VERSION,
                """
                    CREATE TABLE document_reports (
                        document INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                        anchor   TEXT NOT NULL,
                        format   INTEGER NOT NULL,
                        reports  BLOB NOT NULL
                    )""",
                "ALTER TABLE events ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''",
                """
                    CREATE TABLE event_summary_pages (
                        page INTEGER PRIMARY KEY,
                        data BLOB NOT NULL
                    )""",
                // the events stored before have neither fingerprint nor summary: the next open rebuilds them
                "UPDATE derived_state SET stale = 1 WHERE name = 'events' AND EXISTS (SELECT 1 FROM events)");
    }
}
