package app.nenpyo.service;

import java.time.Duration;
import java.util.List;

/**
 * What one rebuild of the events did, and where its time went.
 *
 * @param documents the dated documents whose reports were merged
 * @param readAgain how many of them had to be read from their text again (date changed, reports
 *                  missing or of an older layout); the others' saved reports were used
 * @param events    the events merged and given to the store (those of the days merged)
 * @param daysMerged how many days' events were made again; -1 for every day (a whole merge),
 *                  0 when nothing had changed; the events of the other days were kept
 * @param reading   loading and decoding the saved reports (and reading those documents again)
 * @param merging   resolving actors across documents and merging reports into events, on a thread
 *                  of its own (time spent waiting for the writer left out)
 * @param writing   writing the difference to the project, summary pages included, committed
 *                  (time spent waiting for the merge left out); runs side by side with merging
 * @param elapsed   the whole rebuild, wall time: less than the sum of the three, as merging and
 *                  writing overlap
 * @param unread    the documents whose events could not be read, in the order of the document
 *                  list: merged with none, and read again by the next merge
 */
public record EventRebuild(int documents, int readAgain, int events, int daysMerged, Duration reading, Duration merging,
                           Duration writing, Duration elapsed, List<UnreadDocument> unread) {

    public EventRebuild {
        unread = List.copyOf(unread);
    }

    /** Whether every report was merged again, rather than the days that changed. */
    public boolean whole() {
        return daysMerged < 0;
    }
}
