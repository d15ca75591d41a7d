package app.nenpyo.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of the analyst's corrections as it is stored, keyed by its table and the report's
 * source id: what an undo puts back exactly, its instant included (decision 0034).
 *
 * @param table    one of the store's tables of corrections (never a name from outside)
 * @param sourceId the report the row is kept under
 * @param values   the row's other columns, in the order {@link CorrectionRows} reads them (integers as Long); a null stays null
 */
public record CorrectionRow(String table, String sourceId, List<Object> values) {

    public CorrectionRow {
        List<Object> copied = new ArrayList<>(values.size());
        for (Object value : values) {
            // SQLite hands back an integer as Integer or Long by its size: one row read twice is one value
            copied.add(value instanceof Integer i ? Long.valueOf(i) : value);
        }
        values = Collections.unmodifiableList(copied);
    }

    /** The table and source id: two rows of one key cannot both be stored. */
    public Key key() {
        return new Key(table, sourceId);
    }

    /** Where a row is kept. */
    public record Key(String table, String sourceId) {
    }
}
