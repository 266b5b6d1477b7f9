package org.waymark.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.output.MemoryOutput;
import org.waymark.testing.Projects;

/**
 * {@code search: false} in site.yaml: no index is written, to disk or into serve's memory, and
 * the header keeps only its link to the A to Z index; by default both are there.
 */
class SearchSwitchTest {
    @TempDir
    Path project;

    private void write(String siteYaml) throws IOException {
        Projects.write(project, Map.of("content/site.yaml", siteYaml,
                "content/index.md", "---\ntitle: Home\n---\nSee [guide](guide.md).\n",
                "content/guide.md", "---\ntitle: Guide\n---\n## Part\n\nWords to find.\n"));
    }

    @Test
    void offWritesNoIndexAndTheHeaderLinksToTheAtoZIndex() throws IOException {
        write("title: T\nsearch: false\n");
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        assertFalse(Files.exists(project.resolve("site/assets/search")));
        for (String page : List.of("index.html", "guide/index.html", "a-z/index.html")) {
            Document html = Jsoup.parse(project.resolve("site/" + page).toFile());
            assertEquals(1, html.select(".site-search").size(), page);
            assertFalse(html.select(".site-search").hasAttr("data-search"), page);
            assertTrue(html.select("script[src*=/search.]").isEmpty(), page);
            assertFalse(html.select(".site-search a.search-az[href]").isEmpty(), page);
        }

        MemoryOutput memory = new MemoryOutput();
        assertTrue(Pipeline.runInMemory(project, false, memory, new Pipeline.Reuse()).ok());
        assertTrue(memory.files().keySet().stream().noneMatch(f -> f.startsWith("assets/search/")),
                memory.files().keySet().toString());
    }

    @Test
    void onByDefault() throws IOException {
        write("title: T\n");
        assertTrue(Projects.build(project).ok());
        assertTrue(Files.isRegularFile(project.resolve("site/assets/search/meta.js")));
        Document html = Jsoup.parse(project.resolve("site/guide/index.html").toFile());
        assertEquals("../assets/search/", html.select(".site-search").attr("data-search"));
        assertEquals(1, html.select("script[src*=/search.]").size());
    }

    @Test
    void aValueThatIsNotTrueOrFalseIsReportedWhereItIs() throws IOException {
        write("title: T\nsearch: no thanks\n");
        Pipeline.Result r = Projects.build(project);
        assertFalse(r.ok());
        Diagnostic d = r.report().diagnostics().get(0);
        assertEquals("content/site.yaml:2:9", d.path() + ":" + d.line() + ":" + d.column(), Projects.human(r));
        assertTrue(d.message().contains("'search' must be true or false"), d.message());
    }
}
