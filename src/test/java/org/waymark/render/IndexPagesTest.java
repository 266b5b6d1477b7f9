package org.waymark.render;

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
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** A folder's README.md is its index page, as on GitHub, GitLab and MkDocs; sections take their titles from it. */
class IndexPagesTest {
    @TempDir
    Path project;

    private Document page(String file) throws IOException {
        return Jsoup.parse(project.resolve("site").resolve(file).toFile(), "UTF-8");
    }

    @Test
    void aReadmeIsItsFolderSectionPageAndNamesTheSection() throws IOException {
        Projects.write(project, Map.of(
                "content/site.yaml", "title: Playbook\n",
                "content/README.md", "# Our playbook\n\nStart with [CI and CD](CI-CD/) or [its pipelines](CI-CD/README.md#pipelines).\n",
                "content/CI-CD/README.md", "# Continuous integration and delivery\n\n## Pipelines\n\nSee [the recipe](recipes/).\n",
                "content/CI-CD/gitops.md", "# GitOps\n\nBack to [the section](./).\n",
                "content/CI-CD/recipes/readme.md", "---\ntitle: Recipes for pipelines\n---\nHow we do it.\n",
                "content/CI-CD/recipes/terraform.md", "# Terraform\n\nText.\n"));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        assertEquals(List.of("content/CI-CD/gitops.md", "content/CI-CD/recipes/terraform.md"), r.report().diagnostics()
                .stream().filter(d -> d.code() == Code.ORPHAN_PAGE).map(Diagnostic::path).sorted().toList(),
                "an index page is reached through its section, so only the two guides nothing links to are orphans");

        assertFalse(Files.exists(project.resolve("site/README")), "no page of its own at README/");
        assertFalse(Files.exists(project.resolve("site/CI-CD/README")));
        assertFalse(Files.exists(project.resolve("site/CI-CD/recipes/readme")));

        Document home = page("index.html");
        assertEquals("Our playbook", home.selectFirst("h1").text());
        assertEquals("CI-CD/index.html", home.select(".prose a").get(0).attr("href"), "a link to a folder reaches its README");
        assertEquals("CI-CD/index.html#pipelines", home.select(".prose a").get(1).attr("href"));
        assertTrue(home.select(".site-nav a").eachText().contains("Continuous integration and delivery"),
                "the section's title comes from its README, not from the folder's name 'CI-CD'");

        Document section = page("CI-CD/index.html");
        assertEquals("Continuous integration and delivery", section.selectFirst("h1").text());
        assertEquals(List.of("GitOps", "Recipes for pipelines"), section.select(".cards .card-title").eachText());
        assertEquals("recipes/index.html", section.select(".prose a:not(.heading-anchor)").get(0).attr("href"));

        Document gitops = page("CI-CD/gitops/index.html");
        assertEquals(List.of("Home", "Continuous integration and delivery"), gitops.select(".breadcrumbs a").eachText());
        assertEquals("../index.html", gitops.select(".prose a").get(0).attr("href"));
        Document terraform = page("CI-CD/recipes/terraform/index.html");
        assertEquals(List.of("Home", "Continuous integration and delivery", "Recipes for pipelines"),
                terraform.select(".breadcrumbs a").eachText());
    }

    @Test
    void anIndexPageWithoutATitleTakesItsFirstHeadingElseItsFolderName() throws IOException {
        Projects.write(project, Map.of(
                "content/site.yaml", "title: Handbook\n",
                "content/README.md", "Badges and no heading at all.\n",
                "content/ml-and-ai/README.md", "[![build](badge.svg)](https://ci.example.com/)\n\n# Machine learning at work\n\nText.\n",
                "content/ml-and-ai/badge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                "content/ml-and-ai/models.md", "# Models\n",
                "content/ui_ux/index.md", "Only text.\n",
                "content/ui_ux/forms.md", "# Forms\n",
                "content/no-index/page.md", "# A page\n"));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        assertEquals("Handbook", page("index.html").selectFirst("h1").text(), "the site's title at the top");
        assertEquals("Machine learning at work", page("ml-and-ai/index.html").selectFirst("h1").text());
        assertEquals("Ui ux", page("ui_ux/index.html").selectFirst("h1").text());
        assertEquals("No index", page("no-index/index.html").selectFirst("h1").text());
        assertEquals(List.of("Home", "Machine learning at work", "No index", "Ui ux"),
                page("index.html").select(".site-nav a").eachText());
    }

    @Test
    void anOrdinaryPageStillNeedsATitle() throws IOException {
        Projects.write(project, Map.of("content/guides/untitled.md", "No heading.\n"));
        Pipeline.Result r = Projects.check(project);
        assertEquals(List.of(Code.MISSING_KEY), r.report().diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::code).toList(), Projects.human(r));
    }

    @Test
    void indexMdAndReadmeInOneFolderIsAnErrorNamingBoth() throws IOException {
        Projects.write(project, Map.of(
                "content/guides/index.md", "# Guides\n",
                "content/guides/README.md", "# Guides on GitHub\n"));
        Pipeline.Result r = Projects.check(project);
        assertFalse(r.ok());
        List<Diagnostic> errors = r.report().diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), Projects.human(r));
        assertEquals(Code.DUPLICATE_URL, errors.get(0).code());
        assertTrue(errors.get(0).message().contains("guides/README.md")
                && errors.get(0).message().contains("guides/index.md"), errors.get(0).message());
    }
}
