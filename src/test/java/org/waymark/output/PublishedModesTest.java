package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/**
 * The published folder is read by web servers running as other users and by uploads that keep
 * modes: site/ and everything in it get the modes the user's umask gives new folders and files,
 * whatever the modes of the content files they were copied from.
 */
class PublishedModesTest {
    @TempDir
    Path project;

    @Test
    void theSiteAndEveryFileInItGetTheUmasksModes() throws IOException {
        Assumptions.assumeTrue(project.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Projects.write(project, Map.of("content/index.md", "# Home\n\n![A chart](chart.png)\n",
                "content/chart.png", "not really a picture"));
        // A private content file still becomes a readable published one.
        Files.setPosixFilePermissions(project.resolve("content/chart.png"), PosixFilePermissions.fromString("rw-------"));
        // What this process's umask gives: a new folder and a new file made the ordinary way.
        Set<PosixFilePermission> folderMode = Files.getPosixFilePermissions(Files.createDirectory(project.resolve("probe")));
        Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(Files.createFile(project.resolve("probe/file")));

        assertTrue(Projects.build(project).ok());
        Path site = project.resolve("site");
        Map<String, String> wrong = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.toList()) {
                Set<PosixFilePermission> want = Files.isDirectory(p) ? folderMode : fileMode;
                Set<PosixFilePermission> got = Files.getPosixFilePermissions(p);
                if (!got.equals(want)) wrong.put(site.relativize(p).toString(), PosixFilePermissions.toString(got));
            }
        }
        assertEquals(Map.of(), wrong, "expected folders " + PosixFilePermissions.toString(folderMode)
                + " and files " + PosixFilePermissions.toString(fileMode));
        assertTrue(Files.exists(site.resolve("chart.png")));
        // and again when a build replaces an earlier one
        assertTrue(Projects.build(project).ok());
        assertEquals(folderMode, Files.getPosixFilePermissions(site));
    }
}
