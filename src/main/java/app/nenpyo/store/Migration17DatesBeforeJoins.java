package app.nenpyo.store;

/**
 * The dates the analyst had given reports that a join then dated as the event it joined them to
 * (decision 0019): one row per source id, the analyst's date and when it was given, as
 * {@code event_dates} had them, kept while the join's date stands so that undoing the join gives
 * them back. Before this version the undo left such reports undated.
 */
final class Migration17DatesBeforeJoins extends Migration {

    static final int VERSION = 17;

    Migration17DatesBeforeJoins() {
        super(VERSION, """
                CREATE TABLE event_dates_before_joins (
                    source_id TEXT PRIMARY KEY,
                    value     TEXT NOT NULL,
                    set_at    INTEGER NOT NULL
                ) WITHOUT ROWID""");
    }
}
