package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/** {@code waymark paths}: the tree's paths from the load and check stages, and --write to refresh a stale list. */
class PathsCommandTest {
    private static final String TREE = """
            kind: decision
            title: Pick a store
            start: kind-of-data
            nodes:
              kind-of-data:
                question: What do you store?
                options:
                  - label: Documents
                    next: use-search
                  - label: Rows
                    next: use-sql
              use-search:
                outcome: Use a search index
              use-sql:
                outcome: Use a relational database
            """;
    private static final String STALE = "# reviewed paths\nkind-of-data=\"Documents\" -> use-sql\n";

    @TempDir
    Path project;

    @Test
    void printsEveryPathOfEveryTree() throws Exception {
        Projects.write(project, Map.of("content/decisions/store.yaml", TREE));
        CommandLineTest.Run r = CommandLineTest.run("paths", project.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("decisions/store.yaml: kind-of-data=\"Documents\" -> use-search\n"
                + "decisions/store.yaml: kind-of-data=\"Rows\" -> use-sql\n", r.out());
    }

    @Test
    void aStaleListDoesNotStopWriteWhichRepairsIt() throws Exception {
        Projects.write(project, Map.of("content/decisions/store.yaml", TREE, "content/decisions/store.paths.txt", STALE));
        assertEquals(1, CommandLineTest.run("check", project.toString(), "--content-only").exit(), "the list is stale");
        CommandLineTest.Run r = CommandLineTest.run("paths", project.toString(), "--write");
        assertEquals(0, r.exit(), r.err());
        assertEquals("wrote content/decisions/store.paths.txt (2 paths)\n", r.out());
        assertTrue(Files.readString(project.resolve("content/decisions/store.paths.txt"), StandardCharsets.UTF_8)
                .contains("kind-of-data=\"Rows\" -> use-sql"));
        CommandLineTest.Run checked = CommandLineTest.run("check", project.toString(), "--content-only");
        assertEquals(0, checked.exit(), checked.err());
    }

    @Test
    void contentErrorsArePrintedAndNothingIsWritten() throws Exception {
        Projects.write(project, Map.of("content/decisions/store.yaml", TREE.replace("next: use-sql", "next: nowhere"),
                "content/decisions/store.paths.txt", STALE));
        CommandLineTest.Run r = CommandLineTest.run("paths", project.toString(), "--write");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("content/decisions/store.yaml:11:"), r.err());
        assertTrue(r.err().contains("nowhere"), r.err());
        assertEquals("", r.out());
        assertEquals(STALE, Files.readString(project.resolve("content/decisions/store.paths.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aFolderWithoutContentIsAContentError() {
        CommandLineTest.Run r = CommandLineTest.run("paths", project.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no content/ folder"), r.err());
    }
}
