package org.waymark.mkdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * mkdocs.yml's repo_url, edit_uri and edit_uri_template become site.yaml's editUrl as MkDocs
 * makes a page's edit link: editUrl plus a copied page's path is the address MkDocs gave
 * docs/ + that path.
 */
class MkDocsEditLinkTest {
    @TempDir
    Path tmp;

    private int n;

    private ImportResult.Imported importOf(String settings) throws IOException {
        Path project = Projects.write(tmp.resolve("mk" + ++n), Map.of("mkdocs.yml", "site_name: Docs\n" + settings,
                "docs/index.md", "# Home\n", "docs/guide/a.md", "# A\n"));
        ImportResult r = MkDocsImport.run(project, tmp.resolve("out" + n), "");
        return assertInstanceOf(ImportResult.Imported.class, r, r.toString());
    }

    /** The editUrl the new project's site.yaml gives, as Waymark reads it; null where it has none. */
    private String editUrl(ImportResult.Imported r) {
        return Projects.site(r.out()).config().editUrl();
    }

    private static List<String> leftovers(ImportResult.Imported r) {
        return r.leftovers().stream().map(Leftover::toString).toList();
    }

    @Test
    void anEditUriRelativeToRepoUrlIsJoinedToIt() throws IOException {
        ImportResult.Imported r = importOf("repo_url: https://git.example.com/acme/kb\nedit_uri: blob/main/docs\n");
        assertEquals("https://git.example.com/acme/kb/blob/main/docs/", editUrl(r));
        assertEquals(List.of("mkdocs.yml:2:1: repo_url: the theme has no repository link; add one in "
                + "templates/layout.ftlh; editUrl was made from it"), leftovers(r));
        assertTrue(r.carried().get(0).startsWith("content/site.yaml: title, editUrl; no nav"), r.carried().get(0));
        assertTrue(r.carried().get(1).startsWith("editUrl: https://git.example.com/acme/kb/blob/main/docs/ (from "
                + "repo_url and edit_uri)"), r.carried().toString());

        assertEquals("https://git.example.com/acme/kb/-/edit/main/docs/",
                editUrl(importOf("repo_url: https://git.example.com/acme/kb/\nedit_uri: /acme/kb/-/edit/main/docs/\n")),
                "an edit_uri starting with / replaces repo_url's path, as urljoin does");
        assertEquals("https://git.example.com/acme/kb?path=docs/",
                editUrl(importOf("repo_url: https://git.example.com/acme/kb\nedit_uri: '?path=docs/'\n")),
                "a query is added to repo_url as it is");
    }

    @Test
    void anAbsoluteEditUriIsTakenAsItIsWithOrWithoutRepoUrl() throws IOException {
        ImportResult.Imported r = importOf("repo_url: https://github.com/acme/code\n"
                + "edit_uri: https://github.com/acme/docs/edit/main/docs/\n");
        assertEquals("https://github.com/acme/docs/edit/main/docs/", editUrl(r));
        assertEquals(List.of("mkdocs.yml:2:1: repo_url: the theme has no repository link; add one in "
                + "templates/layout.ftlh"), leftovers(r), "repo_url had no part in it");
        assertEquals("https://gitlab.example.com/acme/docs/-/edit/main/docs/",
                editUrl(importOf("edit_uri: https://gitlab.example.com/acme/docs/-/edit/main/docs/\n")));
    }

    @Test
    void onGitHubGitLabAndBitbucketRepoUrlAloneGivesMkDocsDefault() throws IOException {
        ImportResult.Imported r = importOf("repo_url: https://github.com/acme/kb\n");
        assertEquals("https://github.com/acme/kb/edit/master/docs/", editUrl(r));
        assertTrue(r.carried().get(1).contains("(from repo_url and MkDocs's default edit_uri for github.com, "
                + "edit/master/docs/)"), r.carried().toString());
        assertEquals("https://gitlab.com/acme/kb/edit/master/docs/", editUrl(importOf("repo_url: https://gitlab.com/acme/kb/\n")));
        assertEquals("https://bitbucket.org/acme/kb/src/default/docs/",
                editUrl(importOf("repo_url: https://bitbucket.org/acme/kb\n")));
    }

