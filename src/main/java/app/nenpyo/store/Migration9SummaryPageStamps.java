package app.nenpyo.store;

/**
 * Gives each event summary page's span a stamp that changes whenever the page is written
 * ({@code event_summary_page_spans.stamp}), so that reading every summary again after an import
 * decodes only the pages it wrote (decision 0014, {@link SummaryPageCache}). Pages described
 * before have none: they are decoded on every read until they are written again.
 */
final class Migration9SummaryPageStamps extends Migration {

    static final int VERSION = 9;

    Migration9SummaryPageStamps() {
        super(VERSION, "ALTER TABLE event_summary_page_spans ADD COLUMN stamp INTEGER");
    }
}
