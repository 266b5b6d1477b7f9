package org.waymark.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.output.MemoryOutput;
import org.waymark.pipeline.Pipeline;

/**
 * The site the preview serves, rebuilt in memory (drafts included) on request. A build that
 * succeeds replaces the served files at once; one that fails keeps the last good files and
 * records its errors. Builds run one at a time; readers see one whole snapshot or the next.
 */
final class LiveSite {
    private final Path project;
    private final Consumer<BuildOutcome> listener;
    private final Consumer<Snapshot> changed;
    private final LiveEvents events;
    private static final java.time.Duration RELOAD_WAIT = java.time.Duration.ofSeconds(1);
    private final Pipeline.Reuse reuse = new Pipeline.Reuse();
    private volatile Snapshot current = Snapshot.NONE;
    private int builds;

    LiveSite(Path project, Consumer<BuildOutcome> listener, LiveEvents events) {
        this.project = project;
        this.listener = listener;
        this.changed = events::publish;
        this.events = events;
    }

    Snapshot current() {
        return current;
    }

    /** How many builds have run; tests use it to see that rapid saves make one build. */
    synchronized int builds() {
        return builds;
    }

    /** A build after {@code changed} files were saved (null: not known, as for the first build). */
    void rebuild(Set<Path> changed) {
        rebuild(changed, () -> false);
    }

    /**
     * The same, asking {@code superseded} before it shows anything: when files changed again
     * meanwhile, another build follows at once, and this one's result, already out of date (a
     * save caught half written, say), is not shown.
     */
    synchronized void rebuild(Set<Path> changed, BooleanSupplier superseded) {
        builds++;
        Snapshot before = current;
        MemoryOutput out = new MemoryOutput();
        Snapshot next;
        boolean[] shown = {false};
        try {
            Pipeline.Result r = Pipeline.runInMemory(project, true, out, reuse, changed, pages -> {
                // a narrowed rebuild's pages, shown before the search index is written, which
                // waits until the open pages have reloaded (a second at most) so as not to slow them
                if (superseded.getAsBoolean()) return;
                int open = events.pages();
                int made = events.connections();
                current = new Snapshot(before.version() + 1, Map.copyOf(out.files()), List.of());
                this.changed.accept(current);
                shown[0] = true;
                try {
                    events.awaitConnections(made + open, RELOAD_WAIT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            listener.accept(new BuildOutcome.Built(r));
            next = r.ok() ? new Snapshot(before.version() + 1, Map.copyOf(out.files()), List.of())
                    : new Snapshot(before.version(), before.files(),
                            r.report().diagnostics().stream().filter(Diagnostic::isError).toList());
        } catch (IOException | RuntimeException e) {
            // a fault of Waymark's own, not of the content: said once, and the preview keeps serving
            String why = e instanceof IOException ? e.getMessage() : "internal error: " + e;
            listener.accept(new BuildOutcome.Failed(why));
            next = new Snapshot(before.version(), before.files(), List.of(Diagnostic.ofFile("content",
                    0, 0, Code.IO_ERROR, "the build could not run: " + why, null)));
        }
        if (!shown[0] && superseded.getAsBoolean()) return;
        current = next;
        // the search index joins the pages already shown without reloading them again
        if (!(shown[0] && next.version() == before.version() + 1 && next.errors().isEmpty())) this.changed.accept(next);
    }
}
