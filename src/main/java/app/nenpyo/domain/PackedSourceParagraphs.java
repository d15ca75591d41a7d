package app.nenpyo.domain;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Source paragraphs kept as numbers in a shared array instead of one object each: a million
 * event summaries name about two million paragraphs, and as objects (with a list per event)
 * they were a fifth of the timeline's heap and of what the collector copies while a project
 * loads. Immutable: nothing writes the array after it is handed over; each {@link #get} makes
 * the (small, short-lived) record.
 *
 * <pre>
 *   long[] page = {137, 19, 153, 17, 9, 2};            // document id, paragraph, …
 *   new PackedSourceParagraphs(page, 0, 2)             // [SourceParagraph[137, 19], SourceParagraph[153, 17]]
 * </pre>
 * Equal to any list of the same paragraphs, as lists are.
 */
public final class PackedSourceParagraphs extends AbstractList<SourceParagraph> implements RandomAccess {

    private final long[] packed;
    private final int from;
    private final int size;

    /**
     * @param packed pairs of document id and paragraph number; the caller never changes them afterwards
     * @param from   the index of this list's first pair
     * @param size   how many pairs
     */
    public PackedSourceParagraphs(long[] packed, int from, int size) {
        Objects.requireNonNull(packed, "packed");
        if (from < 0 || size < 0 || 2L * (from + (long) size) > packed.length) {
            throw new IndexOutOfBoundsException(size + " pairs from " + from + " in an array of " + packed.length);
        }
        this.packed = packed;
        this.from = from;
        this.size = size;
    }

    @Override
    public SourceParagraph get(int index) {
        Objects.checkIndex(index, size);
        int at = 2 * (from + index);
        return new SourceParagraph(packed[at], Math.toIntExact(packed[at + 1]));
    }

    @Override
    public int size() {
        return size;
    }
}