    @Test
    void elsewhereRepoUrlAloneGivesNoEditUrl() throws IOException {
        ImportResult.Imported r = importOf("repo_url: https://git.example.com/acme/kb\n");
        assertNull(editUrl(r));
        assertFalse(Files.readString(r.out().resolve("content/site.yaml")).contains("editUrl"));
        assertEquals(List.of("mkdocs.yml:2:1: repo_url: the theme has no repository link; add one in "
                + "templates/layout.ftlh"), leftovers(r));
        assertTrue(r.carried().get(0).startsWith("content/site.yaml: title; no nav"), r.carried().get(0));
        assertFalse(r.carried().stream().anyMatch(c -> c.contains("editUrl")), r.carried().toString());
    }

    @Test
    void whatCannotBecomeEditUrlIsReportedAndNothingIsWritten() throws IOException {
        ImportResult.Imported off = importOf("repo_url: https://github.com/acme/kb\nedit_uri: ''\n");
        assertNull(editUrl(off), "an empty edit_uri turns edit links off, in MkDocs as here");
        assertTrue(off.carried().contains("no editUrl: edit_uri is empty, which turns MkDocs's edit links off"),
                off.carried().toString());

        ImportResult.Imported relative = importOf("edit_uri: blob/main/docs/\n");
        assertNull(editUrl(relative));
        assertEquals(List.of("mkdocs.yml:2:1: edit_uri: 'blob/main/docs/' is not an absolute http(s) address and "
                + "there is no repo_url to join it to; editUrl must be one: set it in site.yaml"), leftovers(relative));

        ImportResult.Imported template = importOf("repo_url: https://github.com/acme/kb\nedit_uri: edit/main/docs/\n"
                + "edit_uri_template: 'edit/main/docs/{path_noext}.md'\n");
        assertNull(editUrl(template));
        assertEquals(List.of("repo_url", "edit_uri", "edit_uri_template"),
                template.leftovers().stream().map(Leftover::what).toList());
        assertTrue(template.leftovers().get(1).why().startsWith("it has no effect when edit_uri_template is set"));
        assertTrue(template.leftovers().get(2).why().startsWith("editUrl is an address that each file's path is "
                + "appended to, not a template"));

        ImportResult.Imported tagged = importOf("repo_url: !ENV REPO\n");
        assertNull(editUrl(tagged), "a value from the environment is not guessed at");
        ImportResult.Imported taggedTemplate = importOf("repo_url: https://github.com/acme/kb\n"
                + "edit_uri_template: !ENV TEMPLATE\n");
        assertNull(editUrl(taggedTemplate), "MkDocs would use the template, whatever it is");
        assertTrue(taggedTemplate.leftovers().stream().anyMatch(l -> l.what().equals("edit_uri_template")),
                leftovers(taggedTemplate).toString());
    }

    @Test
    void eachPageLinksWhereMkDocsLinkedItAndCheckPasses() throws IOException {
        ImportResult.Imported r = importOf("repo_url: https://github.com/acme/kb\nedit_uri: edit/main/docs/\n");
        Pipeline.Result checked = Projects.check(r.out());
        assertTrue(checked.ok(), Projects.human(checked));
        Pipeline.Result built = Projects.build(r.out());
        assertTrue(built.ok(), Projects.human(built));
        Document page = Jsoup.parse(Files.readString(r.out().resolve("site/guide/a/index.html")));
        assertEquals(List.of("https://github.com/acme/kb/edit/main/docs/guide/a.md"),
                page.select("a[href*=/edit/]").eachAttr("href"), "MkDocs's edit link for docs/guide/a.md");
    }
}
