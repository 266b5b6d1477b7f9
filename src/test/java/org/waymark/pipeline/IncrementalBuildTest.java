package org.waymark.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.output.MemoryOutput;
import org.waymark.output.OutputFile;
import org.waymark.search.SearchIndexFiles;
import org.waymark.testing.Projects;

/**
 * Builds that reuse the previous build's work (serve) give exactly what a fresh build gives:
 * after each of a series of edits, renames, deletions and faults, the two sites are compared
 * file for file and byte for byte, links and anchors included, and so are their diagnostics;
 * and the search index, which serve updates in pieces, is the one {@code build} writes whole.
 */
class IncrementalBuildTest {
    @TempDir
    Path project;

    interface Step {
        void apply(Path content) throws IOException;
    }

    @Test
    void reusingWorkGivesWhatAFreshBuildGivesAfterEverySortOfChange() throws IOException {
        Projects.write(project, Map.of(
                "content/site.yaml", "title: Incremental\n",
                "content/index.md", "---\ntitle: Home\n---\n\n[A](guides/a.md), [B](guides/b.md#details), "
                        + "[tree](decisions/pick.yaml).\n",
                "content/guides/a.md", "---\ntitle: Page A\norder: 1\n---\n\n## Intro\n\nSee [B](b.md#details).\n\n"
                        + "```embed\n../checklists/steps.yaml\n```\n",
                "content/guides/b.md", "---\ntitle: Page B\norder: 2\n---\n\n## Details\n\nBack to [A](a.md#intro).\n",
                "content/guides/drafty.md", "---\ntitle: Draft\ndraft: true\n---\n\nNot yet. [A](a.md)\n",
                "content/decisions/pick.yaml", "kind: decision\ntitle: Pick one\nstart: goal\nnodes:\n  goal:\n"
                        + "    question: Which way?\n    options:\n      - label: Yes\n        next: left\n"
                        + "      - label: \"No\"\n        next: right\n  left:\n    outcome: Go left\n"
                        + "    checklist: ../checklists/steps.yaml\n  right:\n    outcome: Go right\n"
                        + "    links: [../guides/a.md]\n",
                "content/checklists/steps.yaml", "kind: checklist\ntitle: Steps\nsections:\n  - title: First\n"
                        + "    items:\n      - id: step-1\n        text: First step\n"));
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("nothing changed", c -> {});
        steps.put("a page's text edited", c -> replace(c.resolve("guides/a.md"), "See [B]", "Now see [B]"));
        steps.put("a page's text edited again, a link moved down a line", c -> replace(c.resolve("guides/a.md"),
                "Now see [B]", "Now,\nsee [B]"));
        steps.put("raw HTML added that is cleaned away (a warning in the page alone)", c -> replace(
                c.resolve("guides/b.md"), "Back to", "<span onclick=\"go()\">Back</span> to"));
        steps.put("two pages' text edited at once", c -> {
            replace(c.resolve("guides/a.md"), "Now,", "So now,");
            replace(c.resolve("guides/b.md"), "<span onclick=\"go()\">Back</span> to", "Back to");
        });
        steps.put("an editor's scratch file made and removed beside a save", c -> {
            Files.writeString(c.resolve("guides/4913"), "");
            Files.delete(c.resolve("guides/4913"));
            Files.writeString(c.resolve("guides/.a.md.swp"), "swap");
            replace(c.resolve("guides/a.md"), "So now,", "And now,");
        });
        steps.put("a title edited (navigation, listings and link labels)",
                c -> replace(c.resolve("guides/b.md"), "title: Page B", "title: Page Bee"));
        steps.put("an anchor renamed and its inbound link left broken",
                c -> replace(c.resolve("guides/b.md"), "## Details", "## More details"));
        steps.put("the inbound links fixed", c -> {
            replace(c.resolve("guides/a.md"), "b.md#details", "b.md#more-details");
            replace(c.resolve("index.md"), "b.md#details", "b.md#more-details");
        });
        steps.put("an anchor someone links to removed from the text", c -> replace(c.resolve("guides/b.md"),
                "## More details\n", "More details\n"));
        steps.put("the anchor back", c -> replace(c.resolve("guides/b.md"), "More details\n", "## More details\n"));
        steps.put("a page renamed, leaving links to it broken",
                c -> Files.move(c.resolve("guides/b.md"), c.resolve("guides/c.md")));
        steps.put("the links follow the rename", c -> {
            replace(c.resolve("guides/a.md"), "(b.md#", "(c.md#");
            replace(c.resolve("index.md"), "guides/b.md#", "guides/c.md#");
        });
        steps.put("a page added", c -> Files.writeString(c.resolve("guides/new.md"),
                "---\ntitle: New page\norder: 0\n---\n\nFresh. [A](a.md)\n"));
        steps.put("a page deleted", c -> Files.delete(c.resolve("guides/new.md")));
        steps.put("a tree edited (flowchart, embeds and the checklist it offers)",
                c -> replace(c.resolve("decisions/pick.yaml"), "outcome: Go left", "outcome: Go left, carefully"));
        steps.put("a checklist edited (the page that embeds it)",
                c -> replace(c.resolve("checklists/steps.yaml"), "text: First step", "text: The very first step"));
        steps.put("the site's title edited", c -> replace(c.resolve("site.yaml"), "Incremental", "Incremental site"));
        steps.put("a YAML syntax error", c -> replace(c.resolve("decisions/pick.yaml"), "start: goal", "start: [goal"));
        steps.put("the syntax error fixed", c -> replace(c.resolve("decisions/pick.yaml"), "start: [goal", "start: goal"));
        steps.put("a draft edited", c -> replace(c.resolve("guides/drafty.md"), "Not yet.", "Nearly."));
        steps.put("a symbolic link to a guide added", c -> Files.createSymbolicLink(c.resolve("guides/alias.md"),
                Path.of("a.md")));
        steps.put("the linked guide's text edited (both paths publish it)",
                c -> replace(c.resolve("guides/a.md"), "And now,", "Then,"));
        steps.put("the symbolic link removed", c -> Files.delete(c.resolve("guides/alias.md")));
        steps.put("a template overridden", c -> {
            Path layout = c.resolveSibling("templates/layout.ftlh");
            Files.createDirectories(layout.getParent());
            Files.writeString(layout, Files.readString(Projects.repo().resolve("templates/layout.ftlh"))
                    .replace("</main>", "<p>Overridden.</p></main>"));
        });
        steps.put("the override edited", c -> replace(c.resolveSibling("templates/layout.ftlh"), "Overridden.",
                "Overridden again."));
        steps.put("a file rewritten with the same text", c -> {
            Path a = c.resolve("guides/a.md");
            java.nio.file.attribute.FileTime was = Files.getLastModifiedTime(a);
            Files.writeString(a, Files.readString(a));
            // a save within the clock's last tick still shows as one
            Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(was.toMillis() + 1000));
        });

