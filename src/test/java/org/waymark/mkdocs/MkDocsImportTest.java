package org.waymark.mkdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.load.YamlDocument;
import org.waymark.load.YamlNode;
import org.waymark.load.YamlReader;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;
import org.waymark.text.Source;

/**
 * {@code waymark import mkdocs} on a Material for MkDocs project as teams write them
 * (src/test/resources/mkdocs/platform-docs/: nested nav, links in nav, plugins, theme options,
 * extensions with Python tags, {@code !ENV}), and on the ways an import can go wrong.
 */
class MkDocsImportTest {
    static final Path FIXTURE = Projects.repo().resolve("src/test/resources/mkdocs/platform-docs");

    @TempDir
    Path tmp;

    private ImportResult.Imported importFixture(Path out) {
        ImportResult r = MkDocsImport.run(FIXTURE, out, "platform-docs/");
        return assertInstanceOf(ImportResult.Imported.class, r, r.toString());
    }

    @Test
    void siteNameDescriptionAddressLanguageAndNavBecomeSiteYaml() throws IOException {
        Path out = tmp.resolve("new-project");
        importFixture(out);
        assertEquals("""
                # Imported from mkdocs.yml by 'waymark import mkdocs'.
                title: Acme Platform Docs
                description: How the platform team builds and runs services
                baseUrl: "https://docs.acme.example/platform/"
                language: en
                editUrl: "https://github.com/acme/platform-docs/edit/main/docs/"
                nav:
                  - path: index.md
                    label: Home
                  - path: getting-started/
                    label: Getting started
                  - path: user-guide/
                    label: User guide
                  - url: "https://github.com/acme/platform-docs/issues"
                    label: Issue tracker
                """, Files.readString(out.resolve("content/site.yaml")));
    }

