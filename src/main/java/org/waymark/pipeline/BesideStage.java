package org.waymark.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stage that runs on its own thread beside the others (the search index beside render: it
 * needs only the model, and no page shows it), finished before anything reads what it wrote.
 * {@code build --timings} shows its own wall time under its name; under name + "-wait", how
 * long the build then waited for it: what it added to the build's critical path; and under
 * name + "-cpu", the CPU time its threads took (it runs in a pool of its own, so its parallel
 * streams do not queue behind the other stages' tasks, and its CPU time can be told apart):
 * on a machine whose cores the other stages keep busy, that time is taken from them.
 */
final class BesideStage {
    /** The stage's work. */
    interface Work {
        void run() throws IOException;
    }

    private final String name;
    private final CompletableFuture<Long> millis;
    private final ForkJoinPool pool;
    private final AtomicLong cpuNanos;

    private BesideStage(String name, CompletableFuture<Long> millis, ForkJoinPool pool, AtomicLong cpuNanos) {
        this.name = name;
        this.millis = millis;
        this.pool = pool;
        this.cpuNanos = cpuNanos;
    }

    static BesideStage start(String name, Work work) {
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), p -> {
            ForkJoinWorkerThread t = new ForkJoinWorkerThread(p) {
                @Override
                protected void onTermination(Throwable exception) {
                    long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
                    cpuNanos.addAndGet(Math.max(0, cpu));
                    super.onTermination(exception);
                }
            };
            t.setName("waymark-" + name + "-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
        CompletableFuture<Long> millis = new CompletableFuture<>();
        pool.execute(() -> {
            long start = System.nanoTime();
            try {
                work.run();
                millis.complete((System.nanoTime() - start) / 1_000_000);
            } catch (IOException e) {
                millis.completeExceptionally(new UncheckedIOException(e));
            } catch (Throwable e) {
                millis.completeExceptionally(e);
            }
        });
        return new BesideStage(name, millis, pool, cpuNanos);
    }

    boolean done() {
        return millis.isDone();
    }

    /** Waits for the stage and records its time and the wait; its failure is the caller's. */
    void finish(Map<String, Long> stages) throws IOException {
        long start = System.nanoTime();
        try {
            long own = millis.join();
            long waited = (System.nanoTime() - start) / 1_000_000;
            stages.put(name, own);
            stages.put(name + "-wait", waited);
            stages.put(name + "-cpu", stop() / 1_000_000);
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Waits for the stage, however it ends, when the build stops before {@link #finish}: the
     * folder it writes into is deleted next, and must not be written to after that.
     */
    void abandon() {
        try {
            millis.join();
        } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
            // The build has failed already; this stage's own failure adds nothing to its report.
        }
        stop();
    }

    /** Ends the pool's threads and returns the CPU time they took, in nanoseconds. */
    private long stop() {
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return cpuNanos.get();
    }
}
