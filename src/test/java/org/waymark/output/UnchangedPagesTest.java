package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * A build over the spare leaves each page whose model is the one an earlier build made that very
 * file from ({@link ScanStore#holds}), without making it again, and the site it gives is, file for
 * file, the one a fresh folder gets: after an edit that other pages show, after a change to a
 * template, and when a page of the spare was changed by hand.
 */
class UnchangedPagesTest {
    @TempDir
    Path project;

    @BeforeEach
    void copyTheDefaultContent() throws IOException {
        Projects.copy(Projects.repo().resolve("content"), project.resolve("content"));
    }

    /**
     * A build once every file of the site and the spare changed more than the store's margin ago:
     * a page written just before a verify walk is not kept (ScanStore), as a page written by hand
     * as the walk began could not be told from it.
     */
    private Pipeline.Result build() throws IOException {
        for (Path folder : List.of(project.resolve("site"), SpareSite.of(project.resolve("site")))) {
            if (Files.isDirectory(folder)) ScanStoreTest.settle(folder);
        }
        Pipeline.Result r = Projects.buildAsTheCommandDoes(project);
        assertTrue(r.ok(), () -> Projects.human(r));
        return r;
    }

    /**
     * Four builds, after which the store knows every page of the spare, so that the fifth build
     * could leave them all. Pages a build writes just before its own verify walk are not kept
     * (ScanStore), and in a warm JVM a small site's pages all are: a page is known only once a
     * later build found its bytes already there and left its file alone (the third and fourth).
     */
    private void primed() throws IOException {
        for (int i = 0; i < 4; i++) build();
    }

    /** The same content built into a new folder, with no spare and no store: what the site must equal. */
    private Map<String, String> fresh() throws IOException {
        Path out = project.resolve("fresh-" + System.nanoTime());
        assertTrue(Pipeline.run(new Pipeline.Options(project, out, false, false, true)).ok());
        return tree(out);
    }

    private Map<String, String> site() throws IOException {
        return tree(project.resolve("site"));
    }

    @Test
    void aThirdBuildLeavesEveryPageWhoseModelIsUnchanged() throws IOException {
        assertEquals(0, build().pagesUnchanged(), "a first build has no spare, nor a site to link from");
        // The second links in those pages of the first that its verify read once they had
        // settled (in a warm JVM, few or none), the third writes over the first site, the
        // fourth over the second: each keeps those of their pages the builds before read once
        // they had settled, and reads the others now.
        build();
        build();
        build();
        Pipeline.Result fifth = build();
        // every page, those rewritten after their template (the embeds and 404.html) too
        long pages;
        try (Stream<Path> walk = Files.walk(project.resolve("site"))) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).count();
        }
        assertEquals(pages, fifth.pagesUnchanged());
        assertEquals(fresh(), site());
    }

    @Test
    void withNoSpareTheUnchangedPagesOfTheLiveSiteAreLinkedInAndNeverWrittenThrough() throws IOException {
        primed();
        Path site = project.resolve("site");
        Path spare = SpareSite.of(site);
        FolderTree.delete(spare);
        Map<String, Object> before = keys(site);
        Pipeline.Result linked = build();
        assertEquals(fresh(), site());
        assertTrue(linked.pagesUnchanged() > 0, "unchanged pages are linked in");
        // the site swapped in shares each unchanged page's file with the one it replaced, now the spare
        Map<String, Object> after = keys(site);
        long shared = after.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey()))).count();
        assertEquals(linked.pagesUnchanged(), shared);

        // A change every page shows: the next build writes over the spare, whose unchanged pages
        // are the live site's files too. The site it replaces must stay byte for byte as it was.
        Map<String, String> was = site();
        Path layout = project.resolve("templates/layout.ftlh");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, Files.readString(Projects.repo().resolve("templates/layout.ftlh"))
                .replace("</footer>", "<p>A footer line no build has written.</p></footer>"));
        build();
        assertEquals(fresh(), site());
        assertTrue(site().get("index.html").contains("A footer line no build has written."));
        assertEquals(was, tree(spare), "the site the edit replaced is as it was");
        build();
        assertEquals(fresh(), site());
    }

    /** Each file's identity (device and inode), by its path in {@code root}. */
    private static Map<String, Object> keys(Path root) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAttributes(p,
                        java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey());
            }
        }
        return out;
    }

    @Test
    void anEditThatOtherPagesShowIsInEveryPageThatShowsIt() throws IOException {
        primed();
        Path guide;
        try (Stream<Path> walk = Files.walk(project.resolve("content/guides"))) {
            guide = walk.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(guide);
        // a new title shows in the sidebar and the links of other pages, a new sentence only on its own
        Files.writeString(guide, text.replaceFirst("(?m)^title: .*$", "title: A title no build has seen") + "\nOne more line.\n");
        Pipeline.Result edited = build();
        assertEquals(fresh(), site());
        assertTrue(edited.pagesUnchanged() < edited.pagesWritten(), "pages that show the title are made again");
        build();
        assertEquals(fresh(), site());
        Files.writeString(guide, text);
        build();
        assertEquals(fresh(), site());
        build();
        assertEquals(fresh(), site());
    }

    /**
     * A page whose inputs are as they were (its template and path, the text of the one page it
     * shows the body of, and what the rest of the site shows on any page) is known to be
     * unchanged without its model being made (render's PageInputs); an edit to a page's text
     * makes that page alone again: a guide, a section's index page (its section's page), the
     * home page.
     */
    @Test
    void aRebuildKnowsEachPageByItsInputs() throws IOException {
        primed();
        Pipeline.Result fifth = build();
        assertEquals(pages(), fifth.pagesKnown());
        assertEquals(fresh(), site());
        Map<String, String> shownOn = new java.util.LinkedHashMap<>();
        shownOn.put("guides/glossary.md", "guides/glossary/index.html");
        shownOn.put("guides/index.md", "guides/index.html");
        shownOn.put("index.md", "index.html");
        for (Map.Entry<String, String> e : shownOn.entrySet()) {
            primed();
            Path file = project.resolve("content").resolve(e.getKey());
            String sentence = "One more sentence no build has seen, in " + e.getKey() + ".";
            Files.writeString(file, Files.readString(file) + "\n" + sentence + "\n");
            Pipeline.Result edited = build();
            assertEquals(fresh(), site(), "after an edit to " + e.getKey());
            assertEquals(pages() - 1, edited.pagesKnown(), "after an edit to " + e.getKey());
            assertTrue(site().get(e.getValue()).contains(sentence), e.getValue());
        }
    }

    /**
     * Each change to a file that guides show something of (a heading a checklist's link is
     * labelled with, an embedded checklist, a title in the sidebar, tags, a new guide, site.yaml,
     * a tree) is in every page after the next build, as in a fresh folder: no guide is known
     * unchanged by its own file when the rest of the site changed under it.
     */
    @Test
    void everyChangeToWhatGuidesShowOfOtherFilesIsInEveryGuide() throws IOException {
        Map<String, String[]> edits = new java.util.LinkedHashMap<>();
        edits.put("guides/when-fine-tuning-is-wrong.md", new String[] {"## Name the failure first {#",
                "## Name the failure first, from real outputs {#"});
        edits.put("checklists/before-you-fine-tune.yaml", new String[] {"text: The failure is named precisely",
                "text: The failure is named precisely and written down"});
        edits.put("guides/data-quality.md", new String[] {"title: Data quality dominates", "title: Data quality decides"});
        edits.put("guides/glossary.md", new String[] {"tags: [reference]", "tags: [reference, terms]"});
        edits.put("guides/cost-ladder.md", new String[] {"\n## ", "\nSee also [the glossary](glossary.md).\n\n## "});
        edits.put("site.yaml", new String[] {"description: >-", "description: >-\n  Edited."});
        edits.put("decisions/should-we-fine-tune.yaml", new String[] {"question: What do you want fine-tuning to change",
                "question: What should fine-tuning change"});
        for (Map.Entry<String, String[]> e : edits.entrySet()) {
            // both folders as the site is now, so that a guide left on its own file alone would be stale
            primed();
            Pipeline.Result before = build();
            assertEquals(pages(), before.pagesKnown(), "before an edit to " + e.getKey());
            Path file = project.resolve("content").resolve(e.getKey());
            String text = Files.readString(file);
            String changed = text.replace(e.getValue()[0], e.getValue()[1]);
            assertNotEquals(text, changed, e.getKey());
            Files.writeString(file, changed);
            Pipeline.Result r = build();
            assertEquals(fresh(), site(), "after an edit to " + e.getKey());
            assertEquals(0, r.pagesKnown(), "after an edit to " + e.getKey());
        }
        Files.writeString(project.resolve("content/guides/zz-new.md"), "---\ntitle: A new guide\n---\n\nText.\n");
        build();
        assertEquals(fresh(), site());
        assertTrue(site().get("guides/glossary/index.html").contains("A new guide"), "the sidebars list the new guide");
        // once both folders are as the edits left them, guides are known by their files again
        primed();
        Pipeline.Result settled = build();
        assertEquals(pages(), settled.pagesKnown());
        assertEquals(fresh(), site());
    }

    /** The site's pages (every one is known by its inputs when they are unchanged). */
    private long pages() throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve("site"))) {
            return walk.filter(p -> p.toString().endsWith(".html")).count();
        }
    }

    @Test
    void aChangedTemplateMakesEveryPageAgain() throws IOException {
        primed();
        Path page = project.resolve("templates/page.ftlh");
        Files.createDirectories(page.getParent());
        Files.writeString(page, Files.readString(Projects.repo().resolve("templates/page.ftlh"))
                .replace("</article>", "<p>Written by our own template.</p></article>"));
        assertEquals(0, build().pagesUnchanged());
        assertEquals(fresh(), site());
        assertTrue(site().values().stream().anyMatch(html -> html.contains("Written by our own template.")));
        build();
        assertEquals(fresh(), site());
    }

    @Test
    void aPageOfTheSpareChangedByHandIsMadeAgain() throws IOException {
        primed();
        Path spare = SpareSite.of(project.resolve("site"));
        Path page;
        try (Stream<Path> walk = Files.walk(spare.resolve("guides"))) {
            page = walk.filter(p -> p.endsWith("index.html")).sorted().findFirst().orElseThrow();
        }
        // the same size and modification time: only the change time tells
        byte[] bytes = Files.readAllBytes(page);
        FileTime time = Files.getLastModifiedTime(page);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("<main");
        bytes[at + 1] = 'M';
        Files.write(page, bytes);
        Files.setLastModifiedTime(page, time);
        Pipeline.Result r = build();
        assertEquals(fresh(), site());
        assertNotEquals(0, r.pagesUnchanged(), "the other pages are still left as they were");
    }

    @Test
    void aSpareMovedAsideAndBackIsMadeAgainWhereItsFilesAreNew() throws IOException {
        primed();
        // the spare replaced by a copy of itself: the same bytes, other files
        Path spare = SpareSite.of(project.resolve("site"));
        Path copy = project.resolve("copy");
        try (Stream<Path> walk = Files.walk(spare)) {
            for (Path p : walk.toList()) {
                Path to = copy.resolve(spare.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.createDirectories(to);
                else Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        FolderTree.delete(spare);
        Files.move(copy, spare);
        assertEquals(0, build().pagesUnchanged());
        assertEquals(fresh(), site());
    }

    /**
     * A build over a copy of the project with no spare (new inodes, new times: the site and the
     * stores as a CI cache restores them) links in each page of the copied site whose file holds
     * the very bytes verify read there ({@link PagesByPath#restored}), without making it, and
     * makes again a page changed there by hand, even one of the same length; the site it gives
     * is, file for file, the one a fresh folder gets.
     */
    @Test
    void aBuildOverACopiedSiteLeavesEachPageWhoseBytesAreTheOnesVerifyRead(@TempDir Path elsewhere) throws IOException {
        primed();
        Path copied = elsewhere.resolve("copied");
        Projects.copy(project, copied);
        FolderTree.delete(SpareSite.of(copied.resolve("site")));  // a CI cache holds no spare
        Path home = copied.resolve("site/index.html");
        String page = Files.readString(home);
        int at = page.indexOf("</title>") - 1;
        Files.writeString(home, page.substring(0, at) + (page.charAt(at) == 'x' ? 'y' : 'x') + page.substring(at + 1));
        Pipeline.Result r = Projects.buildAsTheCommandDoes(copied);
        assertTrue(r.ok(), () -> Projects.human(r));
        assertEquals(pages() - 1, r.pagesUnchanged(), "every page but the one changed by hand");
        assertEquals(fresh(), tree(copied.resolve("site")));
    }

    /**
     * {@code check} over the built site ({@link BuiltSiteOutput}) leaves each page a rebuild would
     * leave, finds what a check with no site finds, and writes nothing, in the site or beside it.
     * A page changed in the site by hand still stands for the page check would make (the build's,
     * whose reading the store keeps), and so does every page of a copy of the project (new
     * inodes, as a CI cache restores the site and its stores). What a killed build left beside
     * the site stays for the next build to remove.
     */
    @Test
    void aCheckLeavesTheBuiltSitesUnchangedPagesAndWritesNothing(@TempDir Path elsewhere) throws IOException {
        primed();
        Files.writeString(project.resolve(".site.scans.new-99999999"), "half a store");
        Map<String, String> before = besideContent();
        Pipeline.Result checked = check();
        assertEquals(pages(), checked.pagesUnchanged());
        assertEquals(pages(), checked.pagesKnown());
        assertEquals(before, besideContent(), "check writes nothing");

        Path guide = project.resolve("content/guides/glossary.md");
        Files.writeString(guide, Files.readString(guide) + "\nOne more sentence no build has seen.\n");
        Path home = project.resolve("site/index.html");
        // were this page taken for the one check makes, the inline script would be a finding
        Files.writeString(home, Files.readString(home).replace("</main>", "<script>alert(1)</script></main>"));
        before = besideContent();
        Pipeline.Result edited = check();
        assertEquals(pages() - 1, edited.pagesUnchanged(), "the edited guide is made, not the page changed by hand");
        assertEquals(before, besideContent(), "check writes nothing");
        Path scratch = project.resolve("bare");
        Files.move(project.resolve("site"), scratch);
        Pipeline.Result bare = check();
        Files.move(scratch, project.resolve("site"));
        assertEquals(0, bare.pagesUnchanged());
        assertEquals(Projects.human(bare), Projects.human(edited));

        Path copied = elsewhere.resolve("copied");
        Projects.copy(project, copied);
        Pipeline.Result restored = Pipeline.run(new Pipeline.Options(copied, copied.resolve("checked"), false, false, false));
        assertEquals(pages() - 1, restored.pagesUnchanged(), "a copy's pages stand as the site's do");
        assertEquals(Projects.human(bare), Projects.human(restored));

        // a fault only verify sees, on a page check made (a template of the project's own): found either way
        Path page = project.resolve("templates/page.ftlh");
        Files.createDirectories(page.getParent());
        Files.writeString(page, Files.readString(Projects.repo().resolve("templates/page.ftlh"))
                .replace("</article>", "<a href=\"#no-such-id\">nowhere</a></article>"));
        Pipeline.Result faulty = check();
        assertEquals(0, faulty.pagesUnchanged());
        assertTrue(Projects.human(faulty).contains("no-such-id"), () -> Projects.human(faulty));
    }

    /**
     * {@code serve}'s first build reads each page of the built site that it would make the same
     * ({@link BuiltSiteOutput}) and holds what a first build with no site holds, byte for byte;
     * a save after it is built as after any other first build.
     */
    @Test
    void servesFirstBuildReadsTheBuiltSitesUnchangedPages() throws IOException {
        primed();
        Map<String, String> before = besideContent();
        MemoryOutput served = new MemoryOutput();
        Pipeline.Reuse reuse = new Pipeline.Reuse();
        Pipeline.Result first = Pipeline.runInMemory(project, true, served, reuse);
        assertTrue(first.ok(), () -> Projects.human(first));
        assertEquals(pages(), first.pagesUnchanged());
        assertEquals(before, besideContent(), "serve writes nothing");
        assertEquals(inMemoryWithNoSite(), bytes(served));

        Path guide = project.resolve("content/guides/glossary.md");
        Files.writeString(guide, Files.readString(guide) + "\nOne more sentence no build has seen.\n");
        MemoryOutput saved = new MemoryOutput();
        assertTrue(Pipeline.runInMemory(project, true, saved, reuse, java.util.Set.of(guide)).ok());
        assertEquals(inMemoryWithNoSite(), bytes(saved));
    }

    /** What {@code serve}'s first build holds with the project's site/ moved aside. */
    private Map<String, String> inMemoryWithNoSite() throws IOException {
        Path aside = project.resolve("aside");
        Files.move(project.resolve("site"), aside);
        try {
            MemoryOutput memory = new MemoryOutput();
            assertTrue(Pipeline.runInMemory(project, true, memory, new Pipeline.Reuse()).ok());
            return bytes(memory);
        } finally {
            Files.move(aside, project.resolve("site"));
        }
    }

    private static Map<String, String> bytes(MemoryOutput memory) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, OutputFile> e : memory.files().entrySet()) {
            out.put(e.getKey(), new String(e.getValue().bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    private Pipeline.Result check() throws IOException {
        return Pipeline.run(new Pipeline.Options(project, project.resolve("checked"), false, false, false));
    }

    /** Every file of the project but its content/, with its modification time: the site, its spare and their stores. */
    private Map<String, String> besideContent() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = project.relativize(p).toString();
                if (name.startsWith("content/")) continue;
                out.put(name, Files.getLastModifiedTime(p) + new String(Files.readAllBytes(p),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(p).toString();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) out.put(name + "/", "folder");
                else out.put(name, new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
