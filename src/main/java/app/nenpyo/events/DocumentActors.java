package app.nenpyo.events;

import app.nenpyo.domain.ReportDays;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What the first pass of a merge needs of a document ({@link WindowedMerge}): its key, every
 * actor mention of its dated sentences, the start day (epoch day) of each report, sorted, and the
 * first and last day of each report told as a wider period ({@link WiderPeriods#canHoldFiner}), in
 * pairs ordered by first day. Read from saved reports without building the reports
 * ({@link ReportCodec#decodeActors}).
 */
public record DocumentActors(String documentKey, List<ActorMention> actors, int[] reportStartDays, int[] widerPeriods) {

    public DocumentActors {
        actors = List.copyOf(actors);
        reportStartDays = reportStartDays.clone();
        Arrays.sort(reportStartDays);
        widerPeriods = WiderPeriods.sortedPairs(widerPeriods);
    }

    public static DocumentActors of(DocumentReports reports) {
        return new DocumentActors(reports.documentKey(), reports.actors(),
                reports.reports().stream().mapToInt(r -> Math.toIntExact(r.time().start().toEpochDay())).toArray(),
                reports.reports().stream().map(Report::time).filter(WiderPeriods::canHoldFiner)
                        .sorted(Comparator.comparing(TimeValue::start))
                        .flatMapToInt(t -> Arrays.stream(new int[] {epochDay(t.start()), epochDay(t.end())})).toArray());
    }

    private static int epochDay(LocalDate day) {
        return Math.toIntExact(day.toEpochDay());
    }

    public int reportCount() {
        return reportStartDays.length;
    }

    /** Where its reports lie in time, as a merge plan can be told without reading them again. */
    public ReportDays days() {
        return new ReportDays(reportStartDays, widerPeriods);
    }
}
