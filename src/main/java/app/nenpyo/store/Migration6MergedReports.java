package app.nenpyo.store;

/**
 * Marks which documents' saved reports the stored events were merged from
 * ({@code document_reports.merged}), so a merge after an import makes again only the events of
 * the days the new documents report on (and of the documents whose actors they changed) and keeps
 * the others, instead of merging every report of the project again (decision 0012). Reports saved
 * before are marked as not merged: the first merge after the upgrade merges everything, as every
 * merge did before, and marks them.
 */
final class Migration6MergedReports extends Migration {

    static final int VERSION = 6;

    Migration6MergedReports() {
        super(VERSION,
                "ALTER TABLE document_reports ADD COLUMN merged INTEGER NOT NULL DEFAULT 0");
    }
}
