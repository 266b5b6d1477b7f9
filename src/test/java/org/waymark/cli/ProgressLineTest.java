package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Progress;
import org.waymark.testing.Projects;

/** Progress on a terminal, nothing animated elsewhere, and --quiet. */
class ProgressLineTest {
    @TempDir
    Path project;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLongRunShowsItsStageWithCountsAndWipesTheLineAtTheEnd() {
        AtomicInteger done = new AtomicInteger(4211);
        try (ProgressLine line = new ProgressLine(out, 0, true)) {
            line.begin(new Progress.Stage("render", "Rendering pages", done::get, 10017));
            line.tick();
            assertTrue(printed().matches("\r\u001b\\[KRendering pages 4,211/10,017 · \\d+\\.\\d s"), printed());
            line.begin(new Progress.Stage("verify", "Verifying 10,017 pages"));
            line.tick();
            assertTrue(printed().contains("\r\u001b[KVerifying 10,017 pages · "), printed());
        }
        assertTrue(printed().endsWith("\r\u001b[K"), "the line is wiped before the report: " + printed());
    }

    @Test
    void aShortRunShowsNothing() {
        try (ProgressLine line = new ProgressLine(out, 60_000, true)) {
            line.begin(new Progress.Stage("load", "Reading content/"));
            line.tick();
        }
        assertEquals("", printed());
    }

    @Test
    void offATerminalOrWhenQuietNothingIsDrawn() {
        for (boolean[] c : new boolean[][] {{false, false}, {true, true}, {false, true}}) {
            try (ProgressLine line = ProgressLine.on(out, c[0], c[1])) {
                line.begin(new Progress.Stage("load", "Reading content/"));
                line.tick();
            }
        }
        assertEquals("", printed());
    }

    @Test
    void quietPrintsErrorsOnly() throws Exception {
        // an orphan page: a warning
        Projects.write(project, Map.of("content/index.md", "# Home\n", "content/lost.md", "# Lost\n"));
        CommandLineTest.Run warned = CommandLineTest.run("build", project.toString());
        assertTrue(warned.err().contains("warning:"), warned.err());
        assertTrue(warned.out().startsWith("Built 2 pages, 0 decision trees, 0 checklists in "), warned.out());
        CommandLineTest.Run quiet = CommandLineTest.run("build", project.toString(), "--quiet");
        assertEquals(0, quiet.exit());
        assertEquals("", quiet.out() + quiet.err());
        assertEquals("", CommandLineTest.run("check", project.toString(), "-q").err());

        Projects.write(project, Map.of("content/index.md", "# Home\n\n[gone](gone.md)\n"));
        CommandLineTest.Run failed = CommandLineTest.run("build", project.toString(), "--quiet");
        assertEquals(1, failed.exit());
        assertTrue(failed.err().contains("error: link target 'gone.md' does not exist"), failed.err());
        assertTrue(!failed.err().contains("warning:"), "lost.md is still an orphan, and not shown: " + failed.err());
    }

    @Test
    void countsAreInCorrectEnglish() {
        assertEquals("1 decision tree", SiteCounts.count(1, "decision tree", "decision trees"));
        assertEquals("0 decision trees", SiteCounts.count(0, "decision tree", "decision trees"));
        assertEquals("2 checklists", SiteCounts.count(2, "checklist", "checklists"));
    }
}
