package org.waymark.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * Golden diagnostics: each folder under src/test/resources/invalid/ is a project whose
 * content is wrong in one way; {@code expected.txt} holds exactly what {@code check} prints.
 * Run with -Dwaymark.updateGolden=true to rewrite the files after an intended change.
 */
class InvalidContentGoldenTest {
    static final Path CASES = Projects.repo().resolve("src/test/resources/invalid");

    @TestFactory
    Stream<DynamicTest> everyInvalidCaseReportsExactlyItsDiagnostics() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
        }
    }

    private static void run(Path dir) throws IOException {
        Pipeline.Result r = Projects.check(dir);
        String actual = Projects.human(r);
        Path expectedFile = dir.resolve("expected.txt");
        if (Boolean.getBoolean("waymark.updateGolden")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expectedFile), "no expected.txt in " + dir
                + "; run once with -Dwaymark.updateGolden=true, then review the file");
        assertFalse(r.ok(), "an invalid case must fail: " + dir);
        assertTrue(actual.contains(": error: "), actual);
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, "diagnostics of " + dir);
    }
}
