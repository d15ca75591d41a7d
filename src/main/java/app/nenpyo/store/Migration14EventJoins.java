package app.nenpyo.store;

/**
 * Events the analyst joined (decision 0019): one row per source id of the events joined then,
 * each with the id of its join ({@code join-} and a random UUID: no join is named like another,
 * even one whose reports left it) and when it was set (epoch milliseconds). Reports of one period with the same join are one event, whatever the
 * merge's rules judge; the index finds a join's rows when another join takes it in.
 */
final class Migration14EventJoins extends Migration {

    static final int VERSION = 14;

    Migration14EventJoins() {
        super(VERSION, """
                CREATE TABLE event_joins (
                    source_id TEXT PRIMARY KEY,
                    join_id   TEXT NOT NULL,
                    set_at    INTEGER NOT NULL
                ) WITHOUT ROWID""",
                "CREATE INDEX event_joins_by_join ON event_joins (join_id)");
    }
}
