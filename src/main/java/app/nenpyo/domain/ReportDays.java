package app.nenpyo.domain;

import java.util.Objects;

/**
 * Where a document's reports lie in time, as a merge plans with it without reading them: the
 * start day of each report, and the first and last day of each report told as a wider period that
 * may hold finer ones (a month, 上旬, a week, 来春, 年末: decision 0032), which may join an event of
 * a day inside it. Epoch days; equality of the arrays is by identity, as for any array in a record.
 *
 * @param startDays    the start day of each report, sorted
 * @param widerPeriods the first and last day of each wider report, in pairs, ordered by first day
 */
public record ReportDays(int[] startDays, int[] widerPeriods) {

    public ReportDays {
        Objects.requireNonNull(startDays, "startDays");
        Objects.requireNonNull(widerPeriods, "widerPeriods");
        if (widerPeriods.length % 2 != 0) {
            throw new IllegalArgumentException("wider periods come in pairs of days: " + widerPeriods.length);
        }
    }
}
