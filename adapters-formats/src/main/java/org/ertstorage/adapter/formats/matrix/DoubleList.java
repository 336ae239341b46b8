package org.ertstorage.adapter.formats.matrix;

import java.util.Arrays;

/** A growable array of primitive doubles, so that decoding never boxes a value. */
final class DoubleList {

    private double[] values;
    private int size;

    DoubleList(int capacity) {
        values = new double[Math.max(capacity, 16)];
    }

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return size == values.length ? values : Arrays.copyOf(values, size);
    }
}
