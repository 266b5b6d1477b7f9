package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/**
 * A build killed (SIGKILL) at a random moment leaves the site whole: the old one or the new
 * one, never a mix. The build runs as a real child process of the CLI.
 */
class KilledBuildTest {
    @TempDir
    Path project;

    private static final double[] FACTORS = {0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.05, 1.5};

    @Test
    void aKilledBuildLeavesTheOldSiteOrTheNewOneNeverAMix() throws Exception {
        write("one");
        assertTrue(Projects.build(project).ok());
        // How long a whole build takes as a child process here, so kills land across all of it.
        long started = System.nanoTime();
        Process whole = child();
        whole.waitFor(120, TimeUnit.SECONDS);
        long fullMillis = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> current = snapshot();
        int killedWhileRunning = 0;
        int sawOld = 0;
        int sawNew = 0;
        for (int round = 0; round < 8; round++) {
            String version = round % 2 == 0 ? "two" : "one";
            write(version);
            Process p = child();
            // Spread over the whole build: early (loading), middle (rendering), late (swapping), after.
            Thread.sleep((long) (fullMillis * FACTORS[round]));
            if (p.isAlive()) killedWhileRunning++;
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            // What the next build does first:
            SiteSwap.recover(project.resolve("site"));
            Map<String, String> now = snapshot();
            Map<String, String> fresh = expected(version);
            boolean old = now.equals(current);
            boolean neu = now.keySet().equals(fresh.keySet()) && now.get("p0/index.html").contains("Version " + version);
            assertTrue(old || neu, "round " + round + ": the site is neither the old nor the new one");
            if (neu && !old) sawNew++;
            if (old) sawOld++;
            current = now;
        }
        assertTrue(killedWhileRunning >= 3, "kills should land while the build runs: " + killedWhileRunning
                + " of 8 (" + sawOld + " left the old site, " + sawNew + " the new one)");
        assertTrue(Projects.build(project).ok());
        try (Stream<Path> left = Files.list(project)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".site")),
                    "the next build cleans up what killed builds left");
        }
    }

    private Process child() throws IOException {
        ProcessBuilder b = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "org.waymark.cli.Main", "build", project.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // One process, so the kill lands on the build itself (the launcher's child JVM is tested apart).
        b.environment().put("WAYMARK_IN_PROCESS", "1");
        return b.start();
    }

    private Map<String, String> expected(String version) throws IOException {
        Path other = project.resolveSibling(project.getFileName() + "-expected-" + version);
        if (!Files.exists(other.resolve("site"))) {
            copyContent(other);
            assertTrue(Projects.build(other).ok());
        }
        return snapshotOf(other.resolve("site"));
    }

    private void copyContent(Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve("content"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(project.relativize(p));
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    private void write(String version) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder index = new StringBuilder("# Home\n\n");
        int pages = version.equals("one") ? 120 : 140;
        for (int i = 0; i < pages; i++) {
            files.put("content/p" + i + ".md", "# Page " + i + "\n\nVersion " + version + ".\n\n## Part\n\n"
                    + "Text ".repeat(200) + "\n");
            index.append("- [p").append(i).append("](p").append(i).append(".md)\n");
        }
        files.put("content/index.md", index.toString());
        try (Stream<Path> walk = Files.exists(project.resolve("content")) ? Files.walk(project.resolve("content"))
                : Stream.empty()) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        Projects.write(project, files);
    }

    private Map<String, String> snapshot() throws IOException {
        return snapshotOf(project.resolve("site"));
    }

    private static Map<String, String> snapshotOf(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(site)) return files;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
