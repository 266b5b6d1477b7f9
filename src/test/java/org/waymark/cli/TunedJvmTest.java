package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/** The real launcher: build runs in a tuned child JVM that never outlives the process it was started by. */
class TunedJvmTest {
    @TempDir
    Path project;

    private ProcessBuilder waymark(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().remove("WAYMARK_IN_PROCESS");
        return b;
    }

    @Test
    void buildRunsInATunedChildAndPassesItsExitCode() throws Exception {
        Projects.write(project, Map.of("content/index.md", "# Home\n"));
        Process ok = waymark("build", project.toString()).start();
        String out = new String(ok.getInputStream().readAllBytes());
        assertEquals(0, ok.waitFor(), out);
        assertTrue(out.contains("Built 1 page, "), out);
        Files.writeString(project.resolve("content/index.md"), "---\nbogus: 1\n---\n");
        Process bad = waymark("build", project.toString()).start();
        String err = new String(bad.getInputStream().readAllBytes());
        assertEquals(1, bad.waitFor(), err);
        assertTrue(err.contains("unknown key 'bogus'"), err);
    }

    @Test
    void killingTheLauncherStopsTheBuild() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < 5000; i++) files.put("content/p" + i + ".md", "# Page " + i + "\n\n" + "Text. ".repeat(300));
        Projects.write(project, files);
        Process launcher = waymark("build", project.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle child = null;
        for (int i = 0; i < 200 && child == null; i++) {
            child = launcher.toHandle().children().findFirst().orElse(null);
            Thread.sleep(25);
        }
        assertTrue(child != null, "build should run in a child JVM");
        launcher.destroyForcibly();
        launcher.waitFor(10, TimeUnit.SECONDS);
        ProcessHandle build = child;
        // Alone, the build has many seconds of work left; the watcher ends it as soon as the
        // child's JVM has started (under a second on an idle machine).
        long killed = System.nanoTime();
        long deadline = killed + TimeUnit.SECONDS.toNanos(4);
        while (build.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertFalse(build.isAlive(), "the child JVM must stop when its launcher is killed");
        assertTrue(!Files.exists(project.resolve("site")), "the killed build wrote no site");
    }
}
