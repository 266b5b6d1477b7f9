package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/**
 * The archive {@code mvn package} records for the launcher with the JDK Maven runs on: a
 * class-data-sharing archive (target/waymark.jsa, dumped from the classes a build loaded, picocli's
 * of Java 5's class-file version too) before Java 25, an ahead-of-time cache
 * (target/waymark.aot) from 25 on. Each is used where it fits, ignored quietly where it does
 * not, and the cache's flag never reaches a Java too old to know it. The cache on a Java 25 is
 * tried whenever one is installed beside this JDK (or named by WAYMARK_TEST_JDK25), even when
 * Maven runs on an older one: the test then records a cache of its own.
 */
class LauncherArchiveIT {
    private static final Path TARGET = LauncherIT.TARGET;
    private static final int JAVA = Runtime.version().feature();
    private static final String ARCHIVE = JAVA >= 25 ? "waymark.aot" : "waymark.jsa";

    @TempDir
    Path tmp;

    @Test
    void theArchiveForThisJavaIsMadeAndUsed() throws Exception {
        assertTrue(Files.isRegularFile(TARGET.resolve(ARCHIVE)), "mvn package on Java " + JAVA + " writes target/" + ARCHIVE);
        String other = JAVA >= 25 ? "waymark.jsa" : "waymark.aot";
        assertFalse(Files.exists(TARGET.resolve(other)), "only the archive this Java can use: not " + other);
        String loaded = assertMainFromTheArchive(LauncherIT.SCRIPT, Map.of());
        if (JAVA < 25) {
            // picocli's classes have the class-file version of Java 5, which a dynamic archive leaves out
            assertTrue(loaded.contains("picocli.CommandLine source: shared objects file"),
                    "picocli should come from the archive:\n" + loaded.lines().filter(l -> l.contains("picocli.CommandLine ")).toList());
        }
    }

    @Test
    void anArchiveThatNoLongerFitsIsIgnoredQuietly() throws Exception {
        // A copy at another path: the archive records the jar's path, so Java must set it aside,
        // and nothing may reach standard output, where check --format json writes.
        Path dist = distribution(tmp.resolve("dist"));
        Files.copy(TARGET.resolve(ARCHIVE), dist.resolve(ARCHIVE));
        assertQuietJsonCheck(dist, Map.of());
    }

