package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/**
 * What {@code mvn package} makes, run as a user runs it: target/bin/waymark beside
 * target/waymark.jar (its archives: LauncherArchiveIT). Runs in the integration-test phase,
 * after package (see pom.xml); alone: {@code mvn -o package -DskipTests} first, then
 * {@code mvn -o surefire:test -Dtest=LauncherIT}.
 */
class LauncherIT {
    static final Path TARGET = Projects.repo().resolve("target");
    static final Path SCRIPT = TARGET.resolve("bin/waymark");
    static final String JAVA_HOME = System.getProperty("java.home");

    @TempDir
    Path tmp;

    @BeforeAll
    static void packaged() {
        assertTrue(Files.isExecutable(SCRIPT), SCRIPT + " is missing or not executable: run mvn package first");
        assertTrue(Files.isRegularFile(TARGET.resolve("waymark.jar")), "target/waymark.jar is missing");
    }

    private Run run(Path cwd, Map<String, String> env, String... command) throws Exception {
        return Run.of(tmp, cwd, env, command);
    }

    private Run waymark(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        return run(tmp, env, command.toArray(String[]::new));
    }

    @Test
    void userFlagsArriveAfterTheTunedOnesSoTheyWin() throws Exception {
        Run r = waymark(Map.of("WAYMARK_DEBUG", "1", "JAVA_OPTS", "-Xmx300m -Dfrom.java.opts=1",
                "WAYMARK_OPTS", "-Dwaymark.probe=x -Xss8m"), "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("waymark "), r.out());
        assertTrue(r.out().contains("java " + System.getProperty("java.version") + " (" + JAVA_HOME + ")"), r.out());
        List<String> flags = r.jvmFlags();
        for (String f : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn128m", "-XX:InitialRAMPercentage=3.125",
                "-XX:TenuredGenerationSizeIncrement=100", "-Xss4m", "-Xmx300m",
                "-Dfrom.java.opts=1", "-Dwaymark.probe=x", "-Xss8m")) {
            assertTrue(flags.contains(f), f + " missing from " + flags);
        }
        // HotSpot takes the last of two values: ours first, then JAVA_OPTS, then WAYMARK_OPTS.
        assertTrue(flags.indexOf("-Xss4m") < flags.indexOf("-Xmx300m"), flags.toString());
        assertTrue(flags.indexOf("-Xmx300m") < flags.indexOf("-Dwaymark.probe=x"), flags.toString());
        assertTrue(flags.indexOf("-Xss4m") < flags.indexOf("-Xss8m"), flags.toString());
    }

    /**
     * {@code serve} runs under the same flags as every command, the client compiler among them:
     * with both compilers its first build was far slower (bench/RESULTS.md, "Twenty-third round").
     */
    @Test
    void serveRunsUnderTheSameFlags() throws Exception {
        Run version = waymark(Map.of("WAYMARK_DEBUG", "1"), "--version");
        Run serve = waymark(Map.of("WAYMARK_DEBUG", "1"), "serve", "--version");
        assertEquals(0, serve.exit(), serve.err());
        assertTrue(serve.jvmFlags().contains("-XX:TieredStopAtLevel=1"), serve.jvmFlags().toString());
        assertEquals(version.jvmFlags(), serve.jvmFlags());
    }

