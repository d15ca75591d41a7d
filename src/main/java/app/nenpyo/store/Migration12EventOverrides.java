package app.nenpyo.store;

/**
 * The analyst's corrections of what the machine set aside: an event put on the timeline that the
 * extractor took for background (a date in a list that was the news after all), or set aside that
 * it took for a happening. Each is kept under every source id of the event (they stay the same
 * whatever else merges into the event later, decision 0016), with when it was made (epoch
 * milliseconds); the events are derived data, so the corrections live beside them and are applied
 * each time events are written. Labels the analyst wrote are kept the same way. The days of events
 * a decision has not reached yet (its merge failed, or has not run) are kept apart, for the next
 * merge to make again.
 */
final class Migration12EventOverrides extends Migration {

    static final int VERSION = 12;

    Migration12EventOverrides() {
        super(VERSION, """
                CREATE TABLE event_overrides (
                    source_id  TEXT PRIMARY KEY,
                    background INTEGER NOT NULL,
                    set_at     INTEGER NOT NULL
                ) WITHOUT ROWID""",
                """
                CREATE TABLE event_labels (
                    source_id TEXT PRIMARY KEY,
                    label     TEXT,
                    set_at    INTEGER NOT NULL
                ) WITHOUT ROWID""",
                "CREATE TABLE event_override_days (day INTEGER PRIMARY KEY) WITHOUT ROWID");
    }
}
