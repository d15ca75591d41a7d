package app.nenpyo.timeline;

import java.util.Arrays;

/** A growable array of ints: visible-item queries return ranks without boxing a million Integers. */
final class IntList {

    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    void sort() {
        Arrays.sort(values, 0, size);
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
