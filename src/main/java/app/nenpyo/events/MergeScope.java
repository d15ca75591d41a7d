package app.nenpyo.events;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The days whose events a merge makes again, every day or only some, and the days whose reports it
 * reads to make them. A merge after an import into a project whose other documents were merged
 * before need only make again the events that start on a day a new document reports something on
 * (and on the days of the documents whose actors the new ones changed), and on the days of the
 * periods of the reports told as a wider period that hold one of them, which may join or leave one
 * of their events: every other event would come out as it is. To make those as a merge of every
 * day would, it reads a little more: the periods of the wider reports that may join one of them
 * ({@link WiderReach}).
 *
 * <pre>{@code
 * MergeScope.everyDay().includes(19_000);                          // true
 * MergeScope.of(new int[] {19_002, 19_000}).days();                // [19000, 19002]
 * MergeScope.of(new int[] {19_000}, new int[] {18_999}).reads(18_999); // true, and includes(18_999) false
 * MergeScope.of(new int[0]).isEmpty();                             // true: nothing to merge again
 * }</pre>
 *
 * @param all      whether every event is made again ({@code days} and {@code readDays} are then empty)
 * @param days     the epoch days, sorted, each once, whose events are made again
 * @param readDays the epoch days, sorted, each once, whose reports are read and merged to make
 *                 them: {@code days} and more
 */
public record MergeScope(boolean all, int[] days, int[] readDays) {

    private static final MergeScope EVERY_DAY = new MergeScope(true, new int[0], new int[0]);

    public MergeScope {
        days = Arrays.stream(days).sorted().distinct().toArray();
        readDays = IntStream.concat(Arrays.stream(days), Arrays.stream(readDays)).sorted().distinct().toArray();
        if (all && readDays.length > 0) {
            throw new IllegalArgumentException("every day, or some days: not both");
        }
    }

    public static MergeScope everyDay() {
        return EVERY_DAY;
    }

    /** These days made again, reading no other. */
    public static MergeScope of(int[] days) {
        return new MergeScope(false, days, new int[0]);
    }

    /** These days made again from their reports and those of {@code alsoRead}. */
    public static MergeScope of(int[] days, int[] alsoRead) {
        return new MergeScope(false, days, alsoRead);
    }

    /** Whether the events starting on this epoch day are made again. */
    public boolean includes(int day) {
        return all || Arrays.binarySearch(days, day) >= 0;
    }

    /** Whether the reports starting on this epoch day are read and merged (the events of some of them made again). */
    public boolean reads(int day) {
        return all || Arrays.binarySearch(readDays, day) >= 0;
    }

    /** Whether no event is made again: the merge has nothing to do. */
    public boolean isEmpty() {
        return !all && days.length == 0;
    }

    /** The days of {@code sortedDays} whose reports are read, in order. */
    int[] readWithin(int[] sortedDays) {
        return all ? sortedDays : Arrays.stream(sortedDays).filter(this::reads).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MergeScope other && all == other.all && Arrays.equals(days, other.days)
                && Arrays.equals(readDays, other.readDays);
    }

    @Override
    public int hashCode() {
        return (Boolean.hashCode(all) * 31 + Arrays.hashCode(days)) * 31 + Arrays.hashCode(readDays);
    }

    @Override
    public String toString() {
        return all ? "MergeScope[every day]" : "MergeScope" + Arrays.toString(days) + ", reading also "
                + Arrays.toString(Arrays.stream(readDays).filter(d -> Arrays.binarySearch(days, d) < 0).toArray());
    }
}
