package org.waymark.pipeline;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A stage that runs on its own thread beside the others (the search index beside render: it
 * needs only the model, and no page shows it), finished before anything reads what it wrote.
 * {@code build --timings} shows its own wall time under its name and, under name + "-wait",
 * how long the build then waited for it: what it added to the build's critical path.
 */
final class BesideStage {
    /** The stage's work. */
    interface Work {
        void run() throws IOException;
    }

    private final String name;
    private final CompletableFuture<Long> millis;

    private BesideStage(String name, CompletableFuture<Long> millis) {
        this.name = name;
        this.millis = millis;
    }

    static BesideStage start(String name, Work work) {
        CompletableFuture<Long> millis = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                work.run();
                millis.complete((System.nanoTime() - start) / 1_000_000);
            } catch (Throwable e) {
                millis.completeExceptionally(e);
            }
        }, "waymark-" + name);
        thread.setDaemon(true);
        thread.start();
        return new BesideStage(name, millis);
    }

    boolean done() {
        return millis.isDone();
    }

    /** Waits for the stage and records its time and the wait; its failure is the caller's. */
    void finish(Map<String, Long> stages) throws IOException {
        long start = System.nanoTime();
        try {
            stages.put(name, millis.join());
            stages.put(name + "-wait", (System.nanoTime() - start) / 1_000_000);
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) throw io;
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
    }
}
