package app.nenpyo.store;

/**
 * Drops the three event indexes no query reads: {@code events_by_time} (the timeline reads its
 * summary pages, and listing every event sorts once), {@code event_sources_by_document} and
 * {@code event_actors_by_actor} (they served foreign-key checks that event writes no longer make,
 * decision 0008, and the unused-actor sweep, which the writer now does from the actors it wrote).
 * Every event write kept them up to date: about a quarter of the time of writing the events of
 * 100 MB of news (decision 0010).
 *
 * <p>Adds {@code document_reports_by_format}: opening a project asks whether any saved reports
 * were read by an older extractor, and without it that question read every row (half a second
 * on a cold 2 GB project); one small integer per document to keep up. Stored data stays as it is.
 */
final class Migration5EventIndexes extends Migration {

    static final int VERSION = 5;

    Migration5EventIndexes() {
        super(VERSION,
                "DROP INDEX IF EXISTS events_by_time",
                "DROP INDEX IF EXISTS event_sources_by_document",
                "DROP INDEX IF EXISTS event_actors_by_actor",
                "CREATE INDEX document_reports_by_format ON document_reports(format)");
    }
}
