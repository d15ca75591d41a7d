package app.nenpyo.events;

import app.nenpyo.domain.TimeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dates an analyst gave events, by the source id of each report the event had then
 * (decision 0017): such a report takes the analyst's date instead of the one its expression
 * resolved to, wherever reports are read, so it merges, is planned and is stored as if the text
 * had said so. Its expression and reasons stay as read.
 *
 * <pre>{@code
 * AnalystDates dates = new AnalystDates(Map.of(report.source().sourceId(), TimeValue.parse("2022-01-28")));
 * dates.applyTo(document)   // that report dated 2022-01-28 (it said 28日, resolved to 2021-12-28)
 * }</pre>
 */
public record AnalystDates(Map<String, TimeValue> bySourceId) {

    /** No date corrected. */
    public static final AnalystDates NONE = new AnalystDates(Map.of());

    public AnalystDates {
        bySourceId = Map.copyOf(bySourceId);
    }

    /** The document with the analyst's dates on its reports; the same object when none of its reports has one. */
    public DocumentReports applyTo(DocumentReports document) {
        if (bySourceId.isEmpty()) {
            return document;
        }
        List<Report> reports = new ArrayList<>(document.reports().size());
        boolean changed = false;
        for (Report r : document.reports()) {
            TimeValue date = bySourceId.get(r.source().sourceId());
            boolean differs = date != null && !Objects.equals(date, r.time());
            reports.add(differs ? r.withTime(date) : r);
            changed |= differs;
        }
        return changed ? new DocumentReports(document.documentKey(), reports, document.actors()) : document;
    }
}
