package dev.paperscope.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations in nanoseconds, reported in milliseconds. */
public record Percentiles(double p50, double p90, double p99, double mean, int n) {
    static Percentiles of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(ms(rank(sorted, 0.50)), ms(rank(sorted, 0.90)), ms(rank(sorted, 0.99)),
                Arrays.stream(sorted).average().orElse(0) / 1e6, sorted.length);
    }

    private static long rank(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
