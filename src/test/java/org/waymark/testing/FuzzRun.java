package org.waymark.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.pipeline.Pipeline;

/**
 * Runs a batch of generated files through the real pipeline (check only: render into a scratch
 * folder, never swapped in) and holds it to Waymark's promise: no exception escapes, the run
 * ends within a CPU budget, every diagnostic points inside the file it names (a line the file
 * has, a column within that line), each is printed, and content alone never makes the output
 * fail verification. Many inputs share one run for speed; when a batch breaks the promise, each
 * of its files is run alone so that the failure names the input that caused it.
 */
public final class FuzzRun {
    /**
     * CPU time, not wall time, so a busy machine cannot fail a run: the largest batches here take
     * a few seconds of CPU, and a hang or a blow-up goes far past this.
     */
    public static final Duration BUDGET = Duration.ofSeconds(60);
    private static final Pattern HEADER = Pattern.compile("(?m)^\\S.*:\\d+:\\d+: (error|warning): ");

    private final Path root;
    private int runs;

    public FuzzRun(Path root) {
        this.root = root;
    }

    /** {@code files}: path under the project (content/...) -> bytes; {@code label} names seed and origin. */
    public Pipeline.Result batch(String label, Map<String, byte[]> files) {
        try {
            return once(label, files);
        } catch (AssertionError | RuntimeException e) {
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
            } catch (AssertionError | RuntimeException alone) {
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
        Pipeline.Result r = CpuBudget.run(BUDGET, label, () -> {
            try {
                return Pipeline.run(new Pipeline.Options(project, project.resolve("site"), false, false, false));
            } catch (Exception | StackOverflowError e) {
                throw new AssertionFailedError(label + ": internal error (an exception escaped the pipeline): " + e, e);
            }
        });
        assertLocated(label, r, files);
        // The printer sees every diagnostic too (caret lines on huge or odd source lines): one header each.
        String printed = Projects.human(r);
        assertEquals(r.report().diagnostics().size(), HEADER.matcher(printed).results().count(),
                label + ": every diagnostic printed once as path:line:column: severity:");
        if (files.keySet().stream().noneMatch(k -> k.startsWith("templates/"))) assertNoOutputFault(label, r);
        Scratch.delete(project);  // a leftover under @TempDir is harmless: JUnit removes the folder at the end
        return r;
    }

    /**
     * Every diagnostic names a file of the batch, a line that file has and a column within that
     * line (measured in bytes, the most a column can count in any unit).
     */
    static void assertLocated(String label, Pipeline.Result r, Map<String, byte[]> files) {
        Map<String, int[]> widths = new java.util.HashMap<>();
        for (Diagnostic d : r.report().diagnostics()) {
            String where = d.path() + ":" + d.line() + ":" + d.column() + " " + d.code().id() + " " + d.message();
            byte[] bytes = files.get(d.path());
            if (bytes == null) fail(label + ": diagnostic names no file of the project: " + where);
            int[] lines = widths.computeIfAbsent(d.path(), p -> lineWidths(bytes));
            if (d.line() < 1 || d.line() > lines.length) {
                fail(label + ": diagnostic on line " + d.line() + " of a file of " + lines.length + " lines: " + where);
            }
            int width = lines[d.line() - 1];
            if (d.column() < 1 || d.column() > width + 1) {
                fail(label + ": diagnostic at column " + d.column() + " of a line of " + width + " bytes: " + where);
            }
        }
    }

    /** The length in bytes of each line (lines end at LF, as Waymark counts them). */
    private static int[] lineWidths(byte[] bytes) {
        int[] widths = new int[16];
        int count = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (count == widths.length) widths = java.util.Arrays.copyOf(widths, count * 2);
                widths[count++] = i - start;
                start = i + 1;
            }
        }
        return java.util.Arrays.copyOf(widths, count);
    }

    /**
     * Content that passed the checks always renders into a site that verifies, so with only the
     * built-in theme an output fault (WM4xx) is Waymark's own bug.
     */
    static void assertNoOutputFault(String label, Pipeline.Result r) {
        for (Diagnostic d : r.report().diagnostics()) {
            if (d.code().id().startsWith("WM4")) {
                fail(label + ": the built-in theme produced an output fault from content: " + d.path() + ":" + d.line()
                        + ":" + d.column() + " " + d.code().id() + " " + d.message());
            }
        }
    }

}
