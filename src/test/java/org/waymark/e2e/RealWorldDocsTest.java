package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * Markdown written the way teams keep it in a repository, a GitHub wiki or an MkDocs site
 * (src/test/resources/valid/real-world/): a README.md in every folder, folders four deep,
 * hand-written tables of contents, placeholders in braces, HTML comments, images beside the
 * pages, links to folders. It builds as it is, with no warning, and reads as it should.
 */
class RealWorldDocsTest {
    static final Path PROJECT = Projects.repo().resolve("src/test/resources/valid/real-world");
    @TempDir
    static Path out;
    static Path site;
    static Pipeline.Result result;

    @BeforeAll
    static void build() throws IOException {
        site = out.resolve("site");
        result = Pipeline.run(new Pipeline.Options(PROJECT, site, false, false, true));
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
    }

    @Test
    void itBuildsAsItIsWithoutAWarning() {
        assertTrue(result.ok(), Projects.human(result));
        assertEquals(List.of(), result.report().diagnostics().stream().map(Diagnostic::message).toList());
    }

    @Test
    void eachReadmeIsItsSectionsPageAndNamesIt() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().equalsIgnoreCase("readme")).toList(),
                    "no README/ pages");
        }
        Document home = page("index.html");
        assertEquals("Platform handbook", home.selectFirst("h1").text());
        List<String> header = new ArrayList<>(home.select(".site-nav a").eachText());
        assertEquals(List.of("Home", "Code reviews", "Continuous integration and delivery", "Resources", "Security",
                "Getting started"), header, "titles from the READMEs; a folder without one keeps its name");
        Document deep = page("ci-cd/recipes/github-actions/secrets/rotating-secrets/index.html");
        assertEquals(List.of("Home", "Continuous integration and delivery", "Pipeline recipes", "GitHub Actions",
                "Secrets"), deep.select(".breadcrumbs a").eachText());
        assertEquals("Rotating secrets", deep.selectFirst("h1").text());
    }

    @Test
    void linksToFoldersReachTheirIndexPages() throws IOException {
        Document home = page("index.html");
        assertEquals(List.of("ci-cd/index.html", "code-reviews/index.html", "security/index.html", "resources/index.html"),
                home.select(".prose ul").get(1).select("a").eachAttr("href"));
        assertEquals("ci-cd/index.html#pipeline-stages", home.select(".prose a").stream()
                .filter(a -> a.text().equals("The pipeline stages")).findFirst().orElseThrow().attr("href"));
        Document deep = page("ci-cd/recipes/github-actions/secrets/rotating-secrets/index.html");
        assertEquals(List.of("../../../../index.html#pipeline-stages", "../../../../../security/index.html",
                "../../../../../security/threat-modelling/index.html#who-to-ask"), deep.select(".prose a:not(.heading-anchor)").eachAttr("href"));
        assertEquals("../../index.html", page("code-reviews/templates/design-review/index.html")
                .select(".prose a:not(.heading-anchor)").last().attr("href"));
    }

    @Test
    void aHandWrittenTableOfContentsLeadsToItsHeadingsAndIsNotRepeated() throws IOException {
        Document cd = page("ci-cd/continuous-delivery/index.html");
        List<String> anchors = cd.select(".prose a[href^=#]:not(.heading-anchor)").eachAttr("href");
        assertEquals(List.of("#goals", "#resources", "#architecture-decision-record-adr", "#resources-1",
                "#using-kubectl-safely", "#rolling-back-step-by-step"), anchors);
        for (String a : anchors) assertNotNull(cd.getElementById(a.substring(1)), a);
        assertEquals(null, cd.selectFirst("nav.toc"), "no second, generated table of contents");
        Document threats = page("security/threat-modelling/index.html");
        assertEquals(List.of("When to model", "What to write down", "Who to ask"), threats.select("nav.toc a").eachText(),
                "one link to a heading is no table of contents: the page gets the generated one");
    }

    @Test
    void htmlCommentsNeitherShowNorHideTheTitle() throws IOException {
        for (String file : List.of("index.html", "getting-started/index.html", "code-reviews/index.html",
                "code-reviews/process/index.html")) {
            Document d = page(file);
            assertEquals(1, d.select("h1").size(), file);
            String text = d.selectFirst("main").text();
            assertFalse(text.contains("markdownlint") || text.contains("Editors:") || text.contains("TODO"), file);
        }
        assertEquals("Code reviews", page("code-reviews/index.html").selectFirst("h1").text());
        Document process = page("code-reviews/process/index.html");
        assertEquals("The review process", process.selectFirst("h1").text(), "a comment before the heading keeps it the title");
        assertEquals(List.of(), process.select(".prose h2").eachText(), "and it is not repeated below");
    }

    @Test
    void imagesBesideThePagesAreCopiedAndFound() throws IOException {
        assertTrue(Files.isRegularFile(site.resolve("ci-cd/images/pipeline.svg")));
        assertEquals("images/pipeline.svg", page("ci-cd/index.html").selectFirst(".prose img").attr("src"));
        assertEquals("../images/pipeline.svg", page("ci-cd/continuous-delivery/index.html").selectFirst(".prose img").attr("src"));
        Document home = page("index.html");
        Element badge = home.selectFirst(".prose a[href^=https] img");
        assertEquals("ci-cd/images/badge.svg", badge.attr("src"));
        assertEquals("../ci-cd/images/pipeline.svg", page("getting-started/index.html").selectFirst(".prose img").attr("src"));
    }

    @Test
    void placeholdersInsideCodeStayAsWritten() throws IOException {
        Document template = page("code-reviews/templates/design-review/index.html");
        assertTrue(template.selectFirst(".prose pre").text().contains("owner: {owner}"));
    }

    @Test
    void placeholdersInBracesAreTextWhereverTheyStand() throws IOException {
        Document template = page("code-reviews/templates/design-review/index.html");
        assertEquals(List.of("Project: {project name}", "Owner: {owner}", "Decision: {Solution chosen to proceed with}"),
                template.select(".prose li").eachText(), "a list item that ends in braces keeps them as text");
        assertEquals("Use the {placeholder} value here.", template.select(".prose p").get(1).text());
        assertEquals("{what we decided}", template.selectFirst(".prose td:eq(1)").text());
        assertTrue(template.select(".prose [solution], .prose [placeholder], .prose [owner]").isEmpty(),
                "no braces are read as attributes");
    }
}
