package org.waymark.testing;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds a test's work by CPU time, never by the wall clock: a busy machine stretches the wall
 * clock, not the CPU a computation needs. The work runs on a thread of its own; the caller waits
 * for it and fails it once this process has spent more CPU than the budget since it began (a
 * hang or a blow-up), leaving the runaway thread behind as JUnit's preemptive timeout does.
 */
public final class CpuBudget {
    private CpuBudget() {}

    /** CPU time of the whole process (every thread: page workers, GC, compiler), in nanoseconds. */
    public static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the calling thread, in nanoseconds: for work that runs on it alone. */
    public static long threadNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static <T> T run(Duration budget, String label, Callable<T> work) {
        long start = processNanos();
        FutureTask<T> task = new FutureTask<>(work);
        Thread worker = new Thread(task, "cpu-budget " + label);
        worker.setDaemon(true);
        worker.start();
        while (true) {
            try {
                // Each wait only spaces out the checks of the CPU spent; no outcome depends on its length.
                return task.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                long spent = processNanos() - start;
                if (spent > budget.toNanos()) {
                    worker.interrupt();
                    throw new AssertionError(label + ": still running after " + spent / 1_000_000 + " ms of CPU (budget "
                            + budget.toMillis() + " ms)");
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw new AssertionError(label + ": " + cause, cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(label + ": interrupted", e);
            }
        }
    }
}
