package org.waymark.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.ContentPath;
import org.waymark.model.Document;
import org.waymark.model.Page;
import org.waymark.model.Site;
import org.waymark.testing.Projects;

/**
 * The load stage's results kept on disk between builds: what a build reads back from the store
 * is equal to what parsing gives, for every fixture project; a changed, added or deleted file is
 * seen; and a store that is damaged, or written for another site title, costs only a parse.
 */
class LoadStoreTest {
    @TempDir
    Path tmp;

    /** Every valid and invalid fixture, and the default content: stored, read back, equal. */
    @Test
    void whatIsReadBackEqualsWhatParsingGivesForEveryFixture() throws IOException {
        List<Path> projects = new ArrayList<>(List.of(Projects.repo()));
        for (String kind : List.of("valid", "invalid")) {
            try (Stream<Path> dirs = Files.list(Projects.repo().resolve("src/test/resources").resolve(kind))) {
                dirs.filter(d -> Files.isDirectory(d.resolve("content"))).sorted().forEach(projects::add);
            }
        }
        assertTrue(projects.size() > 60, "fixtures found: " + projects.size());
        int n = 0;
        for (Path project : projects) {
            Path store = tmp.resolve("store-" + n++);
            LoadResult<Site> fresh = ContentLoader.load(project, true);
            LoadResult<Site> first = ContentLoader.load(project, true, null, LoadStore.Use.refreshed(store));
            assertTrue(Files.isRegularFile(store), project.toString());
            Object written = fileKey(store);
            LoadResult<Site> again = ContentLoader.load(project, true, null, LoadStore.Use.refreshed(store));
            assertSame(fresh, first, project);
            assertSame(fresh, again, project);
            assertEquals(written, fileKey(store), project + ": nothing changed, so the store is not written again");
        }
    }

