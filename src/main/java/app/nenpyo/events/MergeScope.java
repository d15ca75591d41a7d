package app.nenpyo.events;

import java.util.Arrays;

/**
 * The days whose events a merge makes again: every day, or only some. A merge after an import
 * into a project whose other documents were merged before need only make again the events that
 * start on a day a new document reports something on (and on the days of the documents whose
 * actors the new ones changed), and on the days of the periods of the reports told as a wider period
 * that hold one of them, which may join or leave one of their events ({@link WiderReach}): every
 * other event would come out as it is.
 *
 * <pre>{@code
 * MergeScope.everyDay().includes(19_000);            // true
 * MergeScope.of(new int[] {19_002, 19_000}).days();  // [19000, 19002]
 * MergeScope.of(new int[0]).isEmpty();               // true: nothing to merge again
 * }</pre>
 *
 * @param all  whether every event is made again ({@code days} is then empty)
 * @param days the epoch days, sorted, each once, whose events are made again
 */
public record MergeScope(boolean all, int[] days) {

    private static final MergeScope EVERY_DAY = new MergeScope(true, new int[0]);

    public MergeScope {
        days = Arrays.stream(days).sorted().distinct().toArray();
        if (all && days.length > 0) {
            throw new IllegalArgumentException("every day, or some days: not both");
        }
    }

    public static MergeScope everyDay() {
        return EVERY_DAY;
    }

    public static MergeScope of(int[] days) {
        return new MergeScope(false, days);
    }

    /** Whether the events starting on this epoch day are made again. */
    public boolean includes(int day) {
        return all || Arrays.binarySearch(days, day) >= 0;
    }

    /** Whether no event is made again: the merge has nothing to do. */
    public boolean isEmpty() {
        return !all && days.length == 0;
    }

    /** The days of {@code sortedDays} in the scope, in order. */
    int[] within(int[] sortedDays) {
        return all ? sortedDays : Arrays.stream(sortedDays).filter(this::includes).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MergeScope other && all == other.all && Arrays.equals(days, other.days);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(all) * 31 + Arrays.hashCode(days);
    }

    @Override
    public String toString() {
        return all ? "MergeScope[every day]" : "MergeScope" + Arrays.toString(days);
    }
}