    @Test
    void aMovedCopyRunsWithTheJdksOwnArchiveNotOneThatCannotFit() throws Exception {
        assumeTrue(JAVA < 25, "the static archive is made before Java 25");
        // As `cp -r target elsewhere` leaves it: the archive, and the note of the jar it was made for.
        Path dist = distribution(tmp.resolve("dist"));
        Files.copy(TARGET.resolve("waymark.jsa"), dist.resolve("waymark.jsa"));
        Files.copy(TARGET.resolve("waymark.jsa.jar"), dist.resolve("waymark.jsa.jar"));
        Run r = Run.of(tmp, tmp, Map.of("WAYMARK_DEBUG", "1", "WAYMARK_OPTS", "-Xlog:class+load=info"),
                dist.resolve("bin/waymark").toString(), "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.jvmFlags().stream().noneMatch(f -> f.startsWith("-XX:SharedArchiveFile")), r.jvmFlags().toString());
        assertTrue(r.out().contains("java.lang.Object source: shared objects file"), "the JDK's own archive is in use");
        // and in place, through a link to the folder, it is given
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), TARGET);
        Run linked = Run.of(tmp, tmp, Map.of("WAYMARK_DEBUG", "1"), link.resolve("bin/waymark").toString(), "--version");
        assertTrue(linked.jvmFlags().stream().anyMatch(f -> f.startsWith("-XX:SharedArchiveFile")), linked.jvmFlags().toString());
    }

    @Test
    void aCacheIsNotGivenToAJavaOlderThan25() throws Exception {
        assumeTrue(JAVA < 25, "Maven runs on Java " + JAVA + ": no older Java at hand");
        Path dist = distribution(tmp.resolve("dist"));
        Files.writeString(dist.resolve("waymark.aot"), "made by a newer Java");
        Run r = Run.of(tmp, tmp, Map.of("WAYMARK_DEBUG", "1"), dist.resolve("bin/waymark").toString(), "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.jvmFlags().stream().noneMatch(f -> f.startsWith("-XX:AOTCache")), r.jvmFlags().toString());
        assertQuietJsonCheck(dist, Map.of());
    }

    @Test
    void onJava25TheAheadOfTimeCacheIsUsed() throws Exception {
        Optional<Path> jdk = jdk25();
        assumeTrue(jdk.isPresent(), "no Java 25 or later installed beside " + System.getProperty("java.home"));
        Path dist = distribution(tmp.resolve("dist"));
        Projects.write(tmp.resolve("training"), Map.of("content/index.md", "# Home\n\n[A guide](a.md)\n",
                "content/a.md", "---\ntitle: A guide\n---\nText.\n"));
        Run training = Run.of(tmp, tmp, Map.of(), jdk.get().resolve("bin/java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseParallelGC", "-Xmn128m", "-Xss4m", "-XX:AOTCacheOutput=" + dist.resolve("waymark.aot"),
                "-jar", dist.resolve("waymark.jar").toString(), "build", "training");
        assertEquals(0, training.exit(), training.err());
        assertTrue(Files.isRegularFile(dist.resolve("waymark.aot")), training.out() + training.err());

        Map<String, String> java25 = Map.of("JAVA_HOME", jdk.get().toString());
        assertMainFromTheArchive(dist.resolve("bin/waymark"), java25);
        assertQuietJsonCheck(dist, java25);
        // java found on the PATH through a link, as Debian's alternatives install it
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("java"), jdk.get().resolve("bin/java"));
        Run viaPath = Run.of(tmp, tmp, Map.of("JAVA_HOME", "", "WAYMARK_DEBUG", "1",
                "PATH", links + File.pathSeparator + System.getenv("PATH")), dist.resolve("bin/waymark").toString(), "--version");
        assertEquals(0, viaPath.exit(), viaPath.err());
        assertTrue(viaPath.jvmFlags().contains("-XX:AOTCache=" + dist.resolve("waymark.aot")), viaPath.out());
    }

    /** The launcher and the jar copied to {@code root}, as a user might install them. */
    private static Path distribution(Path root) throws IOException {
        Files.createDirectories(root.resolve("bin"));
        Files.copy(LauncherIT.SCRIPT, root.resolve("bin/waymark"));
        Files.copy(TARGET.resolve("waymark.jar"), root.resolve("waymark.jar"));
        return root;
    }

    /** What the JVM said of the classes it loaded. */
    private String assertMainFromTheArchive(Path script, Map<String, String> env) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("WAYMARK_OPTS", "-Xlog:class+load=info");
        Run r = Run.of(tmp, tmp, all, script.toString(), "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("org.waymark.cli.Main source: shared objects file"),
                "Main should come from the archive:\n" + r.out().lines().filter(l -> l.contains("waymark.cli.Main ")).toList());
        return r.out();
    }

    private void assertQuietJsonCheck(Path dist, Map<String, String> env) throws Exception {
        Projects.write(tmp.resolve("kb"), Map.of("content/index.md", "---\ntitle: A\n---\n[x](nope.md)\n"));
        Run r = Run.of(tmp, tmp, env, dist.resolve("bin/waymark").toString(), "check", "kb", "--format", "json");
        assertEquals(1, r.exit(), r.err());
        List<?> diagnostics = new ObjectMapper().readValue(r.out(), List.class);
        assertEquals(1, diagnostics.size(), r.out());
        assertFalse(r.err().contains("[warning]"), r.err());
    }

    /** A JDK of Java 25 or later: WAYMARK_TEST_JDK25, else one installed beside this one (as in /usr/lib/jvm). */
    private static Optional<Path> jdk25() throws IOException {
        String named = System.getenv("WAYMARK_TEST_JDK25");
        if (named != null && !named.isEmpty()) return Optional.of(Path.of(named));
        Path here = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> jdks = Files.list(here.getParent())) {
            return jdks.filter(j -> feature(j) >= 25 && Files.isExecutable(j.resolve("bin/java"))).sorted().findFirst();
        }
    }

    private static int feature(Path jdk) {
        try {
            Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(jdk.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
