package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;

/** {@code waymark new}: a project that builds with no warning, the next steps, and no overwriting. */
class NewCommandTest {
    @TempDir
    Path tmp;

    @Test
    void scaffoldBuildsWithNoWarningAndSaysWhatToDoNext() throws Exception {
        Path kb = tmp.resolve("my-kb");
        CommandLineTest.Run r = CommandLineTest.run("new", kb.toString());
        assertEquals(0, r.exit(), r.err());
        for (String file : NewCommand.FILES) assertTrue(Files.isRegularFile(kb.resolve(file)), file);
        assertTrue(r.out().contains("waymark check ") && r.out().contains("waymark build "), r.out());
        // git leaves out the site, the folders a build stages in and puts the last site aside in, and exports
        assertEquals(List.of("/site/", "/.site.*", "/export/"), Files.readAllLines(kb.resolve(".gitignore")).stream()
                .filter(l -> !l.startsWith("#")).toList());

        Pipeline.Result built = Pipeline.run(new Pipeline.Options(kb, kb.resolve("site"), false, true, true));
        assertTrue(built.report().diagnostics().isEmpty(), built.report().diagnostics().toString());
        assertEquals(2, built.site().pages().size());
        assertEquals(1, built.site().trees().size());
        assertEquals(1, built.site().checklists().size());
        // the commented template override is the one that wrote the 404 page
        assertTrue(Files.readString(kb.resolve("site/404.html")).contains("the home page lists every section"));
        assertTrue(Files.isRegularFile(kb.resolve("site/decisions/design-review/index.html")));
        // the guide is reviewed on the day it is made, so a reviewEvery added later starts from then
        assertTrue(Files.readString(kb.resolve("content/guides/writing-guidance.md"))
                .contains("reviewed: " + java.time.LocalDate.now() + "\n"));
        assertTrue(Files.readString(kb.resolve("site/guides/writing-guidance/index.html")).contains("by the docs team"));
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Path mine = tmp.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        CommandLineTest.Run r = CommandLineTest.run("new", mine.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("waymark: " + mine + " is not empty"), r.err());
        assertEquals("keep me", Files.readString(mine.resolve("notes.txt")));
        assertTrue(Files.notExists(mine.resolve("content")));

        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        assertEquals(0, CommandLineTest.run("new", empty.toString()).exit(), "an empty folder is fine");
    }
}
