package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * {@code build} keeps the site it replaced as {@code .site.spare} and the next build writes over
 * it: the result is, file for file and folder for folder, the site a fresh folder gets; files
 * whose bytes were there already are not written again; nothing is written through a link.
 */
class SpareSiteTest {
    @TempDir
    Path project;

    private Pipeline.Result build() throws IOException {
        return Projects.buildAsTheCommandDoes(project);
    }

    /** The same content built into a new folder, with no spare: what the site must equal. */
    private Map<String, String> fresh() throws IOException {
        Path out = project.resolve("fresh-" + System.nanoTime());
        assertTrue(Pipeline.run(new Pipeline.Options(project, out, false, false, true)).ok());
        return tree(out);
    }

    private Path spare() {
        return project.resolve(".site.spare");
    }

    private void writeContent() throws IOException {
        Projects.write(project, Map.of(
                "content/index.md", "---\ntitle: Home\n---\nSee [the guide](guides/keep.md) and [the other](guides/gone.md).\n",
                "content/guides/keep.md", "---\ntitle: Kept\n---\nThis page never changes.\n",
                "content/guides/gone.md", "---\ntitle: Gone\n---\nThis page is deleted after the second build, "
                        + "and its text is long so that a shorter one overwrites it.\n"));
    }

    private void twoBuilds() throws IOException {
        writeContent();
        assertTrue(build().ok());
        Files.writeString(project.resolve("content/guides/keep.md"), "---\ntitle: Kept\n---\nThis page never changes.\n");
        assertTrue(build().ok());
        assertTrue(Files.isDirectory(spare()), "the first site is kept as the spare");
    }

    @Test
    void theThirdBuildWritesOverTheFirstSiteAndMatchesAFreshBuild() throws IOException {
        writeContent();
        assertTrue(build().ok());
        Map<String, String> first = tree(project.resolve("site"));
        Map<String, Object> firstFiles = identities(project.resolve("site"));
        assertTrue(build().ok());
        assertTrue(Files.isDirectory(spare()));

        Files.delete(project.resolve("content/guides/gone.md"));
        Files.writeString(project.resolve("content/index.md"), "---\ntitle: Home\n---\nSee [it](guides/keep.md).\n");
        Files.writeString(project.resolve("content/guides/new.md"), "---\ntitle: New\n---\nA page added later.\n");
        assertTrue(build().ok());

        assertEquals(fresh(), tree(project.resolve("site")));
        assertFalse(Files.exists(project.resolve("site/guides/gone")), "a deleted page's folder goes too");
        // Each file with the bytes the first build gave it is the very file that build wrote.
        Map<String, String> now = tree(project.resolve("site"));
        Map<String, Object> nowFiles = identities(project.resolve("site"));
        int same = 0;
        for (Map.Entry<String, Object> f : nowFiles.entrySet()) {
            if (!now.get(f.getKey()).equals(first.get(f.getKey()))) continue;
            assertEquals(firstFiles.get(f.getKey()), f.getValue(), f.getKey() + " was written again");
            same++;
        }
        assertTrue(same > 0 && same < nowFiles.size(), same + " of " + nowFiles.size() + " files unchanged");
        assertEquals(List.of(".site.cache", ".site.links", ".site.scans", ".site.search", ".site.spare"), siblings());
    }

    @Test
    void nothingIsWrittenThroughALinkTheSpareHolds() throws IOException {
        twoBuilds();
        Path outside = Files.createDirectories(project.resolve("outside"));
        Path shared = Files.writeString(outside.resolve("shared.html"), "a backup's file");
        Path target = Files.writeString(outside.resolve("target.html"), "a file a link points at");
        Path folder = Files.createDirectories(outside.resolve("folder"));
        // A hard link (as cp -al makes), a link to a file, and a link where a folder goes.
        Files.delete(spare().resolve("index.html"));
        Files.createLink(spare().resolve("index.html"), shared);
        Files.delete(spare().resolve("404.html"));
        Files.createSymbolicLink(spare().resolve("404.html"), target);
        FolderTree.delete(spare().resolve("guides/keep"));
        Files.createSymbolicLink(spare().resolve("guides/keep"), folder);

        assertTrue(build().ok());

        assertEquals("a backup's file", Files.readString(shared));
        assertEquals("a file a link points at", Files.readString(target));
        try (Stream<Path> in = Files.list(folder)) {
            assertEquals(0, in.count(), "nothing is written into a folder a link points at");
        }
        assertFalse(Files.isSymbolicLink(project.resolve("site/404.html")));
        assertFalse(Files.isSymbolicLink(project.resolve("site/guides/keep")));
        assertEquals(fresh(), tree(project.resolve("site")));
    }

