package app.nenpyo.events;

import app.nenpyo.nlp.ActorMention;
import java.util.Arrays;
import java.util.List;

/**
 * What the first pass of a merge needs of a document ({@link WindowedMerge}): its key, every
 * actor mention of its dated sentences, and the start day (epoch day) of each report, sorted.
 * Read from saved reports without building the reports ({@link ReportCodec#decodeActors}).
 */
public record DocumentActors(String documentKey, List<ActorMention> actors, int[] reportStartDays) {

    public DocumentActors {
        actors = List.copyOf(actors);
        reportStartDays = reportStartDays.clone();
        Arrays.sort(reportStartDays);
    }

    public static DocumentActors of(DocumentReports reports) {
        return new DocumentActors(reports.documentKey(), reports.actors(),
                reports.reports().stream().mapToInt(r -> Math.toIntExact(r.time().start().toEpochDay())).toArray());
    }

    public int reportCount() {
        return reportStartDays.length;
    }
}
