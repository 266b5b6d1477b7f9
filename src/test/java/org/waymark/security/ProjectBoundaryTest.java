package org.waymark.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.output.OutputSink;
import org.waymark.output.StagedOutput;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** Nothing outside content/ is read, and nothing outside the output folder is written. */
class ProjectBoundaryTest {
    @TempDir
    Path tmp;

    @Test
    void symbolicLinksLeadingOutsideContentAreNotFollowed() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.md"), "# Secret\n\nTOP-SECRET-TEXT\n");
        Files.createDirectories(tmp.resolve("outside-dir"));
        Files.writeString(tmp.resolve("outside-dir/inner.md"), "# Inner\n\nALSO-SECRET\n");
        Path project = Projects.write(tmp.resolve("p"), Map.of("content/index.md", "# Home\n\n[inside](inside.md)\n",
                "content/real.md", "# Real\n\nInside text.\n"));
        Files.createSymbolicLink(project.resolve("content/leak.md"), secret);
        Files.createSymbolicLink(project.resolve("content/leakdir"), tmp.resolve("outside-dir"));
        Files.createSymbolicLink(project.resolve("content/inside.md"), project.resolve("content/real.md"));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        String report = Projects.human(r);
        assertTrue(report.contains("content/leak.md:1:1: warning: symbolic link leads outside content/"), report);
        assertFalse(Files.exists(project.resolve("site/leak/index.html")));
        assertFalse(Files.exists(project.resolve("site/leakdir/inner/index.html")));
        assertTrue(Files.readString(project.resolve("site/inside/index.html")).contains("Inside text."),
                "a link that stays inside content/ is followed");
    }

    @Test
    void outputPathsCannotLeaveTheStagingFolder() throws IOException {
        try (StagedOutput staged = StagedOutput.beside(tmp.resolve("site"))) {
            OutputSink sink = staged;
            for (String evil : new String[] {"../escape.html", "a/../../escape.html", "/etc/escape.html"}) {
                IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                        () -> sink.write(evil, new byte[] {1}), evil);
                assertTrue(refused.getMessage().contains("leaves the output folder"), refused.getMessage());
            }
            sink.write("fine/page.html", new byte[] {1});
            assertTrue(Files.exists(staged.dir().resolve("fine/page.html")));
        }
        assertFalse(Files.exists(tmp.resolve("escape.html")));
        assertFalse(Files.exists(Path.of("/etc/escape.html")));
    }
}
