package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/**
 * A build of the example site, checklist PDFs included, writes nothing outside its output and
 * the stores beside it: not into the user's home (PDFBox, left to itself, looks for system
 * fonts and keeps what it found in ~/.pdfbox.cache), nor into the temporary folder.
 */
class HomeUntouchedIT {
    @TempDir
    Path tmp;

    @Test
    void aBuildLeavesTheHomeAndTheTemporaryFolderEmpty() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path temporary = Files.createDirectories(tmp.resolve("tmp"));
        ProcessBuilder b = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + temporary,
                "-jar", Projects.repo().resolve("target/waymark.jar").toString(), "build", Projects.repo().toString(),
                "--out", tmp.resolve("site").toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile());
        b.environment().put("HOME", home.toString());
        assertEquals(0, b.start().waitFor(), () -> read(tmp.resolve("build.log")));
        assertEquals(List.of(), entries(home), "nothing in the home");
        assertEquals(List.of(), entries(temporary), "nothing in the temporary folder");
    }

    private static List<Path> entries(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir)).toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
