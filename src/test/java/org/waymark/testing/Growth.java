package org.waymark.testing;

import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * How a cost grows with the size of its input, judged by CPU time at n and at 4n: linear work
 * takes 4 times as long (up to about 7 times as the larger data outgrows caches that other
 * processes share on a busy machine), quadratic work 16 times. After a warm-up run (so that compiling the code is not
 * counted), each size is measured several times, interleaved, and the least is kept, since
 * interference only ever adds time; work of a few milliseconds is repeated within each
 * measurement so that it stands well above the clock's noise.
 */
public final class Growth {
    public static final int FACTOR = 4;
    /** Between linear (4, seen up to 6.7 on a machine at load 12) and quadratic (16). */
    public static final double MAX_RATIO = 10.0;
    /** Each measurement repeats the work until it takes about this much CPU. */
    private static final long MEASURE_NANOS = 100_000_000L;
    /** Work that takes longer than this at n is measured fewer times. */
    private static final long HEAVY_NANOS = 1_000_000_000L;

    private Growth() {}

    /**
     * Fails when multiplying {@code n} by {@link #FACTOR} multiplies the CPU time of {@code work}
     * by more than {@link #MAX_RATIO}. {@code clock}: {@link CpuBudget#threadNanos} for work on the
     * calling thread, {@link CpuBudget#processNanos} for work spread over threads.
     */
    public static void assertLinear(String label, int n, LongSupplier clock, IntConsumer work) {
        long warm = cost(clock, work, n, 1);
        int repeat = (int) Math.max(1, Math.min(1000, MEASURE_NANOS / Math.max(1, warm)));
        int rounds = warm > HEAVY_NANOS ? 2 : 5;
        long small = Long.MAX_VALUE;
        long large = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            small = Math.min(small, cost(clock, work, n, repeat) / repeat);
            large = Math.min(large, cost(clock, work, FACTOR * n, repeat) / repeat);
        }
        double ratio = (double) large / Math.max(1, small);
        System.out.printf("Growth: %s: %.1f ms of CPU at n=%d, %.1f ms at %dn (x%.2f; least of %d runs of %d)%n",
                label, small / 1e6, n, large / 1e6, FACTOR, ratio, rounds, repeat);
        if (ratio > MAX_RATIO) {
            throw new AssertionError(String.format("%s: %d times the input took %.1f times the CPU (%.1f ms at n=%d,"
                    + " %.1f ms at %d); linear work would take about %d times", label, FACTOR, ratio, small / 1e6, n,
                    large / 1e6, FACTOR * n, FACTOR));
        }
    }

    private static long cost(LongSupplier clock, IntConsumer work, int n, int repeat) {
        long start = clock.getAsLong();
        for (int i = 0; i < repeat; i++) work.accept(n);
        return clock.getAsLong() - start;
    }
}
