package app.nenpyo.store;

import app.nenpyo.domain.AddedReport;
import app.nenpyo.domain.TimeValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyst's corrections a merge applies as it reads and merges reports, not where it writes
 * events: the dates given to reports (decision 0017), the reports kept apart (decision 0018) and
 * the events joined (decision 0019), and the clauses added as reports (decision 0020).
 * A merge reads them before anything else (the documents' state included); if they differ when
 * it writes, a correction was stored in between, and what the merge read again and the days it
 * made are left for the next merge.
 *
 * @param dates     the analyst's date of each dated report, by source id
 * @param keptApart the source ids of the reports kept apart
 * @param joins     the join of each report of the events joined, by source id
 * @param added     the clauses added as reports, by document and place in it
 */
public record MergeCorrections(Map<String, TimeValue> dates, Set<String> keptApart, Map<String, String> joins,
                               List<AddedReport> added) {

    /** None: a project of a schema before migration 13. */
    public static final MergeCorrections NONE = new MergeCorrections(Map.of(), Set.of(), Map.of(), List.of());

    public MergeCorrections {
        dates = Map.copyOf(dates);
        keptApart = Set.copyOf(keptApart);
        joins = Map.copyOf(joins);
        added = List.copyOf(added);
    }

    /** The clauses added as reports of each document that has any. */
    public Map<Long, List<AddedReport>> addedByDocument() {
        Map<Long, List<AddedReport>> out = new HashMap<>();
        for (AddedReport a : added) {
            out.computeIfAbsent(a.documentId(), d -> new ArrayList<>()).add(a);
        }
        return out;
    }

    /** What a file of this schema version keeps: no joins before migration 14, no added reports before 15. */
    static MergeCorrections read(Connection c, int schemaVersion) throws SQLException {
        if (schemaVersion < Migration13DatesAndSplits.VERSION) {
            return NONE;
        }
        return new MergeCorrections(EventDates.read(c), KeptApart.read(c),
                schemaVersion >= Migration14EventJoins.VERSION ? EventJoins.read(c) : Map.of(),
                schemaVersion >= Migration15AddedReports.VERSION ? AddedReports.read(c) : List.of());
    }
}
