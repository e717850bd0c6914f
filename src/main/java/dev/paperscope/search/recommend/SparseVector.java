package dev.paperscope.search.recommend;

import java.util.Objects;

/** A sparse vector: increasing term indexes and their weights. */
record SparseVector(int[] indexes, double[] values) {
    SparseVector {
        Objects.requireNonNull(indexes, "indexes");
        Objects.requireNonNull(values, "values");
        if (indexes.length != values.length) {
            throw new IllegalArgumentException("indexes and values differ in length: " + indexes.length + " and " + values.length);
        }
        for (int i = 1; i < indexes.length; i++) {
            if (indexes[i] <= indexes[i - 1]) {
                throw new IllegalArgumentException("indexes must increase");
            }
        }
    }

    boolean isEmpty() {
        return indexes.length == 0;
    }

    /** The dot product with another sparse vector (cosine, both being L2-normalised). */
    double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < indexes.length && j < other.indexes.length) {
            if (indexes[i] == other.indexes[j]) {
                sum += values[i++] * other.values[j++];
            } else if (indexes[i] < other.indexes[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The dot product with a dense weight vector indexed like the terms. */
    double dot(double[] dense) {
        double sum = 0;
        for (int i = 0; i < indexes.length; i++) {
            sum += values[i] * dense[indexes[i]];
        }
        return sum;
    }
}
