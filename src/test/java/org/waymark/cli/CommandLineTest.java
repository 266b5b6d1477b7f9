package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/** The CLI's contract: exit codes 0 / 1 / 2, the closing line, diagnostics on stderr. */
class CommandLineTest {
    @TempDir
    Path project;

    record Run(int exit, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void buildSucceedsWithAClosingLine() throws Exception {
        Projects.write(project, Map.of("content/index.md", "# Home\n\nHello.\n"));
        Run r = run("build", project.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)Built 1 page, 0 decision trees, 0 checklists in [0-9.]+ s -> .*site/\\n"), r.out());
        assertTrue(Files.isRegularFile(project.resolve("site/index.html")));
    }

    @Test
    void buildHonoursOut() throws Exception {
        Projects.write(project, Map.of("content/index.md", "# Home\n"));
        Path out = project.resolve("elsewhere/public");
        assertEquals(0, run("build", project.toString(), "--out", out.toString()).exit());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void contentErrorsExitOneWithEveryDiagnostic() throws Exception {
        Projects.write(project, Map.of("content/index.md", "---\ntitle: A\nbogus: 1\n---\n[x](nope.md)\n"));
        Run r = run("check", project.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("content/index.md:3:1: error: unknown key 'bogus' in front matter"), r.err());
        assertTrue(r.err().contains("content/index.md:5:1: error: link target 'nope.md' does not exist"), r.err());
        assertTrue(r.err().contains("2 errors, 0 warnings in 1 file"), r.err());
        assertTrue(!Files.exists(project.resolve("site")), "check writes nothing");
    }

    @Test
    void jsonAndGithubFormats() throws Exception {
        Projects.write(project, Map.of("content/index.md", "---\ntitle: A\n---\n[x](nope.md)\n"));
        Run json = run("check", project.toString(), "--format", "json");
        assertTrue(json.out().contains("\"file\":\"content/index.md\",\"line\":4,\"column\":1"), json.out());
        assertTrue(json.out().contains("\"code\":\"WM201\""), json.out());
        Run gh = run("check", project.toString(), "--format", "github");
        assertTrue(gh.out().startsWith("::error file=content/index.md,line=4,col=1,"), gh.out());
    }

    @Test
    void contentOnlySkipsRenderingAndItsChecks() throws Exception {
        Projects.write(project, Map.of("content/index.md", "# Home\n",
                "templates/home.ftlh", "<html><head><title>x</title></head><body><h1>x</h1><p style=\"x\">y</p></body></html>"));
        assertEquals(1, run("check", project.toString()).exit(), "the full check renders and verifies");
        Run fast = run("check", project.toString(), "--content-only");
        assertEquals(0, fast.exit(), fast.err());
    }

    @Test
    void pathsArePrintedFromWhereTheCommandRuns() throws Exception {
        Path inside = Path.of("target", "cli-prefix-project").toAbsolutePath();
        Projects.write(inside, Map.of("content/index.md", "---\ntitle: A\n---\n[x](nope.md)\n"));
        Run human = run("check", inside.toString());
        assertTrue(human.err().startsWith("target/cli-prefix-project/content/index.md:4:1: error:"), human.err());
        Run gh = run("check", inside.toString(), "--format", "github");
        assertTrue(gh.out().startsWith("::error file=target/cli-prefix-project/content/index.md,line=4"), gh.out());
    }

    @Test
    void buildNeverReplacesAFolderItDidNotWrite() throws Exception {
        Projects.write(project, Map.of("content/index.md", "# Home\n", "notes/keep.txt", "mine"));
        for (Path out : new Path[] {project, project.resolve("content/out"), project.resolve("notes"),
                project.getParent()}) {
            Run r = run("build", project.toString(), "--out", out.toString());
            assertEquals(2, r.exit(), out + ": " + r.err());
            assertTrue(r.err().startsWith("waymark: cannot build into "), r.err());
            assertFalse(r.err().contains("Usage:"), "a refusal is not a usage error: " + r.err());
        }
        Run notOurs = run("build", project.toString(), "--out", project.resolve("notes").toString());
        assertTrue(notOurs.err().matches("waymark: cannot build into \\S*notes/: it holds files that Waymark did not "
                + "write, .*\\n"), notOurs.err());
        assertEquals("mine", Files.readString(project.resolve("notes/keep.txt")));
        assertTrue(Files.exists(project.resolve("content/index.md")));
        assertEquals(0, run("build", project.toString()).exit());
        assertEquals(0, run("build", project.toString()).exit(), "a folder Waymark wrote is replaced");
        assertTrue(Files.exists(project.resolve("site/.waymark-site")));
    }

    @Test
    void checkAndBuildCountAlike() throws Exception {
        Projects.write(project, Map.of("content/index.md", "# Home\n\n[A](a.md)\n", "content/a.md", "# A\n",
                "content/list.yaml", "kind: checklist\ntitle: L\nsections:\n  - items:\n      - text: One\n"));
        Run check = run("check", project.toString());
        assertEquals("No errors in 2 pages, 0 decision trees, 1 checklist.\n", check.out(), check.err());
        Run build = run("build", project.toString());
        assertTrue(build.out().startsWith("Built 2 pages, 0 decision trees, 1 checklist in "), build.out());
    }

    @Test
    void insideContentSaysSo() throws Exception {
        Projects.write(project, Map.of("content/guides/a.md", "# A\n", "content/index.md", "# Home\n"));
        for (Path inside : new Path[] {project.resolve("content"), project.resolve("content/guides")}) {
            Run r = run("build", inside.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().startsWith("waymark: no content/ folder here: you are inside content/ of the project in "
                    + project), r.err());
            assertFalse(r.err().contains("Usage:"), r.err());
        }
    }

    @Test
    void usagePrintedOnlyForUsageErrors() {
        Run unknown = run("build", "--no-such-option");
        assertTrue(unknown.err().contains("Usage:"), unknown.err());
        Run missing = run("build", "/no/such/folder");
        assertEquals("waymark: no such folder: /no/such/folder\n", missing.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option").exit());
        assertEquals(2, run("frobnicate").exit());
        assertEquals(2, run("build", "/no/such/folder").exit());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("build") && help.out().contains("check"), help.out());
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("waymark "), version.out());
        // every command's help offers --version, and each prints the same
        for (String[] command : List.of(new String[] {"build"}, new String[] {"check"}, new String[] {"serve"},
                new String[] {"new"}, new String[] {"paths"}, new String[] {"export"}, new String[] {"schema"},
                new String[] {"import"}, new String[] {"import", "mkdocs"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.add("--version");
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), args.toString());
            assertEquals(version.out(), r.out(), args.toString());
        }
    }

    @Test
    void aProjectWithoutContentIsAClearError() {
        Run r = run("build", project.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no content/ folder"), r.err());
    }

    @Test
    void schemaWritesTheFourEditorSchemas() throws Exception {
        Path out = project.resolve("schemas");
        Run r = run("schema", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String name : List.of("site.schema.json", "decision.schema.json", "checklist.schema.json",
                "front-matter.schema.json")) {
            String text = Files.readString(out.resolve(name));
            assertTrue(text.contains("\"$id\": \"urn:waymark:schema:"), name);
            assertArrayEquals(resource(name), Files.readAllBytes(out.resolve(name)), name);
        }
        assertEquals(2, run("schema").exit(), "--out is required");
    }

    @Test
    void buildWritesTheSchemasIntoTheSite() throws Exception {
        Projects.write(project, Map.of("content/index.md", "# Home\n",
                "content/schema/site.schema.json", "{\"mine\": true}\n"));
        assertEquals(0, run("build", project.toString()).exit());
        assertArrayEquals(resource("decision.schema.json"),
                Files.readAllBytes(project.resolve("site/schema/decision.schema.json")));
        assertArrayEquals(resource("front-matter.schema.json"),
                Files.readAllBytes(project.resolve("site/schema/front-matter.schema.json")));
        assertEquals("{\"mine\": true}\n", Files.readString(project.resolve("site/schema/site.schema.json")),
                "an author's own file at the same path wins");
    }

    private static byte[] resource(String name) throws Exception {
        return Files.readAllBytes(Projects.repo().resolve("src/main/resources/waymark/schema/" + name));
    }
}
