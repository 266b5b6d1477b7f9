package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.output.OutputSink;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** Any page can be rendered on its own (as an incremental rebuild will), exactly as the whole build writes it. */
class SinglePageTest {
    @TempDir
    Path project;

    /** Keeps what is written in memory. */
    private static final class MemorySink implements OutputSink {
        final Map<String, byte[]> files = new HashMap<>();

        @Override
        public void write(String path, byte[] bytes) {
            files.put(path, bytes);
        }

        @Override
        public void copy(String path, Path from) throws IOException {
            files.put(path, Files.readAllBytes(from));
        }
    }

    @Test
    void eachKindOfPageRendersAloneAsInTheWholeBuild() throws IOException {
        Projects.write(project, Map.of(
                "content/site.yaml", "title: Site\nbaseUrl: https://example.org/\n",
                "content/guides/index.md", "# Guides\n\nAll of them.\n\n```embed\n../t.yaml\n```\n",
                "content/guides/a.md", "# A\n\n## Part\n\n[b](../more/b.md)\n",
                "content/more/b.md", "# B\n",
                "content/t.yaml", "kind: decision\ntitle: T\nstart: a\nnodes:\n  a:\n    question: Q?\n    options:\n"
                        + "      - label: Yes\n        next: b\n      - label: No\n        next: b\n  b:\n    outcome: Done\n",
                "content/c.yaml", "kind: checklist\ntitle: C\nsections:\n  - title: S\n    items:\n      - text: Do it\n"));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));

        Path templates = r.site().templatesDir();
        SiteRenderer renderer = new SiteRenderer(r.site(), Theme.load(templates), new TemplateSet(templates));
        List<SitePage> pages = renderer.pages();
        Set<String> kinds = new TreeSet<>();
        for (SitePage page : pages) {
            kinds.add(page.getClass().getSimpleName());
            MemorySink sink = new MemorySink();
            assertTrue(renderer.write(page, sink).isEmpty(), page.toString());
            assertEquals(Set.of(page.outputFile()), sink.files.keySet());
            assertArrayEquals(Files.readAllBytes(project.resolve("site").resolve(page.outputFile())),
                    sink.files.get(page.outputFile()), page.outputFile());
        }
        assertEquals(Set.of("AzIndexPage", "ChecklistPage", "EmbedPage", "GuidePage", "HomePage", "NotFoundPage", "SectionPage",
                "TreePage"),
                kinds);
        assertEquals(r.pagesWritten(), pages.size());
    }
}