    @Test
    void aChangedAnAddedAndADeletedFileAreSeen() throws IOException {
        Path project = Projects.write(tmp.resolve("p"), Map.of(
                "content/index.md", "---\ntitle: Home\n---\nSee [one](one.md) and [two](two.md).\n",
                "content/one.md", "---\ntitle: One\n---\nFirst text.\n",
                "content/two.md", "---\ntitle: Two\n---\nSecond text.\n"));
        Path store = tmp.resolve(".site.cache");
        ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        Object before = fileKey(store);

        Files.writeString(project.resolve("content/one.md"), "---\ntitle: One, changed\n---\nFirst text.\n");
        Files.delete(project.resolve("content/two.md"));
        Files.writeString(project.resolve("content/three.md"), "---\ntitle: Three\n---\nThird.\n");
        LoadResult<Site> after = ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        assertSame(ContentLoader.load(project, false), after, project);
        Map<ContentPath, Document> docs = site(after).documents();
        assertEquals("One, changed", docs.get(new ContentPath("one.md")).title());
        assertFalse(docs.containsKey(new ContentPath("two.md")));
        assertEquals("Three", docs.get(new ContentPath("three.md")).title());
        assertNotEquals(before, fileKey(store), "the store is written anew");
        // and what it now holds is this content: read back equal once more, without a rewrite
        Object rewritten = fileKey(store);
        assertSame(after, ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store)), project);
        assertEquals(rewritten, fileKey(store));
    }

    @Test
    void anEditAddsItsRecordToTheStoreUntilHalfOfItIsUnused() throws IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("content/index.md", "# Home\n");
        for (int i = 0; i < 20; i++) {
            files.put("content/g" + i + ".md", "---\ntitle: Guide " + i + "\n---\n" + "Some text of this guide. ".repeat(40) + "\n");
        }
        Path project = Projects.write(tmp.resolve("p"), files);
        Path store = tmp.resolve(".site.cache");
        ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        long whole = Files.size(store);
        Object inode = inode(store);
        int appended = 0;
        for (int edit = 1; inode(store).equals(inode); edit++) {
            assertTrue(edit < 100, "never written whole again: " + Files.size(store) + " bytes");
            long before = Files.size(store);
            Files.writeString(project.resolve("content/g3.md"), "---\ntitle: Guide 3, edit " + edit + "\n---\nText.\n");
            LoadResult<Site> loaded = ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
            assertSame(ContentLoader.load(project, false), loaded, project);
            if (inode(store).equals(inode)) {
                appended++;
                assertTrue(Files.size(store) > before, "added after the old end");
                assertTrue(Files.size(store) <= 2 * whole, "at most half unused: " + Files.size(store));
                // read back: the edited file from its new record, every other from its old one
                Object after = fileKey(store);
                assertSame(loaded, ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store)), project);
                assertEquals(after, fileKey(store), "nothing changed, nothing written");
            }
        }
        assertTrue(appended >= 5, "edits appended: " + appended);
        assertTrue(Files.size(store) < whole, "written whole again, without what is unused: " + Files.size(store));
        assertSame(ContentLoader.load(project, false), ContentLoader.load(project, false, null,
                LoadStore.Use.refreshed(store)), project);
    }

    @Test
    void manyChangedFilesWriteTheStoreWhole() throws IOException {
        Path project = Projects.write(tmp.resolve("p"), Map.of("content/index.md", "# Home\n",
                "content/a.md", "---\ntitle: A\n---\nText.\n", "content/b.md", "---\ntitle: B\n---\nText.\n"));
        Path store = tmp.resolve(".site.cache");
        ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        Object inode = inode(store);
        Files.writeString(project.resolve("content/a.md"), "---\ntitle: A, changed\n---\nText.\n");
        assertSame(ContentLoader.load(project, false), ContentLoader.load(project, false, null,
                LoadStore.Use.refreshed(store)), project);
        assertNotEquals(inode, inode(store), "a third of the store parsed anew: written whole");
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    @Test
    void aDamagedStoreOnlyCostsAParse() throws IOException {
        Path project = Projects.repo();
        Path store = tmp.resolve(".site.cache");
        LoadResult<Site> fresh = ContentLoader.load(project, false);
        ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        byte[] whole = Files.readAllBytes(store);

        List<byte[]> damaged = new ArrayList<>();
        damaged.add(new byte[0]);
        damaged.add(java.util.Arrays.copyOf(whole, whole.length / 2));  // cut short
        byte[] flipped = whole.clone();
        for (int i = 200; i < flipped.length - 4096; i += 997) flipped[i] ^= 0x5a;  // inside the records
        damaged.add(flipped);
        byte[] index = whole.clone();
        for (int i = index.length - 600; i < index.length - LoadStore.TRAILER; i += 37) index[i] ^= 0x5a;  // its index
        damaged.add(index);
        damaged.add("not a store at all".getBytes());
        byte[] killed = java.util.Arrays.copyOf(whole, whole.length + 300);  // an append cut short by a kill
        System.arraycopy(whole, 100, killed, whole.length, 300);
        damaged.add(killed);
        for (byte[] bytes : damaged) {
            Files.write(store, bytes);
            assertSame(fresh, ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store)), project);
            assertEquals(whole.length, Files.size(store), "the store is written whole again");
            assertSame(fresh, ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store)), project);
        }
    }

    @Test
    void anotherSiteTitleIsNotServedTheOldIndexTitle() throws IOException {
        Path project = Projects.write(tmp.resolve("p"), Map.of(
                "content/site.yaml", "title: First name\n",
                "content/index.md", "No title of its own.\n"));
        Path store = tmp.resolve(".site.cache");
        ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        Files.writeString(project.resolve("content/site.yaml"), "title: Second name\n");
        LoadResult<Site> after = ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        assertEquals("Second name", site(after).documents().get(new ContentPath("index.md")).title());
        assertSame(ContentLoader.load(project, false), after, project);
    }

    @Test
    void aStoreLeftHalfWrittenByAKilledBuildIsDeleted() throws IOException {
        Path project = Projects.write(tmp.resolve("p"), Map.of("content/index.md", "# Home\n"));
        Path store = tmp.resolve(".site.cache");
        // a pid no process has (above Linux's largest), and a name that is not ours
        Path abandoned = tmp.resolve(".site.cache.new-99999999-abc");
        Path other = tmp.resolve(".site.cache.new-notes");
        Files.writeString(abandoned, "half");
        Files.writeString(other, "keep");
        ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(other));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(".site.cache", ".site.cache.new-notes", "p"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file stays behind");
        }
    }

    @Test
    void aReadOnlyUseReadsTheStoreButNeverWritesIt() throws IOException {
        Path project = Projects.write(tmp.resolve("p"), Map.of("content/index.md", "# Home\n",
                "content/a.md", "---\ntitle: A\n---\nText.\n"));
        Path store = tmp.resolve(".site.cache");
        ContentLoader.load(project, false, null, LoadStore.Use.readOnly(store));
        assertFalse(Files.exists(store), "nothing is created");
        ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        Object written = fileKey(store);
        Files.writeString(project.resolve("content/a.md"), "---\ntitle: A, changed\n---\nText.\n");
        LoadResult<Site> read = ContentLoader.load(project, false, null, LoadStore.Use.readOnly(store));
        assertSame(ContentLoader.load(project, false), read, project);
        assertEquals("A, changed", site(read).documents().get(new ContentPath("a.md")).title());
        assertEquals(written, fileKey(store), "not written");
    }

    @Test
    void aFirstBuildIntoAFolderNotMadeYetKeepsItsLoad() throws IOException {
        Path project = Projects.write(tmp.resolve("p"), Map.of("content/index.md", "# Home\n"));
        Path store = LoadStore.beside(tmp.resolve("not/made/yet/site"));
        ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        assertTrue(Files.isRegularFile(store));
    }

    @Test
    void aPageReadBackKeepsEachLinkTargetOnceAsParsingDoes() throws IOException {
        Path project = Projects.write(tmp.resolve("shared"), Map.of(
                "content/index.md", "---\ntitle: Home\n---\nSee [one](one.md), [one again](one.md#top) and [out](https://example.org/).\n",
                "content/one.md", "---\ntitle: One\n---\nBack [home](index.md).\n"));
        Path store = tmp.resolve(".shared.cache");
        LoadResult<Site> parsed = ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        LoadResult<Site> readBack = ContentLoader.load(project, false, null, LoadStore.Use.refreshed(store));
        for (LoadResult<Site> r : List.of(parsed, readBack)) {
            int shared = 0;
            for (Document d : site(r).documents().values()) {
                org.waymark.model.Markdown body = ((Page) d).body();
                for (org.waymark.model.HtmlSlot s : body.slots()) {
                    for (org.waymark.model.Link l : body.links()) {
                        if (!l.target().equals(s.target())) continue;
                        assertTrue(l.target() == s.target(), d.path() + ": " + s.target() + " kept twice");
                        shared++;
                    }
                }
            }
            assertEquals(3, shared, "each link to a content file has a slot");
        }
    }

    @Test
    void theStoreSitsBesideTheOutputFolder() {
        assertEquals(tmp.resolve(".public.cache"), LoadStore.beside(tmp.resolve("public")));
        assertEquals(tmp.resolve(".site.cache"), LoadStore.beside(tmp.resolve("x/../site")));
    }

    /** Equal sites and diagnostics, and each source's line starts, which its equals leaves out. */
    private static void assertSame(LoadResult<Site> expected, LoadResult<Site> actual, Path project) {
        assertEquals(expected.diagnostics(), actual.diagnostics(), project.toString());
        assertEquals(expected.getClass(), actual.getClass(), project.toString());
        if (!(expected instanceof LoadResult.Loaded<Site> e)) return;
        Site a = site(actual);
        assertEquals(e.value().documents(), a.documents(), project.toString());
        assertEquals(List.copyOf(e.value().documents().keySet()), List.copyOf(a.documents().keySet()), "order");
        assertEquals(e.value().unreadable(), a.unreadable(), project.toString());
        for (Document d : e.value().documents().values()) {
            Document other = a.documents().get(d.path());
            assertArrayEquals(d.source().lineStarts(), other.source().lineStarts(), d.path().value());
            assertEquals(d.source().text(), other.source().text());
            if (d instanceof Page p) assertEquals(p.body().html(), ((Page) other).body().html());
        }
    }

    private static Site site(LoadResult<Site> r) {
        return ((LoadResult.Loaded<Site>) r).value();
    }

    private static Object fileKey(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toMillis(), a.size());
    }
}
