package org.waymark.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diagnostic.Code;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.GoldenCases;
import org.waymark.testing.Projects;

/**
 * Golden diagnostics: each folder under src/test/resources/invalid/ is a project that is wrong
 * in one way; {@code expected.txt} holds exactly what {@code check} prints, errors or warnings
 * only. Every diagnostic code has at least one case. Run with -Dwaymark.updateGolden=true to
 * rewrite the files after an intended change, then review the diff.
 *
 * <p>Each case is checked in a scratch copy, where {@link GoldenCases#SETUP} makes the faults
 * that cannot be committed as files (a 5 MiB page, symbolic links). Where a message names the
 * project's own folder (no content/ folder at all), the copy's path is printed as
 * {@code <project>}, so that the expected text is the same on every machine.
 */
class InvalidContentGoldenTest {
    private static final Pattern CODE = Pattern.compile("\\[(WM\\d{3})]$", Pattern.MULTILINE);

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> everyInvalidCaseReportsExactlyItsDiagnostics() throws IOException {
        return GoldenCases.all().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                () -> run(dir)));
    }

    @Test
    void everyCodeHasAGoldenCase() throws IOException {
        TreeSet<String> covered = new TreeSet<>();
        for (Path dir : GoldenCases.all()) {
            Path expected = dir.resolve("expected.txt");
            if (!Files.exists(expected)) continue;
            Matcher m = CODE.matcher(Files.readString(expected, StandardCharsets.UTF_8));
            while (m.find()) covered.add(m.group(1));
        }
        List<String> missing = new ArrayList<>();
        for (Code c : Code.values()) if (!covered.contains(c.id())) missing.add(c.id() + " " + c.slug());
        assertEquals(List.of(), missing, "codes with no case under " + GoldenCases.ROOT + " (add a folder with"
                + " content that reports it, or a GoldenCases.SETUP entry where it cannot be committed)");
    }

    @Test
    void everySetupNamesACase() {
        for (String name : GoldenCases.SETUP.keySet()) {
            assertTrue(Files.isDirectory(GoldenCases.ROOT.resolve(name)), "no case " + name);
        }
    }

    private void run(Path dir) throws IOException {
        Path project = GoldenCases.materialize(dir, scratch);
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
}
