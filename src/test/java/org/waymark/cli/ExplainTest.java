package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.waymark.testing.Projects;

/** {@code waymark check --explain CODE}: the rule's page from the jar, by id or name. */
class ExplainTest {
    @Test
    void printsThePageOfACodeById() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("check", "--explain", "WM201");
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(Projects.repo().resolve("docs/rules/WM201.md"), StandardCharsets.UTF_8);
        assertEquals(page, r.out());
    }

    @Test
    void acceptsTheNameInAnyCase() {
        CommandLineTest.Run r = CommandLineTest.run("check", "--explain", "Raw-HTML-Removed");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("# WM215 raw-html-removed\n"), r.out());
        assertTrue(CommandLineTest.run("check", "--explain", "wm211").out().startsWith("# WM211 image-no-alt\n"));
    }

    @Test
    void listPrintsTheTableOfAllCodes() {
        CommandLineTest.Run r = CommandLineTest.run("check", "--explain", "list");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| [WM406](WM406.md) | template-error | error |"), r.out());
    }

    @Test
    void anUnknownCodeExitsTwoAndSaysHowToFindCodes() {
        CommandLineTest.Run r = CommandLineTest.run("check", "--explain", "WM999");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("no rule 'WM999'") && r.err().contains("--explain list"), r.err());
    }
}
