package app.nenpyo.store;

import app.nenpyo.domain.TimeValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * The analyst's corrections a merge applies as it reads and merges reports, not where it writes
 * events: the dates given to reports (decision 0017) and the reports kept apart (decision 0018).
 * A merge reads them before anything else (the documents' state included); if they differ when
 * it writes, a correction was stored in between, and what the merge read again and the days it
 * made are left for the next merge.
 *
 * @param dates     the analyst's date of each dated report, by source id
 * @param keptApart the source ids of the reports kept apart
 */
public record MergeCorrections(Map<String, TimeValue> dates, Set<String> keptApart) {

    /** None: a project of a schema before migration 13. */
    public static final MergeCorrections NONE = new MergeCorrections(Map.of(), Set.of());

    public MergeCorrections {
        dates = Map.copyOf(dates);
        keptApart = Set.copyOf(keptApart);
    }

    static MergeCorrections read(Connection c) throws SQLException {
        return new MergeCorrections(EventDates.read(c), KeptApart.read(c));
    }
}
