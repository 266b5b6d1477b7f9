package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/** {@code waymark import mkdocs}: what it prints, and its exit codes. */
class ImportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void importsAndSaysWhatCameOverWhatDidNotAndWhatToRunNext() throws Exception {
        Path mk = Projects.write(tmp.resolve("mk"), Map.of(
                "mkdocs.yml", "site_name: Team docs\ntheme: readthedocs\nplugins:\n  - search\nnav:\n  - Home: index.md\n",
                "docs/index.md", "# Home\n"));
        Path out = tmp.resolve("kb");
        CommandLineTest.Run r = CommandLineTest.run("import", "mkdocs", mk.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  content/site.yaml: title, nav (1 entry)\n"), r.out());
        assertTrue(r.out().contains("  content/: 1 file copied from "), r.out());
        assertTrue(r.out().contains("  Plugins Waymark has built in: search (every Waymark site has search built in"),
                r.out());
        assertTrue(r.out().contains("Not carried over (1):\n"), r.out());
        assertTrue(r.out().contains("mkdocs.yml:2:8: theme (name: readthedocs): Waymark has one built-in theme"), r.out());
        assertFalse(r.out().contains("plugin 'search'"), r.out());
        assertTrue(r.out().contains("Next: waymark check "), r.out());
        assertEquals(0, CommandLineTest.run("check", out.toString()).exit());
    }

    @Test
    void theEditLinkBecomesEditUrlAndTheNewProjectChecks() throws Exception {
        Path mk = Projects.write(tmp.resolve("mk"), Map.of(
                "mkdocs.yml", "site_name: Team docs\nrepo_url: https://github.com/acme/team-docs\nedit_uri: edit/main/docs/\n"
                        + "nav:\n  - Home: index.md\n",
                "docs/index.md", "# Home\n"));
        Path out = tmp.resolve("kb");
        CommandLineTest.Run r = CommandLineTest.run("import", "mkdocs", mk.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  content/site.yaml: title, editUrl, nav (1 entry)\n"), r.out());
        assertTrue(r.out().contains("  editUrl: https://github.com/acme/team-docs/edit/main/docs/ (from repo_url and "
                + "edit_uri): "), r.out());
        assertTrue(r.out().contains("mkdocs.yml:2:1: repo_url: the theme has no repository link"), r.out());
        assertFalse(r.out().contains(": edit_uri: "), r.out());
        assertTrue(Files.readString(out.resolve("content/site.yaml"))
                .contains("editUrl: \"https://github.com/acme/team-docs/edit/main/docs/\"\n"));
        CommandLineTest.Run check = CommandLineTest.run("check", out.toString());
        assertEquals(0, check.exit(), check.out() + check.err());
    }

    @Test
    void aProjectWithNothingLeftOverSaysSo() throws Exception {
        Path mk = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", "site_name: Team docs\n", "docs/index.md", "# Home\n"));
        CommandLineTest.Run r = CommandLineTest.run("import", "mkdocs", mk.resolve("mkdocs.yml").toString(), "-o",
                tmp.resolve("kb").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Everything was carried over.\n"), r.out());
    }

    @Test
    void unreadableSettingsExitOneAndUsageProblemsExitTwo() throws Exception {
        Path mk = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", "site_name: [unclosed\n", "docs/index.md", "# H\n"));
        CommandLineTest.Run broken = CommandLineTest.run("import", "mkdocs", mk.toString(), "--out", tmp.resolve("a").toString());
        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("mkdocs.yml:2:1: error: the list in [brackets] that starts on line 1 is not closed"), broken.err());
        assertTrue(broken.err().contains("Nothing was imported."), broken.err());
        assertFalse(Files.exists(tmp.resolve("a")));

        CommandLineTest.Run none = CommandLineTest.run("import", "mkdocs", tmp.toString(), "--out", tmp.resolve("b").toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("no mkdocs.yml in"), none.err());
        assertEquals(2, CommandLineTest.run("import", "mkdocs", mk.toString()).exit(), "--out is required");
        assertEquals(2, CommandLineTest.run("import").exit(), "import needs to know from what");
        assertEquals(2, CommandLineTest.run("import", "mkdocs", mk.toString(), "--out", mk.toString()).exit(),
                "never into an existing, non-empty folder");
    }
}
