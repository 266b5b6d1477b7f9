package org.waymark.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/** A mistyped link in a large site still gets its "did you mean". */
class LinkHintTest {
    @TempDir
    Path project;

    @Test
    void aTypoAmongThousandsOfFilesIsStillNamed() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < 1_500; i++) files.put("content/guides/page-" + i + ".md", "# Page " + i + "\n");
        files.put("content/index.md", "# Home\n\n[the queue guide](guides/pickng-a-queue.md)\n");
        files.put("content/guides/picking-a-queue.md", "# Picking a queue\n");
        Projects.write(project, files);
        String report = Projects.human(Projects.check(project));
        assertTrue(report.contains("did you mean 'guides/picking-a-queue.md'?"), report);
    }
}
