package app.nenpyo.store;

/**
 * Keeps, beside each document's saved reports, the first and last day of each report told as a
 * wider period that may hold finer ones ({@code document_reports.wider_periods}): a merge after an
 * import or a correction makes again the periods of the wider reports holding a changed day, not
 * the whole seasons of the changed days, and knows where those reports are without reading every
 * document (decision 0033). Empty for reports saved before: the first merge after the upgrade reads
 * every document's reports once, as a merge of every day does, and fills it in.
 */
final class Migration18WiderPeriods extends Migration {

    static final int VERSION = 18;

    Migration18WiderPeriods() {
        super(VERSION, "ALTER TABLE document_reports ADD COLUMN wider_periods BLOB");
    }
}
