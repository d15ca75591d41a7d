package app.nenpyo.store;

/**
 * The dates an analyst gave events (decision 0017): one row per source id the event had then,
 * the date in DESIGN.md's grammar and when it was given (epoch milliseconds). Unlike the other
 * corrections (migration 12), a date decides which day a report is merged on, so it is applied
 * to the reports themselves, as they are read; the reports saved before it are marked outdated,
 * kept as the earlier reading until the next merge reads their document again. Reports the
 * analyst took out of the event they were merged into are kept apart (decision 0018): one row
 * per source id, never merged with another report.
 */
final class Migration13DatesAndSplits extends Migration {

    static final int VERSION = 13;

    Migration13DatesAndSplits() {
        super(VERSION, """
                CREATE TABLE event_dates (
                    source_id TEXT PRIMARY KEY,
                    value     TEXT NOT NULL,
                    set_at    INTEGER NOT NULL
                ) WITHOUT ROWID""",
                "ALTER TABLE document_reports ADD COLUMN outdated INTEGER NOT NULL DEFAULT 0",
                """
                CREATE TABLE event_kept_apart (
                    source_id TEXT PRIMARY KEY,
                    set_at    INTEGER NOT NULL
                ) WITHOUT ROWID""");
    }
}
