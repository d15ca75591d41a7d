package app.nenpyo.events;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Which days a merge of some days makes again, and which it reads to do so, where reports told as
 * a wider period may join an event of a day inside it ({@link WiderPeriods}, decision 0033).
 *
 * <p>What a wider report does (join the one event inside its period that tells its happening, or
 * stay apart) depends only on the reports of the days of its period: its candidates start there,
 * are compared by their own reports, and one is out of the running only when it is itself a wider
 * report inside the period that joined a day of its own. So:
 * <ul>
 *   <li>the events that can change are those of the changed days, and of every day of the period of
 *       a wider report holding a changed day (it may leave the event it joined, or join another; a
 *       new or changed one starts on a changed day): the days {@linkplain MergeScope#includes made
 *       again};</li>
 *   <li>to make them as a merge of every day would, a wider report that may join one of them, or
 *       starts on one of them, must find every candidate: the merge also reads the days of the
 *       periods of the wider reports holding a day made again ({@linkplain MergeScope#reads read}).
 *       A wider report it meets whose period is not read whole may come out wrong, but only outside
 *       the days made again, whose events it does not hand on.</li>
 * </ul>
 *
 * <pre>{@code
 * // 1月 (days 0..30), a week across its start (-3..3); 2月 (31..58) beside them
 * WiderReach.of(new int[] {0, 30, -3, 3, 31, 58}).scopeOf(new int[] {20, 40})
 * // made again: 0..30 (1月 holds 20) and 31..58 (2月 holds 40); read: those and -3..-1 (the week holds 0)
 * }</pre>
 */
final class WiderReach {

    private final int[] periods;

    private WiderReach(int[] periods) {
        this.periods = periods;
    }

    /** @param periods the first and last epoch day of every wider report, in pairs, in any order */
    static WiderReach of(int[] periods) {
        return new WiderReach(WiderPeriods.sortedPairs(periods));
    }

    /** The days to make again and to read after these days' reports changed (an import, a correction). */
    MergeScope scopeOf(int[] changedDays) {
        int[] again = spread(changedDays);
        return MergeScope.of(again, spread(again));
    }

    /** These days and every day of the periods holding one of them, sorted, each once. */
    int[] spread(int[] days) {
        int[] sorted = Arrays.stream(days).sorted().distinct().toArray();
        IntStream.Builder reached = IntStream.builder();
        for (int k = 0; k < periods.length && sorted.length > 0; k += 2) {
            int first = periods[k];
            int last = periods[k + 1];
            int at = firstAtOrAfter(sorted, first);
            if (at < sorted.length && sorted[at] <= last) {
                for (int day = first; day <= last; day++) {
                    reached.add(day);
                }
            }
        }
        return IntStream.concat(Arrays.stream(sorted), reached.build()).sorted().distinct().toArray();
    }

    private static int firstAtOrAfter(int[] sorted, int day) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
