package org.waymark.testing;

import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * How a cost grows with the size of its input, judged by CPU time at n and at k times n: linear
 * work takes k times as long, quadratic work k squared times; the test fails above k to the
 * power 1.7. A busy machine makes the larger input dearer, as its data outgrows caches that
 * other processes share: over five full runs beside other builds (load 7 to 18), linear work
 * was seen at up to 2.7 k. So k = 16 fails above 111 (linear seen up to 43, quadratic 256) and
 * k = 4 above 10.6 (linear seen up to 4.9, quadratic 16).
 *
 * <p>After a warm-up run (so that compiling the code is not counted), each size is measured
 * several times, interleaved, and the least is kept, since interference only ever adds time;
 * work of a few milliseconds is repeated within each measurement so that it stands well above
 * the clock's noise.
 */
public final class Growth {
    /** Each measurement repeats the work until it takes about this much CPU. */
    private static final long MEASURE_NANOS = 100_000_000L;
    /** Work that would take longer than this at k times n is measured fewer times. */
    private static final long HEAVY_NANOS = 2_000_000_000L;

    private Growth() {}

    /** The largest ratio of CPU times that still counts as linear growth for {@code factor} times the input. */
    public static double maxRatio(int factor) {
        return Math.pow(factor, 1.7);
    }

    /**
     * Fails when {@code factor} times the input multiplies the CPU time of {@code work} by more
     * than {@link #maxRatio}. {@code clock}: {@link CpuBudget#threadNanos} for work on the calling
     * thread, {@link CpuBudget#processNanos} for work spread over threads.
     */
    public static void assertLinear(String label, int n, int factor, LongSupplier clock, IntConsumer work) {
        long warm = cost(clock, work, n, 1);
        int repeat = (int) Math.max(1, Math.min(1000, MEASURE_NANOS / Math.max(1, warm)));
        int rounds = warm * factor > HEAVY_NANOS ? 2 : 5;
        long small = Long.MAX_VALUE;
        long large = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            small = Math.min(small, cost(clock, work, n, repeat) / repeat);
            large = Math.min(large, cost(clock, work, factor * n, repeat) / repeat);
        }
        double ratio = (double) large / Math.max(1, small);
        System.out.printf("Growth: %s: %.2f ms of CPU at n=%d, %.2f ms at %dn (x%.2f of at most %.1f; least of %d"
                + " runs of %d)%n", label, small / 1e6, n, large / 1e6, factor, ratio, maxRatio(factor), rounds, repeat);
        if (ratio > maxRatio(factor)) {
            throw new AssertionError(String.format("%s: %d times the input took %.1f times the CPU (%.2f ms at n=%d,"
                    + " %.2f ms at %d); linear work would take about %d times", label, factor, ratio, small / 1e6, n,
                    large / 1e6, factor * n, factor));
        }
    }

    private static long cost(LongSupplier clock, IntConsumer work, int n, int repeat) {
        long start = clock.getAsLong();
        for (int i = 0; i < repeat; i++) work.accept(n);
        return clock.getAsLong() - start;
    }
}
