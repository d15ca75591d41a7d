package app.nenpyo.events;

import app.nenpyo.nlp.ActorMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The reports of one document that start in a window of days, for one window of a merge
 * ({@link WindowedMerge}): each with its position among all the document's reports (its place in
 * reading order), and every actor mention of the document (a report's actor depends on the
 * document's other mentions).
 *
 * <p>A document with reports starting on days 10, 3, 10 gives, for the window [10, 11), the
 * first and third reports at positions [0, 2].
 */
public record WindowReports(String documentKey, List<ActorMention> actors, List<Report> reports, int[] positions) {

    public WindowReports {
        actors = List.copyOf(actors);
        reports = List.copyOf(reports);
        positions = positions.clone();
        if (positions.length != reports.size()) {
            throw new IllegalArgumentException(positions.length + " positions for " + reports.size() + " reports");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WindowReports w && documentKey.equals(w.documentKey) && actors.equals(w.actors)
                && reports.equals(w.reports) && Arrays.equals(positions, w.positions);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(documentKey, actors, reports) + Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        return "WindowReports[" + documentKey + ", " + reports.size() + " reports at " + Arrays.toString(positions) + "]";
    }

    /** The reports of a document in memory that start in [fromDay, toDay). */
    public static WindowReports of(DocumentReports document, int fromDay, int toDay) {
        List<Report> inWindow = new ArrayList<>();
        int[] positions = new int[document.reports().size()];
        for (int k = 0; k < document.reports().size(); k++) {
            Report r = document.reports().get(k);
            long day = r.time().start().toEpochDay();
            if (day >= fromDay && day < toDay) {
                positions[inWindow.size()] = k;
                inWindow.add(r);
            }
        }
        return new WindowReports(document.documentKey(), document.actors(), inWindow, Arrays.copyOf(positions, inWindow.size()));
    }
}
