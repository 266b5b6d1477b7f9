package org.waymark.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opentest4j.AssertionFailedError;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.pipeline.Pipeline;

/**
 * Runs a batch of generated files through the real pipeline (check only: render into a scratch
 * folder, never swapped in) and holds it to Waymark's promise: no exception escapes, the run
 * ends in bounded time, and every diagnostic is located (content/, templates/ or site/, line and
 * column from 1). Many inputs share one run for speed; when a batch breaks the promise, each of
 * its files is run alone so that the failure names the input that caused it.
 */
public final class FuzzRun {
    /** Generous for 2 shared cores: a healthy batch takes well under a second. */
    public static final Duration LIMIT = Duration.ofSeconds(10);

    private final Path root;
    private int runs;

    public FuzzRun(Path root) {
        this.root = root;
    }

    /** {@code files}: path under the project (content/...) -> bytes; {@code label} names seed and origin. */
    public Pipeline.Result batch(String label, Map<String, byte[]> files) {
        try {
            return once(label, files);
        } catch (AssertionFailedError | RuntimeException | StackOverflowError e) {
            if (files.size() > 1) blame(label, files);
            throw e;
        }
    }

    /** Runs each content file alone beside the batch's other, non-content files; fails naming the first culprit. */
    private void blame(String label, Map<String, byte[]> files) {
        Map<String, byte[]> shared = new LinkedHashMap<>();
        files.forEach((k, v) -> { if (!k.startsWith("content/")) shared.put(k, v); });
        for (var e : files.entrySet()) {
            if (!e.getKey().startsWith("content/")) continue;
            Map<String, byte[]> one = new LinkedHashMap<>(shared);
            one.put(e.getKey(), e.getValue());
            try {
                once(label + " / " + e.getKey(), one);
            } catch (AssertionFailedError | RuntimeException | StackOverflowError alone) {
                throw new AssertionError(label + ": input " + e.getKey() + " alone breaks the promise: " + alone, alone);
            }
        }
    }

    private Pipeline.Result once(String label, Map<String, byte[]> files) {
        Path project = root.resolve("run" + (runs++));
        try {
            for (var e : files.entrySet()) {
                Path p = project.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the test project for " + label, e);
        }
        Pipeline.Result r = assertTimeoutPreemptively(LIMIT, () -> Pipeline.run(
                new Pipeline.Options(project, project.resolve("site"), false, false, false)), label);
        assertNotNull(r, label);
        assertLocated(label, r);
        // The printer sees every diagnostic too (caret lines on huge or odd source lines).
        assertTrue(r.ok() || Projects.human(r).contains("error"), label + ": a failed run prints its errors");
        delete(project);
        return r;
    }

    public static void assertLocated(String label, Pipeline.Result r) {
        if (!r.ok()) assertTrue(r.report().hasErrors(), label);
        for (Diagnostic d : r.report().diagnostics()) {
            boolean placed = d.path().startsWith("content/") || d.path().startsWith("templates/")
                    || d.path().startsWith("site/");
            if (!placed || d.line() < 1 || d.column() < 1) {
                fail(label + ": diagnostic not located: " + d.path() + ":" + d.line() + ":" + d.column() + ": "
                        + d.message());
            }
        }
    }

    private static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover scratch file under @TempDir is harmless; JUnit removes the folder at the end.
        }
    }
}
