package app.nenpyo.events;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The days a merge of some days must make again because reports told as a wider period may join
 * or leave an event of a day inside it ({@link WiderPeriods}, decision 0032). A wider report meets
 * only the events starting inside its period, and its own event starts on the period's first day:
 * so a changed day inside a wider report's period brings the whole period with it (the report may
 * join or leave the day's event, and then the one it joined before, or another of its days, is
 * made again), and so does its first day (the report itself changed); and a period overlapping
 * one brought in is brought in too (4月 is a candidate of 来春, 上旬 and 1月 share their days). The
 * periods are therefore taken as the blocks of days their overlapping periods cover together: a
 * changed day in a block brings the block, a changed day in none brings itself alone.
 *
 * <pre>{@code
 * // 1月 (days 0..30) and 1月上旬 (0..9) make one block; 3月 (59..89) another
 * WiderReach.of(new int[] {0, 30, 0, 9, 59, 89}).daysAgain(new int[] {5, 40})
 * // → 0..30 and 40: the block of day 5, and day 40 alone
 * }</pre>
 */
final class WiderReach {

    private final int[] blockFirst;
    private final int[] blockLast;

    private WiderReach(int[] blockFirst, int[] blockLast) {
        this.blockFirst = blockFirst;
        this.blockLast = blockLast;
    }

    /** @param periods the first and last epoch day of every wider report, in pairs, in any order */
    static WiderReach of(int[] periods) {
        int[] sorted = WiderPeriods.sortedPairs(periods);
        int[] first = new int[sorted.length / 2];
        int[] last = new int[sorted.length / 2];
        int blocks = 0;
        for (int k = 0; k < sorted.length; k += 2) {
            if (blocks > 0 && sorted[k] <= last[blocks - 1]) {
                last[blocks - 1] = Math.max(last[blocks - 1], sorted[k + 1]);
            } else {
                first[blocks] = sorted[k];
                last[blocks] = sorted[k + 1];
                blocks++;
            }
        }
        return new WiderReach(Arrays.copyOf(first, blocks), Arrays.copyOf(last, blocks));
    }

    /** The changed days and every day of the blocks holding one of them, sorted, each once. */
    int[] daysAgain(int[] changed) {
        boolean[] reached = new boolean[blockFirst.length];
        for (int day : changed) {
            int block = blockHolding(day);
            if (block >= 0) {
                reached[block] = true;
            }
        }
        IntStream blockDays = IntStream.range(0, blockFirst.length).filter(b -> reached[b])
                .flatMap(b -> IntStream.rangeClosed(blockFirst[b], blockLast[b]));
        return IntStream.concat(Arrays.stream(changed), blockDays).sorted().distinct().toArray();
    }

    /** The block whose days hold {@code day}, or -1. */
    private int blockHolding(int day) {
        int lo = 0;
        int hi = blockFirst.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blockFirst[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && day <= blockLast[lo - 1] ? lo - 1 : -1;
    }
}