    /**
     * Huge pages are never asked for, even where the kernel gives them on request: rebuilds and
     * edits spent a second more zeroing them (bench/RESULTS.md, "Eighteenth round").
     */
    @Test
    void hugePagesAreNotAskedFor() throws Exception {
        Run r = waymark(Map.of("WAYMARK_DEBUG", "1"), "--version");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.jvmFlags().stream().anyMatch(f -> f.contains("TransparentHugePages")), r.jvmFlags().toString());
        assertEquals("", r.err(), "nothing on standard error");
        Run build = waymark(Map.of(), "new", "hp");
        assertEquals(0, build.exit(), build.err());
        assertEquals("", build.err(), "nothing on standard error");
    }

    @Test
    void withoutTheDebugVariableVersionIsOneLine() throws Exception {
        Run r = waymark(Map.of("WAYMARK_OPTS", "-Dwaymark.probe=x"), "--version");
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
    }

    @Test
    void exitCodesPassThrough() throws Exception {
        Projects.write(tmp.resolve("good"), Map.of("content/index.md", "# Home\n"));
        Projects.write(tmp.resolve("bad"), Map.of("content/index.md", "---\nbogus: 1\n---\n"));
        Run ok = waymark(Map.of(), "build", "good");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().startsWith("Built 1 page, "), ok.out());
        assertTrue(Files.isRegularFile(tmp.resolve("good/site/index.html")));
        Run bad = waymark(Map.of(), "build", "bad");
        assertEquals(1, bad.exit(), bad.err());
        assertTrue(bad.err().contains("unknown key 'bogus'"), bad.err());
        assertEquals(2, waymark(Map.of(), "frobnicate").exit());
    }

    @Test
    void worksFromAnyFolderAndThroughSymlinks() throws Exception {
        Projects.write(tmp.resolve("kb"), Map.of("content/index.md", "# Home\n"));
        Path links = Files.createDirectories(tmp.resolve("links"));
        Path absolute = Files.createSymbolicLink(links.resolve("waymark"), SCRIPT);
        // A relative link to a relative link, as package managers install commands.
        Path elsewhere = Files.createDirectories(tmp.resolve("usr/local/bin"));
        Path relative = Files.createSymbolicLink(elsewhere.resolve("wm"), elsewhere.relativize(absolute));
        Path deep = Files.createDirectories(tmp.resolve("some/where/else"));
        for (Path command : List.of(SCRIPT, absolute, relative)) {
            Run r = run(deep, Map.of(), command.toString(), "check", "../../../kb");
            assertEquals(0, r.exit(), command + ": " + r.err());
        }
        // Found on the PATH by a shell, as a person types it.
        Run viaPath = run(deep, Map.of("PATH", elsewhere + File.pathSeparator + System.getenv("PATH")), "sh", "-c",
                "wm --version");
        assertEquals(0, viaPath.exit(), viaPath.err());
        assertTrue(viaPath.out().startsWith("waymark "), viaPath.out());
    }

    @Test
    void noJavaIsAClearError() throws Exception {
        Run r = waymark(Map.of("JAVA_HOME", tmp.resolve("no-such-jdk").toString()), "--version");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no java found"), r.err());
    }

    @Test
    void theJarAloneStillRuns() throws Exception {
        Projects.write(tmp.resolve("kb"), Map.of("content/index.md", "# Home\n"));
        Run r = run(tmp, Map.of(), Path.of(JAVA_HOME, "bin", "java").toString(), "-jar",
                TARGET.resolve("waymark.jar").toString(), "build", "kb");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("kb/site/index.html")));
        // the built-in theme's files, read from inside the jar, each under its cache-busted name
        // (or, as embed.js for the pages that host embeds, under its own at the site's root)
        Path theme = Projects.repo().resolve("templates/assets");
        List<Path> builtIn;
        try (var walk = Files.walk(theme)) {
            builtIn = walk.filter(Files::isRegularFile).toList();
        }
        assertFalse(builtIn.isEmpty());
        for (Path p : builtIn) {
            String name = theme.relativize(p).toString().replace(File.separatorChar, '/');
            int dot = name.lastIndexOf('.');
            String busted = name.substring(0, dot) + "\\.[0-9a-f]{8}" + java.util.regex.Pattern.quote(name.substring(dot));
            Path folder = tmp.resolve("kb/site/assets").resolve(name).getParent();
            try (var files = Files.list(folder)) {
                assertTrue(files.anyMatch(f -> tmp.resolve("kb/site/assets").relativize(f).toString()
                        .replace(File.separatorChar, '/').matches(busted))
                        || Files.isRegularFile(tmp.resolve("kb/site").resolve(name)), "the site has " + name);
            }
        }
    }
}
