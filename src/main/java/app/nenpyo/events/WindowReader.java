package app.nenpyo.events;

import java.util.List;

/**
 * Reads, for one window of a merge ({@link WindowedMerge}), the reports of some documents that
 * start in the window: {@link ReportCodec#decodeWindow} on the bytes saved with each document,
 * or {@link WindowReports#of} for documents in memory.
 */
@FunctionalInterface
public interface WindowReader {

    /**
     * @param indexes documents, by index in reading order
     * @param fromDay the window's first epoch day
     * @param toDay   the epoch day after it
     * @return for each document, in order, its reports that start in the window
     */
    List<WindowReports> reports(int[] indexes, int fromDay, int toDay);
}
