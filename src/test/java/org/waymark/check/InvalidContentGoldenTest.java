package org.waymark.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diagnostic.Code;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * Golden diagnostics: each folder under src/test/resources/invalid/ is a project that is wrong
 * in one way; {@code expected.txt} holds exactly what {@code check} prints, errors or warnings
 * only. Every diagnostic code has at least one case. Run with -Dwaymark.updateGolden=true to
 * rewrite the files after an intended change, then review the diff.
 *
 * <p>Each case is copied to a scratch folder and checked there. Faults that cannot be committed
 * as files are made in that copy by {@link #SETUP}, keyed by the case's folder name: a file too
 * large to keep in git, symbolic links (which not every checkout can hold). Where a message
 * names the project's own folder (no content/ folder at all), the copy's path is printed as
 * {@code <project>} so that the expected text is the same on every machine.
 */
class InvalidContentGoldenTest {
    static final Path CASES = Projects.repo().resolve("src/test/resources/invalid");
    private static final Pattern CODE = Pattern.compile("\\[(WM\\d{3})]$", Pattern.MULTILINE);

    interface Setup {
        void make(Path project) throws IOException;
    }

    /** What a case needs beyond its committed files. */
    static final Map<String, Setup> SETUP = Map.of(
            // 5 MiB of Markdown: over the 4 MiB limit for text files (ContentLoader.MAX_TEXT_BYTES).
            "file-too-large", p -> Files.writeString(p.resolve("content/export.md"),
                    "# Export\n\n" + "A line of an exported table.\n".repeat(5 * 1024 * 1024 / 29)),
            // One link out of content/ to a file beside it, one to nothing at all.
            "symlink-outside", p -> {
                Files.createSymbolicLink(p.resolve("content/shared.md"), Path.of("../shared/notes.md"));
                Files.createSymbolicLink(p.resolve("content/gone.md"), Path.of("missing.md"));
            });

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> everyInvalidCaseReportsExactlyItsDiagnostics() throws IOException {
        return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    @Test
    void everyCodeHasAGoldenCase() throws IOException {
        TreeSet<String> covered = new TreeSet<>();
        for (Path dir : cases()) {
            Path expected = dir.resolve("expected.txt");
            if (!Files.exists(expected)) continue;
            Matcher m = CODE.matcher(Files.readString(expected, StandardCharsets.UTF_8));
            while (m.find()) covered.add(m.group(1));
        }
        List<String> missing = new ArrayList<>();
        for (Code c : Code.values()) if (!covered.contains(c.id())) missing.add(c.id() + " " + c.slug());
        assertEquals(List.of(), missing, "codes with no case under " + CASES + " (add a folder with content that"
                + " reports it, or a SETUP entry where it cannot be committed)");
    }

    @Test
    void everySetupNamesACase() {
        for (String name : SETUP.keySet()) assertTrue(Files.isDirectory(CASES.resolve(name)), "no case " + name);
    }

    private static List<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private void run(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        Path project = scratch.resolve(name);
        copy(dir, project);
        Setup setup = SETUP.get(name);
        if (setup != null) {
            try {
                setup.make(project);
            } catch (UnsupportedOperationException | FileSystemException e) {
                Assumptions.abort(name + " needs what this file system cannot make: " + e);
            }
        }
        Pipeline.Result r = Projects.check(project);
        String actual = Projects.human(r).replace(project.toAbsolutePath().normalize().toString(), "<project>");
        Path expectedFile = dir.resolve("expected.txt");
        if (Boolean.getBoolean("waymark.updateGolden")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expectedFile), "no expected.txt in " + dir
                + "; run once with -Dwaymark.updateGolden=true, then review the file");
        assertFalse(r.report().diagnostics().isEmpty(), "a case must report something: " + dir);
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, "diagnostics of " + dir);
    }

    /** The case's files, without its expected.txt. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path rel = from.relativize(p);
                if (rel.toString().equals("expected.txt")) continue;
                Files.createDirectories(to.resolve(rel).getParent());
                Files.copy(p, to.resolve(rel));
            }
        }
        Files.createDirectories(to);
    }
}