        // Saves that change only a guide's text are rebuilt narrowed to that guide; the rest in full.
        Set<String> narrowed = Set.of("a page's text edited", "a page's text edited again, a link moved down a line",
                "raw HTML added that is cleaned away (a warning in the page alone)", "two pages' text edited at once",
                "an editor's scratch file made and removed beside a save", "a draft edited",
                "a file rewritten with the same text");
        Pipeline.Reuse reuse = new Pipeline.Reuse();
        int failed = 0;
        for (Map.Entry<String, Step> step : steps.entrySet()) {
            Map<Path, String> before = files(project);
            step.getValue().apply(project.resolve("content"));
            Set<Path> changed = changed(before, files(project));
            int narrowedBefore = reuse.edits().narrowed();
            MemoryOutput reused = new MemoryOutput();
            Pipeline.Result incremental = Pipeline.runInMemory(project, true, reused, reuse, changed);
            assertEquals(narrowed.contains(step.getKey()), reuse.edits().narrowed() > narrowedBefore,
                    step.getKey() + ": narrowed");
            MemoryOutput fresh = new MemoryOutput();
            Pipeline.Result full = Pipeline.runInMemory(project, true, fresh, new Pipeline.Reuse());
            assertEquals(full.report().diagnostics(), incremental.report().diagnostics(), step.getKey());
            if (!full.ok()) {
                failed++;
                continue;
            }
            assertTrue(incremental.ok(), step.getKey());
            assertSameFiles(fresh.files(), reused.files(), step.getKey());
            // serve keeps its search index in pieces; `build` writes it whole: the two agree
            MemoryOutput index = new MemoryOutput();
            new SearchIndexFiles(full.site()).write(index);
            Map<String, OutputFile> served = new HashMap<>(reused.files());
            served.keySet().removeIf(p -> !p.startsWith(SearchIndexFiles.FOLDER));
            assertSameFiles(index.files(), served, step.getKey() + ": the search index");
        }
        assertEquals(4, failed, "the steps that leave a fault fail alike both ways");
    }

    /** Every file of content/ and templates/, with its size, time and text: what a watcher would see change. */
    private static Map<Path, String> files(Path project) throws IOException {
        Map<Path, String> out = new HashMap<>();
        for (String dir : List.of("content", "templates")) {
            if (!Files.isDirectory(project.resolve(dir))) continue;
            try (Stream<Path> walk = Files.walk(project.resolve(dir))) {
                // as a watcher sees it: a save through a symbolic link shows at the file it names
                for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    out.put(p, Files.getLastModifiedTime(p).toMillis() + " " + Files.readString(p));
                }
            }
        }
        return out;
    }

    private static Set<Path> changed(Map<Path, String> before, Map<Path, String> after) {
        Set<Path> changed = new HashSet<>();
        for (Path p : before.keySet()) if (!before.get(p).equals(after.get(p))) changed.add(p);
        for (Path p : after.keySet()) if (!before.containsKey(p)) changed.add(p);
        return changed;
    }

    private static void assertSameFiles(Map<String, OutputFile> expected, Map<String, OutputFile> actual, String step)
            throws IOException {
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), step);
        assertFalse(expected.isEmpty());
        for (String path : expected.keySet()) {
            byte[] want = expected.get(path).bytes();
            byte[] got = actual.get(path).bytes();
            assertArrayEquals(want, got, step + ": " + path);
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
