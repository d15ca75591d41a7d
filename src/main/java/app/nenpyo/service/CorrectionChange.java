package app.nenpyo.service;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.store.CorrectionRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one correction of the analyst's changed in the project, exactly (decision 0034): the rows of
 * corrections it wrote, changed or deleted, as they were and as they are after, and the dates of the
 * documents it dated, before and after. Undoing puts {@code before} back, redoing {@code after};
 * rows and dates it did not touch are in neither.
 *
 * @param before      the rows as they were, under the keys the correction changed (none where it added a row)
 * @param after       the rows as they became, under the same keys (none where it deleted one)
 * @param datesBefore the date of each document the correction dated, as it was
 * @param datesAfter  the date it was given
 */
public record CorrectionChange(List<CorrectionRow> before, List<CorrectionRow> after, Map<Long, DocumentDate> datesBefore,
                               Map<Long, DocumentDate> datesAfter) {

    public CorrectionChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
        datesBefore = Map.copyOf(datesBefore);
        datesAfter = Map.copyOf(datesAfter);
    }

    /** What differs between two readings of every row and document date, one before a correction and one after. */
    static CorrectionChange between(List<CorrectionRow> rowsBefore, List<CorrectionRow> rowsAfter, Map<Long, DocumentDate> datesBefore,
                                    Map<Long, DocumentDate> datesAfter) {
        Set<CorrectionRow> unchanged = new HashSet<>(rowsBefore);
        unchanged.retainAll(new HashSet<>(rowsAfter));
        List<CorrectionRow> was = new ArrayList<>(rowsBefore);
        was.removeAll(unchanged);
        List<CorrectionRow> now = new ArrayList<>(rowsAfter);
        now.removeAll(unchanged);
        Map<Long, DocumentDate> dated = new HashMap<>();
        Map<Long, DocumentDate> undated = new HashMap<>();
        datesAfter.forEach((id, date) -> {
            DocumentDate old = datesBefore.get(id);
            if (old != null && !old.equals(date)) {
                undated.put(id, old);
                dated.put(id, date);
            }
        });
        return new CorrectionChange(was, now, undated, dated);
    }

    /** Whether the correction changed nothing (a label given again as it was). */
    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty() && datesAfter.isEmpty();
    }

    /** The reports whose rows it changed. */
    public Set<String> sourceIds() {
        Set<String> ids = new LinkedHashSet<>();
        before.forEach(r -> ids.add(r.sourceId()));
        after.forEach(r -> ids.add(r.sourceId()));
        return ids;
    }

    /** Whether it added or removed a clause of the analyst's: kept by its place in a document, which no reading changes. */
    boolean addsOrRemovesClauses() {
        return before.stream().anyMatch(r -> r.table().equals(ADDED)) || after.stream().anyMatch(r -> r.table().equals(ADDED));
    }

    private static final String ADDED = "added_reports";
}
