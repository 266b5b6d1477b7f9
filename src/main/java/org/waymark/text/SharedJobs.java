package org.waymark.text;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Numbered jobs run on every thread of the common pool and the caller's, each thread taking
 * the next job as it finishes one. A parallel stream cuts its list into a few fixed runs (four,
 * on two cores), and one thread can be left with a whole run while the other idles: the last
 * 400 ms of loading 10,000 files ran on one core, and making the PDFs of a run alone once took
 * 13 s.
 */
public final class SharedJobs {
    private SharedJobs() {}

    /** Runs {@code job} for each number from 0 to {@code count - 1}; an exception a job throws ends the run and is thrown here. */
    public static void run(int count, IntConsumer job) {
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, ForkJoinPool.getCommonPoolParallelism() + 1).parallel().forEach(thread -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) job.accept(i);
        });
    }
}
