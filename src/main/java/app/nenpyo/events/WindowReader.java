package app.nenpyo.events;

import java.util.List;
import java.util.function.IntPredicate;

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

    /**
     * The same, saying which documents the next window reads too: a reader may keep what it
     * decoded of those until then (a document's reports are saved as one block, which every
     * window that reads it must otherwise inflate again; most that are read twice are read in two
     * windows in a row). The merge asks for windows in time order.
     *
     * @param inNextWindow whether a document, by index, has a report in the next window
     */
    default List<WindowReports> reports(int[] indexes, int fromDay, int toDay, IntPredicate inNextWindow) {
        return reports(indexes, fromDay, toDay);
    }
}