    @Test
    void aFileWhereAFolderGoesAndAFolderWhereAFileGoesAreReplaced() throws IOException {
        twoBuilds();
        FolderTree.delete(spare().resolve("guides"));
        Files.writeString(spare().resolve("guides"), "a file where the guides' folder goes");
        Files.delete(spare().resolve("index.html"));
        Files.createDirectories(spare().resolve("index.html/inner"));
        Files.writeString(spare().resolve("index.html/inner/x.txt"), "a folder where the home page goes");
        Files.writeString(spare().resolve("stray.html"), "a file no build wrote");

        assertTrue(build().ok());

        assertEquals(fresh(), tree(project.resolve("site")));
    }

    @Test
    void aReadOnlySpareIsMadeWritableAgain() throws IOException {
        twoBuilds();
        Files.setPosixFilePermissions(spare().resolve("index.html"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(spare().resolve("guides"), PosixFilePermissions.fromString("r-xr-xr-x"));

        assertTrue(build().ok());

        assertEquals(fresh(), tree(project.resolve("site")));
        assertTrue(Files.getPosixFilePermissions(project.resolve("site/index.html")).contains(PosixFilePermission.OWNER_WRITE));
        assertTrue(Files.getPosixFilePermissions(project.resolve("site/guides")).contains(PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void aSpareHoldingAnotherUsersFileIsNotWrittenOver() throws IOException {
        twoBuilds();
        Path theirs = spare().resolve("guides/keep/index.html");
        java.nio.file.attribute.UserPrincipal nobody = null;
        try {
            nobody = project.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(theirs, nobody);
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("only root may give a file to another user here: " + e);
        }

        assertTrue(build().ok());

        assertEquals(fresh(), tree(project.resolve("site")));
        // Written over in place, the file would still be nobody's.
        assertNotEquals(nobody, Files.getOwner(project.resolve("site/guides/keep/index.html")), "staged in a fresh folder");
        assertTrue(Files.isDirectory(spare()), "the replaced site is the next spare");
    }

    @Test
    void aFailedBuildLeavesTheSiteAsItWasAndItsFolderIsTheNextSpare() throws IOException {
        twoBuilds();
        Map<String, String> before = tree(project.resolve("site"));
        // A link only the verify stage finds broken: the spare was written over and pruned by then.
        Projects.write(project, Map.of("templates/page.ftlh", "<!DOCTYPE html>\n<html><head><title>x</title>"
                + "</head>\n<body><h1>x</h1>\n<a href=\"missing.html\">gone</a>\n</body></html>\n"));
        assertFalse(build().ok());
        assertEquals(before, tree(project.resolve("site")));
        assertEquals(List.of(".site.cache", ".site.links", ".site.scans", ".site.search", ".site.spare"), siblings());

        Files.delete(project.resolve("templates/page.ftlh"));
        assertTrue(build().ok());
        assertEquals(fresh(), tree(project.resolve("site")));
    }

    @Test
    void aStagingFolderAKilledBuildLeftIsWrittenOverNotDeleted() throws IOException {
        twoBuilds();
        FolderTree.delete(spare());
        long gone = ProcessHandle.current().pid() + 1_000_000_000L;  // no such process
        Path left = project.resolve(".site.staging-" + gone + "-x");
        Projects.write(left, Map.of("index.html", "half written", "guides/stray/index.html", "not in the site"));

        assertTrue(build().ok());

        assertEquals(fresh(), tree(project.resolve("site")));
        assertEquals(List.of(".site.cache", ".site.links", ".site.scans", ".site.search", ".site.spare"), siblings());
    }

    /** Every file (path and bytes) and every folder under {@code root}; links show as links. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) out.put(name, "link");
                else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) out.put(name + "/", "folder");
                else out.put(name, new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    /** Each regular file's inode (file key) and modification time. */
    private static Map<String, Object> identities(Path root) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                out.put(root.relativize(p).toString(), a.fileKey() + " " + a.lastModifiedTime());
            }
        }
        return out;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(project)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).sorted().toList();
        }
    }

    /**
     * The benchmark's 10,000 and 40,000 pages write over the spare under a 2 GB heap (measured);
     * 100,000 pages, which ran out of memory doing so there, stage afresh, but write over it
     * under the 6 GB a 24 GB machine gives by default (measured).
     */
    @Test
    void theSpareIsWrittenOverOnlyWhereItFitsTheHeap() {
        long gb = 1024L * 1024 * 1024;
        long launcherDefault = 6_276_251_648L;  // maxMemory() on this 24 GB machine: a quarter of it, less a survivor space
        assertTrue(StagedOutput.spareFits(10_401, 2 * gb));
        assertTrue(StagedOutput.spareFits(40_801, 2 * gb));
        assertFalse(StagedOutput.spareFits(104_001, 2 * gb));
        assertFalse(StagedOutput.spareFits(104_001, 4 * gb));
        assertTrue(StagedOutput.spareFits(104_001, launcherDefault));
    }
}
