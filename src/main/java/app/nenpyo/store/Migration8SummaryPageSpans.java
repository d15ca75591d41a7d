package app.nenpyo.store;

/**
 * Describes each event summary page beside it ({@code event_summary_page_spans}: its format, how
 * many events it holds, the first and last day they start on, and the actors they name), so a
 * merge that replaces the events of a few days rewrites only the pages holding those days and
 * reads none of the others (decision 0014). Pages written before have no spans: the first merge
 * after the upgrade reads and writes every page, as every merge did before, and describes them.
 */
final class Migration8SummaryPageSpans extends Migration {

    static final int VERSION = 8;

    Migration8SummaryPageSpans() {
        super(VERSION,
                """
                    CREATE TABLE event_summary_page_spans (
                        page       INTEGER PRIMARY KEY,
                        format     INTEGER NOT NULL,
                        events     INTEGER NOT NULL,
                        first_day  INTEGER NOT NULL,
                        last_day   INTEGER NOT NULL,
                        actor_keys BLOB NOT NULL
                    )""");
    }
}
