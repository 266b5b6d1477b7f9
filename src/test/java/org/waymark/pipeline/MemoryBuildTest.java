package org.waymark.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.output.MemoryOutput;
import org.waymark.output.OutputFolder;
import org.waymark.testing.Projects;

/** A site built into memory (for serve) is the site built to disk, file for file and byte for byte. */
class MemoryBuildTest {
    @TempDir
    Path tmp;

    @Test
    void theDefaultSiteInMemoryEqualsTheSiteOnDisk() throws IOException {
        Path out = tmp.resolve("site");
        Pipeline.Result disk = Pipeline.run(new Pipeline.Options(Projects.repo(), out, true, false, true));
        assertTrue(disk.ok(), disk.report().toString());
        MemoryOutput memory = new MemoryOutput();
        Pipeline.Result mem = Pipeline.runInMemory(Projects.repo(), true, memory, new Pipeline.Reuse());
        assertTrue(mem.ok(), mem.report().toString());
        assertEquals(disk.report().diagnostics(), mem.report().diagnostics());

        TreeSet<String> onDisk = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(Files::isRegularFile).forEach(p -> onDisk.add(out.relativize(p).toString().replace('\\', '/')));
        }
        onDisk.remove(OutputFolder.MARKER);
        assertEquals(onDisk, new TreeSet<>(memory.files().keySet()));
        for (Map.Entry<String, org.waymark.output.OutputFile> e : memory.files().entrySet()) {
            assertArrayEquals(Files.readAllBytes(out.resolve(e.getKey())), e.getValue().bytes(), e.getKey());
        }
    }

    @Test
    void aBrokenLinkFoundByTheVerifierInMemoryFailsTheBuild() throws IOException {
        // a template that links to a file the site lacks: only the verify stage can see it
        Projects.write(tmp, Map.of(
                "content/site.yaml", "title: T\n",
                "content/index.md", "---\ntitle: Home\n---\n\nHello.\n",
                "templates/404.ftlh", "<!doctype html><html><head><title>x</title></head><body><h1>Gone</h1>"
                        + "<a href=\"nowhere.html\">x</a></body></html>\n"));
        Pipeline.Result r = Pipeline.runInMemory(tmp, false, new MemoryOutput(), new Pipeline.Reuse());
        assertTrue(!r.ok(), "the verifier must refuse a link to nowhere");
        assertTrue(r.report().diagnostics().stream().anyMatch(d -> d.path().endsWith("404.ftlh")),
                r.report().diagnostics().toString());
    }
}