    @Test
    void docsAreCopiedWithNavOrderAndTitlesAndTheMkDocsProjectIsOnlyRead() throws IOException {
        Map<String, String> before = hashes(FIXTURE);
        Path out = tmp.resolve("new-project");
        importFixture(out);
        assertEquals(before, hashes(FIXTURE), "the MkDocs project is unchanged");
        try (Stream<Path> top = Files.list(out)) {
            assertEquals(List.of(".gitignore", "content"), top.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readAllLines(out.resolve(".gitignore")).containsAll(List.of("/site/", "/.site.*", "/export/")),
                "what builds write stays out of git, as in a project `waymark new` makes");
        try (Stream<Path> files = Files.walk(out.resolve("content"))) {
            assertEquals(List.of("about/license.md", "assets/logo.svg", "data/versions.yml",
                    "getting-started/first-deploy.md", "getting-started/index.md", "getting-started/install.md",
                    "index.md", "not-in-nav.md", "release-notes.md", "site.yaml", "stylesheets/extra.css",
                    "user-guide/README.md", "user-guide/adv-topics/caching.md", "user-guide/adv-topics/index.md",
                    "user-guide/adv-topics/secrets.md", "user-guide/writing.md"),
                    files.filter(Files::isRegularFile).map(p -> out.resolve("content").relativize(p).toString())
                            .sorted().toList(), "no dot-files, no README.md beside index.md, nothing else");
        }
        Path content = out.resolve("content");
        assertTrue(Files.readString(content.resolve("getting-started/install.md"))
                .startsWith("---\ntitle: Install the CLI\norder: 30\n---\nDownload the CLI"),
                "a page without a title takes the nav's, and every nav page its place");
        assertTrue(Files.readString(content.resolve("user-guide/adv-topics/caching.md"))
                .startsWith("---\norder: 90\ntitle: Caching\n---\n"), "existing front matter is kept");
        assertEquals("---\ntitle: Advanced\norder: 70\n---\n",
                Files.readString(content.resolve("user-guide/adv-topics/index.md")), "the folder is named as nav named it");
        assertEquals(Files.readString(FIXTURE.resolve("docs/not-in-nav.md")), Files.readString(content.resolve("not-in-nav.md")));
        assertEquals(Files.readString(FIXTURE.resolve("docs/assets/logo.svg")), Files.readString(content.resolve("assets/logo.svg")));
    }

    @Test
    void everythingNotCarriedOverIsNamedWithWhereItIs() {
        ImportResult.Imported r = importFixture(tmp.resolve("new-project"));
        assertEquals(List.of(
                "site_author", "repo_url", "copyright",
                "theme (name: material, custom_dir, palette, features, logo)",
                "nav title 'Overview'", "nav link 'Changelog' in 'User guide'", "nav section 'About'",
                "markdown extension 'pymdownx.details'", "the tag !!python/name:pymdownx.superfences.fence_code_format",
                "markdown extension 'pymdownx.emoji'", "the tag !!python/name:material.extensions.emoji.twemoji",
                "plugin 'git-revision-date-localized'", "plugin 'redirects'", "extra",
                "the tag !ENV", "extra_css", "validation",
                "front matter key 'description' in index.md", "front matter key 'hide' in index.md",
                "a README.md beside index.md", "a YAML file"), r.leftovers().stream().map(Leftover::what).toList());
        assertEquals("platform-docs/mkdocs.yml:11:3", r.leftovers().get(3).where());
        assertEquals("platform-docs/mkdocs.yml:67:15", r.leftovers().get(14).where());
        assertEquals("platform-docs/docs/data/versions.yml", r.leftovers().get(20).where());
        assertTrue(r.carried().stream().anyMatch(c -> c.startsWith("Markdown extensions Waymark reads as they are: "
                + "admonition, attr_list")), r.carried().toString());
        assertTrue(r.carried().contains("Plugins Waymark has built in: search (every Waymark site has search built in "
                + "unless site.yaml says search: false, and an A to Z index page)"), r.carried().toString());
        assertEquals("content/site.yaml: title, description, baseUrl, language, editUrl, nav (4 entries)",
                r.carried().get(0));
        assertTrue(r.carried().get(1).startsWith("editUrl: https://github.com/acme/platform-docs/edit/main/docs/ "
                + "(from repo_url and edit_uri): "), r.carried().toString());
        assertTrue(r.leftovers().get(1).why().endsWith("; editUrl was made from it"), r.leftovers().get(1).why());
    }

    @Test
    void searchAndTagsPluginsAreCarriedOverAndTheSiteHasBoth() throws IOException {
        Path project = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", """
                site_name: Docs
                plugins:
                  - search:
                      lang: de
                      separator: '[\\s\\-]+'
                  - material/tags
                  - macros
                """, "docs/index.md", "# Home\n", "docs/a.md", "---\ntags: [deploys]\n---\n# A\n"));
        ImportResult.Imported r = assertInstanceOf(ImportResult.Imported.class,
                MkDocsImport.run(project, tmp.resolve("out"), ""));
        assertEquals(List.of("mkdocs.yml:7:5: plugin 'macros': Jinja in pages is shown as written"),
                r.leftovers().stream().map(Leftover::toString).toList());
        assertTrue(r.carried().contains("Plugins Waymark has built in: search (every Waymark site has search built in "
                + "unless site.yaml says search: false, and an A to Z index page; its lang, separator have no "
                + "Waymark equivalent), material/tags (tags: in front matter link to a page per tag, and site/tags/ lists "
                + "every tag)"), r.carried().toString());
        Pipeline.Result built = Projects.build(tmp.resolve("out"));
        assertTrue(built.ok(), Projects.human(built));
        Path site = tmp.resolve("out/site");
        assertTrue(Files.isRegularFile(site.resolve("tags/deploys/index.html")), "a page per tag");
        assertTrue(Files.readString(site.resolve("tags/index.html")).contains("deploys"), "the tag index");
        assertTrue(Files.isDirectory(site.resolve("assets/search")), "the search index");
        assertTrue(Files.isRegularFile(site.resolve("a-z/index.html")), "the A to Z index page");
    }

    @Test
    void pluginsWithoutSearchGiveASiteWithoutSearch() throws IOException {
        Path project = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", """
                site_name: Docs
                plugins:
                  - material/tags
                """, "docs/index.md", "# Home\n"));
        ImportResult.Imported r = assertInstanceOf(ImportResult.Imported.class,
                MkDocsImport.run(project, tmp.resolve("out"), ""));
        assertEquals("content/site.yaml: title, search: false (plugins: leaves out search); no nav in mkdocs.yml: "
                + "the header lists the top-level folders and pages", r.carried().get(0));
        assertFalse(Projects.site(r.out()).config().search());
        Pipeline.Result built = Projects.build(tmp.resolve("out"));
        assertTrue(built.ok(), Projects.human(built));
        assertFalse(Files.exists(tmp.resolve("out/site/assets/search")), "no search index");
        assertTrue(Files.isRegularFile(tmp.resolve("out/site/a-z/index.html")), "the A to Z index page stays");

        for (String plugins : List.of("plugins:\n", "plugins: [search]\n", "plugins:\n  material/search: {}\n", "")) {
            Path other = Projects.write(tmp.resolve("mk-" + plugins.hashCode()), Map.of("mkdocs.yml",
                    "site_name: Docs\n" + plugins, "docs/index.md", "# Home\n"));
            Path out = tmp.resolve("out-" + plugins.hashCode());
            ImportResult.Imported o = assertInstanceOf(ImportResult.Imported.class, MkDocsImport.run(other, out, ""));
            assertTrue(Projects.site(o.out()).config().search(), "search stays with " + plugins);
        }
    }

    /** With attr_list on, each page's attribute lists other than a heading's id are named, at the first. */
    @Test
    void attributeListsOtherThanAHeadingsIdAreNamedWhereTheyAre() throws IOException {
        String page = """
                # Guide

                ## Set up { #setup }

                ```md
                ![inside code](a.png){ width="10" }
                ```

                Text with an image: ![diagram](d.png){ width="300" } and [a button](x.md){: .md-button }

                ## Wide { .wide }

                Braces in prose stay braces: {placeholder}.
                """;
        Path project = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", "site_name: Docs\nmarkdown_extensions:\n  - attr_list\n",
                "docs/index.md", "# Home\n", "docs/guide.md", page));
        ImportResult.Imported r = assertInstanceOf(ImportResult.Imported.class, MkDocsImport.run(project, tmp.resolve("out"), ""));
        assertEquals(List.of("docs/guide.md:9:38: 2 attribute lists, the first '{ width=\"300\" }': Waymark reads one only as a "
                        + "heading's id ({ #id }); any other shows as text where it stands: take it out, or style the theme "
                        + "in templates/ (see the README's theme section)",
                "docs/guide.md:11:8: a heading's attribute list, '{ .wide }': Waymark reads only a heading's id, "
                        + "so the import kept that ({#id}) and dropped the rest (classes, data-toc-label, …); the contents "
                        + "list shows the heading's own text"),
                r.leftovers().stream().map(Leftover::toString).toList());
        // without attr_list, MkDocs shows them as text too: nothing to report
        Path plain = Projects.write(tmp.resolve("mk2"), Map.of("mkdocs.yml", "site_name: Docs\n", "docs/index.md", "# Home\n",
                "docs/guide.md", page));
        assertEquals(List.of(), assertInstanceOf(ImportResult.Imported.class, MkDocsImport.run(plain, tmp.resolve("out2"), ""))
                .leftovers());
    }

    /**
     * With attr_list on, a heading's attribute list is cut to its id, however MkDocs had it
     * written, so links to the heading still land and no braces show; the rest is named.
     */
    @Test
    void aHeadingsAttributeListIsCutToItsId() throws IOException {
        String page = "---\ntitle: Guide\n# not a heading { .x }\n---\n\nSee [install](#install), [keys](#api-keys) and "
                + "[limits](#limits).\n\n## Install { #install data-toc-label=\"Setup\" }\r\n\n### API keys { id=\"api-keys\" "
                + ".note }\n\n## Limits {: #limits }\n\n## Plain { data-toc-label='P' }\n\n```md\n## Kept { #k .c }\n```\n";
        Path project = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", "site_name: Docs\nmarkdown_extensions:\n  - attr_list\n",
                "docs/index.md", "# Home\n\n[Guide](guide.md)\n", "docs/guide.md", page));
        ImportResult.Imported r = assertInstanceOf(ImportResult.Imported.class, MkDocsImport.run(project, tmp.resolve("out"), ""));
        assertEquals(List.of("docs/guide.md:8:11: 3 headings' attribute lists, the first '{ #install data-toc-label=\"Setup\" }': "
                        + "Waymark reads only a heading's id, so the import kept that ({#id}) and dropped the rest (classes, "
                        + "data-toc-label, …); the contents list shows the heading's own text"),
                r.leftovers().stream().map(Leftover::toString).toList());
        assertTrue(r.carried().contains("headings: 3 attribute lists cut to the heading's id ({#id}), the one attribute Waymark reads"),
                r.carried().toString());
        assertEquals(page.replace(" { #install data-toc-label=\"Setup\" }", " {#install}").replace(" { id=\"api-keys\" .note }",
                " {#api-keys}").replace(" { data-toc-label='P' }", ""), Files.readString(r.out().resolve("content/guide.md")));
        Pipeline.Result built = Projects.build(r.out());
        assertTrue(built.ok(), Projects.human(built));
        Element body = Jsoup.parse(r.out().resolve("site/guide/index.html").toFile()).body();
        assertEquals("Install", body.getElementById("install").ownText());
        assertEquals("API keys", body.getElementById("api-keys").ownText());
        assertEquals("Limits", body.getElementById("limits").ownText());
        assertEquals("Plain", body.selectFirst("h2:contains(Plain)").ownText());
    }

    /** With pymdownx.snippets on, each page with --8<-- includes is named: it would show the line, not the text. */
    @Test
    void snippetIncludesAreNamedPageByPage() throws IOException {
        Path project = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", "site_name: Docs\nmarkdown_extensions:\n  - pymdownx.snippets\n",
                "docs/index.md", "# Home\n\nNo includes: a --8<-- in the middle of a line is text.\n",
                "docs/contributing.md", "--8<-- \"CONTRIBUTING.md\"\n\nMore.\n\n--8<--\nLICENSE.md\n--8<--\n"));
        ImportResult.Imported r = assertInstanceOf(ImportResult.Imported.class, MkDocsImport.run(project, tmp.resolve("out"), ""));
        List<String> lines = r.leftovers().stream().map(Leftover::toString).toList();
        assertEquals(3, lines.size(), lines.toString()); // the third: the page has no title of its own
        assertTrue(lines.get(0).startsWith("mkdocs.yml:3:5: markdown extension 'pymdownx.snippets'"), lines.toString());
        assertEquals("docs/contributing.md:1:1: 3 snippet includes, the first \"CONTRIBUTING.md\": pymdownx.snippets is not "
                + "run: the page shows the --8<-- line instead of the text; copy the text into the page", lines.get(2));
    }

    /** A nav entry naming a folder (as the literate-nav plugin has them) becomes a folder in the header. */
    @Test
    void aNavEntryNamingAFolderBecomesThatSection() throws IOException {
        Path project = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", """
                site_name: Docs
                nav:
                  - Home: index.md
                  - User Guide: user-guide/
                  - More:
                    - dev/
                    - Missing: nowhere/
                """, "docs/index.md", "# Home\n", "docs/user-guide/cli.md", "# The CLI\n",
                "docs/user-guide/config.md", "# Configuration\n", "docs/dev/a.md", "# A\n"));
        ImportResult.Imported r = assertInstanceOf(ImportResult.Imported.class, MkDocsImport.run(project, tmp.resolve("out"), ""));
        String site = Files.readString(tmp.resolve("out/content/site.yaml"));
        assertTrue(site.contains("  - path: user-guide/\n    label: User Guide\n"), site);
        assertEquals("---\ntitle: User Guide\norder: 20\n---\n", Files.readString(tmp.resolve("out/content/user-guide/index.md")));
        assertEquals(List.of("nav section 'More'", "nav entry 'dev/'", "nav entry 'nowhere/'"),
                r.leftovers().stream().map(Leftover::what).toList());
        assertTrue(r.leftovers().get(1).why().startsWith("it names a folder"), r.leftovers().get(1).why());
        assertTrue(r.leftovers().get(2).why().startsWith("there is no such page"), r.leftovers().get(2).why());
        Pipeline.Result built = Projects.build(tmp.resolve("out"));
        assertTrue(built.ok(), Projects.human(built));
    }

    @Test
    void servesSettingsPointAtServe() throws IOException {
        Path project = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml",
                "site_name: Docs\ndev_addr: 0.0.0.0:8000\nwatch: [overrides]\n", "docs/index.md", "# Home\n"));
        ImportResult.Imported r = assertInstanceOf(ImportResult.Imported.class,
                MkDocsImport.run(project, tmp.resolve("out"), ""));
        assertEquals(List.of("mkdocs.yml:2:1: dev_addr: serve takes --host and --port (default 127.0.0.1:8080)",
                "mkdocs.yml:3:1: watch: serve watches content/ and templates/ only"),
                r.leftovers().stream().map(Leftover::toString).toList());
    }

    @Test
    void checkAsksForExactlyWhatTheImportReported() throws IOException {
        Path out = tmp.resolve("new-project");
        importFixture(out);
        Pipeline.Result checked = Projects.check(out);
        assertEquals(List.of("content/data/versions.yml WM020", "content/index.md WM101", "content/index.md WM101"),
                checked.report().diagnostics().stream().filter(Diagnostic::isError)
                        .map(d -> d.path() + " " + d.code().id()).sorted().toList(), Projects.human(checked));
    }

    @Test
    void tagsAndAliasesAreReportedNotRefused() throws IOException {
        Path project = Projects.write(tmp.resolve("mk"), Map.of(
                "mkdocs.yml", "site_name: !ENV [SITE_NAME, Docs]\nsite_url: &url https://x.example/\nrepo_url: *url\n",
                "docs/index.md", "# Home\n"));
        ImportResult.Imported r = assertInstanceOf(ImportResult.Imported.class,
                MkDocsImport.run(project, tmp.resolve("out"), ""));
        assertEquals(List.of("the tag !ENV", "a YAML anchor or alias", "repo_url", "a YAML anchor or alias", "site_name"),
                r.leftovers().stream().map(Leftover::what).toList(), r.leftovers().toString());
        assertTrue(Files.readString(tmp.resolve("out/content/site.yaml")).contains("title: Documentation\n"));
        assertTrue(Projects.check(tmp.resolve("out")).ok());
    }

    @Test
    void withoutNavTheHeaderIsWaymarksOwn() throws IOException {
        Path project = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", "site_name: 'Docs: the \"real\" ones'\n"
                + "docs_dir: pages\n", "pages/index.md", "# Home\n", "pages/guide/a.md", "# A\n"));
        ImportResult.Imported r = assertInstanceOf(ImportResult.Imported.class,
                MkDocsImport.run(project.resolve("mkdocs.yml"), tmp.resolve("out"), ""));
        assertEquals(List.of(), r.leftovers());
        assertEquals("# Imported from mkdocs.yml by 'waymark import mkdocs'.\ntitle: \"Docs: the \\\"real\\\" ones\"\n",
                Files.readString(tmp.resolve("out/content/site.yaml")));
        Pipeline.Result built = Projects.build(tmp.resolve("out"));
        assertTrue(built.ok(), Projects.human(built));
        assertEquals("Docs: the \"real\" ones", Projects.site(tmp.resolve("out")).config().title());
    }

    @Test
    void brokenYamlFailsWithItsPositionAndWritesNothing() throws IOException {
        Path project = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", "site_name: x\nnav:\n  - a: b: c\n",
                "docs/index.md", "# Home\n"));
        ImportResult.Failed r = assertInstanceOf(ImportResult.Failed.class, MkDocsImport.run(project, tmp.resolve("out"), ""));
        assertEquals(Code.YAML_SYNTAX, r.diagnostics().get(0).code());
        assertEquals(3, r.diagnostics().get(0).line());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void itNeverWritesIntoAnExistingProjectNorIntoItsOwnDocs() throws IOException {
        Path project = Projects.write(tmp.resolve("mk"), Map.of("mkdocs.yml", "site_name: x\n", "docs/index.md", "# Home\n"));
        Projects.write(tmp.resolve("taken"), Map.of("content/index.md", "# Mine\n"));
        assertInstanceOf(ImportResult.Refused.class, MkDocsImport.run(project, tmp.resolve("taken"), ""));
        assertEquals("# Mine\n", Files.readString(tmp.resolve("taken/content/index.md")));
        assertInstanceOf(ImportResult.Refused.class, MkDocsImport.run(project, project.resolve("docs/out"), ""));
        assertInstanceOf(ImportResult.Refused.class, MkDocsImport.run(tmp.resolve("nothing-here"), tmp.resolve("o"), ""));
        Files.createDirectories(tmp.resolve("empty"));
        assertInstanceOf(ImportResult.Imported.class, MkDocsImport.run(project, tmp.resolve("empty"), ""));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".import-")).toList(),
                    "no staging folder is left behind");
        }
        Projects.write(tmp.resolve("mk2"), Map.of("mkdocs.yml", "site_name: x\ndocs_dir: missing\n"));
        ImportResult.Failed f = assertInstanceOf(ImportResult.Failed.class, MkDocsImport.run(tmp.resolve("mk2"),
                tmp.resolve("o2"), ""));
        assertEquals(Code.IO_ERROR, f.diagnostics().get(0).code());
    }

    @Test
    void keysGoIntoFrontMatterKeepingLineEndsAndByteOrderMark() {
        assertEquals("\uFEFF---\r\norder: 10\r\ntitle: x\r\n---\r\nBody\r\n",
                PageEdit.withKeys(MarkdownPage.of("\uFEFF---\r\ntitle: x\r\n---\r\nBody\r\n"), Map.of("order", "10")));
        assertEquals("---\ntitle: \"A: b\"\n---\nBody\n",
                PageEdit.withKeys(MarkdownPage.of("Body\n"), Map.of("title", "A: b")));
        assertEquals("---\norder: 5\n---\n# T\n",
                PageEdit.withKeys(MarkdownPage.of("---\norder: 5\n---\n# T\n"), Map.of("order", "10")), "its own order stays");
        assertEquals("---\ntitle: x\n", PageEdit.withKeys(MarkdownPage.of("---\ntitle: x\n"), Map.of("order", "10")),
                "unclosed front matter is left for check to report");
    }

    @Test
    void textWrittenIntoYamlReadsBackTheSame() {
        for (String value : List.of("Plain words", "Docs: the \"real\" ones", "null", "~", "yes", "# not a comment",
                "a #b", "trailing ", "- dash", "{braces}", "[list]", "&anchor", "*alias", "!tag", "100%", "Ünïcödé ✓",
                "back\\slash", "line\nbreak", "'quoted'", "https://x.example/a?b=c#d")) {
            YamlDocument doc = YamlReader.read(Source.of("t.yaml", "k: " + YamlText.of(value) + "\n"));
            YamlDocument.Parsed parsed = assertInstanceOf(YamlDocument.Parsed.class, doc,
                    value + " -> " + YamlText.of(value) + ": " + doc.diagnostics());
            assertEquals(List.of(), parsed.diagnostics());
            YamlNode.Mapping m = (YamlNode.Mapping) parsed.root();
            YamlNode.Scalar v = (YamlNode.Scalar) m.entries().get(0).value();
            assertEquals(value, v.value(), YamlText.of(value));
            assertFalse(v.isNull(), value);
        }
    }

    @Test
    void titlesAreFoundAsWaymarkFindsThem() {
        assertEquals("T", MarkdownPage.of("<!-- lint -->\n\n# T\n").title().orElseThrow());
        assertEquals("F", MarkdownPage.of("---\ntitle: F\n---\n# T\n").title().orElseThrow());
        assertTrue(MarkdownPage.of("Text\n\n# Late\n").title().isEmpty());
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), sha(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
