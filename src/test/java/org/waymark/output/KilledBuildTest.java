package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;
import org.waymark.testing.Scratch;

/**
 * A build killed (SIGKILL) at any moment leaves the site whole: the old one or the new one,
 * never a mix. The build runs as a real process of the CLI; each round kills it as soon as the
 * file system shows that it has reached a given point (a staging folder, some pages written,
 * all of them, the marker that comes just before the swap, the old site moved aside), found by
 * polling, so the kills land where they are meant to however fast or busy the machine is. The
 * instant between the swap's two renames is too short to catch this way; FailedBuildTest sets
 * up that state by hand.
 */
class KilledBuildTest {
    @TempDir
    Path project;

    /** A point in a build, as seen from outside: what is in the project folder while it runs. */
    record Moment(String name, boolean lasting, Predicate<Path> reached) {}

    private static final int PAGES_ONE = 120;
    private static final int PAGES_TWO = 140;

    @Test
    void aKilledBuildLeavesTheOldSiteOrTheNewOneNeverAMix() throws Exception {
        List<Moment> moments = List.of(
                new Moment("staging folder exists", true, p -> staging(p) != null),
                new Moment("first page written", true, p -> pagesIn(staging(p)) >= 1),
                new Moment("a third of the pages written", true, p -> pagesIn(staging(p)) >= PAGES_ONE / 3),
                new Moment(PAGES_ONE + " pages written", true, p -> pagesIn(staging(p)) >= PAGES_ONE),
                // Written just before the swap: the kill may come before it, between the renames, or after.
                new Moment("swap marker written", false, p -> exists(staging(p), OutputFolder.MARKER)),
                new Moment("old site moved aside", false, p -> Files.exists(p.resolve(".site.previous"))),
                new Moment("build finished", true, p -> false));
        write("one");
        assertTrue(Projects.build(project).ok());
        Map<String, String> current = snapshot();
        List<String> passedUnseen = new ArrayList<>();
        int round = 0;
        for (Moment moment : moments) {
            for (String version : List.of("two", "one")) {
                // A lasting moment is tried again if the build got past it between two looks.
                for (int attempt = 1; ; attempt++) {
                    String label = "round " + round++ + " (" + version + ", kill at: " + moment.name() + ")";
                    assertEquals(List.of("content", "site"), listing(), label + ": the last round left things behind");
                    write(version);
                    Process p = child();
                    boolean seen = waitFor(moment, p);
                    p.destroyForcibly();
                    p.waitFor();
                    // What the next build does first:
                    SiteSwap.recover(project.resolve("site"));
                    Map<String, String> now = snapshot();
                    assertTrue(now.equals(current) || now.equals(expected(version)),
                            label + ": the site is neither the old nor the new one");
                    current = now;
                    if (seen || moment.name().equals("build finished")) break;
                    if (!moment.lasting()) {
                        passedUnseen.add(label);
                        break;
                    }
                    assertTrue(attempt < 5, label + ": five builds ran past this moment before it was seen");
                }
            }
        }
        System.out.println("KilledBuildTest: " + round + " builds; brief moments passed unseen: " + passedUnseen);
        assertTrue(Projects.build(project).ok());
        assertEquals(List.of("content", "site"), listing(), "the next build cleans up what killed builds left");
    }

    /** Polls the project folder until the moment is reached (true) or the build has ended (false). */
    private boolean waitFor(Moment moment, Process build) {
        while (build.isAlive()) {
            if (moment.reached().test(project)) return true;
            // Only spaces out the checks; which moment the kill lands at is decided by what is seen.
            LockSupport.parkNanos(200_000);
        }
        return false;
    }

    private Process child() throws IOException {
        ProcessBuilder b = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "org.waymark.cli.Main", "build", project.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return b.start();
    }

    /** The staging folder of the running build, or null. */
    private static Path staging(Path project) {
        try (Stream<Path> list = Files.list(project)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Pages (p0/index.html ...) in a folder the build is writing and may rename or delete at any time. */
    private static int pagesIn(Path staging) {
        if (staging == null) return 0;
        try (Stream<Path> list = Files.list(staging)) {
            return (int) list.filter(p -> p.getFileName().toString().matches("p\\d+")
                    && Files.exists(p.resolve("index.html"))).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static boolean exists(Path dir, String name) {
        return dir != null && Files.exists(dir.resolve(name));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> list = Files.list(project)) {
            // the load store and the spare stay beside site/ from build to build, by design (LoadStore, SpareSite)
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(".site.cache") && !n.equals(".site.links") && !n.equals(".site.scans") && !n.equals(".site.search") && !n.equals(".site.spare")).sorted().toList();
        }
    }

    private final Map<String, Map<String, String>> expected = new TreeMap<>();

    /** The site a whole build of this version writes, built once in a folder of its own. */
    private Map<String, String> expected(String version) throws IOException {
        if (!expected.containsKey(version)) {
            Path other = Scratch.dir("wm-expected-" + version);
            copyContent(other);
            assertTrue(Projects.build(other).ok());
            expected.put(version, snapshotOf(other.resolve("site")));
        }
        return expected.get(version);
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
        int pages = version.equals("one") ? PAGES_ONE : PAGES_TWO;
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
                try {
                    files.put(site.relativize(p).toString(), Files.readString(p));
                } catch (NoSuchFileException e) {
                    throw new AssertionError("a file vanished from the site while nothing was building: " + p, e);
                }
            }
        }
        return files;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
