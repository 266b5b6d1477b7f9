package org.waymark.mkdocs;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Waymark does with each mkdocs.yml setting, Markdown extension and plugin it knows of:
 * supported as it is, or why not and what to do instead.
 */
final class MkDocsFeatures {
    private MkDocsFeatures() {}

    /** Settings of mkdocs.yml the import reads itself. */
    static final Set<String> READ = Set.of("site_name", "site_description", "site_url", "docs_dir", "nav", "pages",
            "theme", "markdown_extensions", "plugins");

    private static final String THEME = "Waymark has one built-in theme; override its templates and CSS file by file "
            + "in templates/ (see the README's theme section)";

    /** Why each other setting is not carried over. */
    static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("site_author", "Waymark's pages do not show an author; put it in templates/layout.ftlh"),
            Map.entry("copyright", "the footer shows the site's title and description; put it in templates/layout.ftlh"),
            Map.entry("repo_name", "the theme has no repository link; add one in templates/layout.ftlh"),
            Map.entry("site_dir", "Waymark writes site/ in the project folder, or where build --out says"),
            Map.entry("extra_css", "override assets/waymark.css in templates/, or add a stylesheet in templates/layout.ftlh"),
            Map.entry("extra_javascript", "add scripts in templates/layout.ftlh (the pages run under a strict CSP)"),
            Map.entry("extra_templates", THEME),
            Map.entry("extra", "site-wide template data has no place in site.yaml; a page's own data goes in its "
                    + "front matter's extra:"),
            Map.entry("hooks", "Python hooks do not run"),
            Map.entry("watch", "serve watches content/ and templates/ only"),
            Map.entry("dev_addr", "serve takes --host and --port (default 127.0.0.1:8080)"),
            Map.entry("strict", "check always fails on a broken link or anchor; check --strict fails on warnings too"),
            Map.entry("validation", "check reports every broken link and anchor as an error, always"),
            Map.entry("use_directory_urls", "Waymark always writes a/b.md to a/b/index.html"),
            Map.entry("exclude_docs", "the files it names were copied; delete them from content/, or mark pages "
                    + "draft: true"),
            Map.entry("draft_docs", "mark each draft page draft: true in its front matter"),
            Map.entry("not_in_nav", "pages outside nav are listed in their sections; check warns about pages "
                    + "nothing links to (WM210)"),
            Map.entry("remote_branch", "Waymark does not deploy; publish site/ as you like"),
            Map.entry("remote_name", "Waymark does not deploy; publish site/ as you like"),
            Map.entry("google_analytics", "the pages run under a strict CSP and send nothing anywhere"),
            Map.entry("INHERIT", "the file it names was not read; merge its settings into mkdocs.yml and import again"));

    static String setting(String key) {
        return SETTINGS.getOrDefault(key, "not an MkDocs setting Waymark knows");
    }

    static String theme(String key) {
        return THEME;
    }

    /** Markdown extensions whose syntax Waymark reads as MkDocs does. */
    static final Set<String> SUPPORTED_EXTENSIONS = Set.of("admonition", "tables", "footnotes", "toc", "fenced_code",
            "attr_list", "meta", "pymdownx.tasklist", "pymdownx.tilde", "pymdownx.betterem", "pymdownx.superfences",
            "sane_lists", "smarty", "nl2br", "markdown.extensions.admonition", "markdown.extensions.tables",
            "markdown.extensions.footnotes", "markdown.extensions.toc", "markdown.extensions.fenced_code",
            "markdown.extensions.attr_list", "markdown.extensions.meta");

    /** What a supported extension means in Waymark, where it differs at all. */
    private static final Map<String, String> SUPPORTED_NOTES = Map.of(
            "toc", "heading ids, GitHub-style, and an \"On this page\" list",
            "attr_list", "heading ids as { #id }; other attribute lists are named below",
            "meta", "as YAML front matter: title, summary, tags, order, draft, extra",
            "pymdownx.superfences", "fenced code; custom fences such as mermaid show as code",
            "sane_lists", "CommonMark lists",
            "smarty", "quotes are written as typed",
            "nl2br", "CommonMark line breaks");

    static Optional<String> supportedNote(String extension) {
        return Optional.ofNullable(SUPPORTED_NOTES.get(extension.replace("markdown.extensions.", "")));
    }

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("pymdownx.details", "collapsible admonitions (??? note) show as ordinary admonitions, always open; "
                    + "use <details> in the page to fold one"),
            Map.entry("pymdownx.tabbed", "content tabs (=== \"Tab\") show as text"),
            Map.entry("pymdownx.emoji", "emoji shortcodes (:smile:) show as written; type the emoji itself"),
            Map.entry("pymdownx.highlight", "code blocks are shown without colouring"),
            Map.entry("pymdownx.inlinehilite", "code is shown without colouring"),
            Map.entry("codehilite", "code blocks are shown without colouring"),
            Map.entry("pymdownx.snippets", "--8<-- includes are not expanded; copy the text into the page"),
            Map.entry("pymdownx.arithmatex", "math is shown as written"),
            Map.entry("pymdownx.critic", "critic marks are shown as written"),
            Map.entry("pymdownx.mark", "==marks== are shown as written"),
            Map.entry("pymdownx.caret", "^^insertions^^ are shown as written"),
            Map.entry("pymdownx.keys", "++key++ combinations are shown as written; use <kbd>"),
            Map.entry("pymdownx.magiclink", "bare URLs are linked; shorthand references (@user, #123) are not"),
            Map.entry("pymdownx.smartsymbols", "symbols are shown as typed"),
            Map.entry("def_list", "definition lists are shown as paragraphs"),
            Map.entry("abbr", "abbreviations are shown as written"),
            Map.entry("md_in_html", "Markdown inside HTML blocks is shown as written; raw HTML is cleaned"),
            Map.entry("material.extensions.emoji", "emoji shortcodes are shown as written"));

    static String extension(String name) {
        return EXTENSIONS.getOrDefault(name.replace("markdown.extensions.", ""),
                "a Python-Markdown extension Waymark does not have; what it adds to pages is shown as written");
    }

    /** Plugins whose work every Waymark site does itself, and how. */
    private static final Map<String, String> BUILT_IN_PLUGINS = Map.of(
            "search", "every Waymark site has search built in unless site.yaml says search: false, and an A to Z "
                    + "index page",
            "tags", "tags: in front matter link to a page per tag, and site/tags/ lists every tag");

    static Optional<String> builtInPlugin(String name) {
        return Optional.ofNullable(BUILT_IN_PLUGINS.get(bare(name)));
    }

    static String bare(String name) {
        return name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
    }

    private static final Map<String, String> PLUGINS = Map.ofEntries(
            Map.entry("awesome-pages", "order pages with order: in their front matter, and the header with nav:"),
            Map.entry("redirects", "Waymark writes no redirects"),
            Map.entry("macros", "Jinja in pages is shown as written"),
            Map.entry("blog", "Waymark has no blog; posts import as ordinary pages"),
            Map.entry("git-revision-date-localized", "pages show no dates taken from git"),
            Map.entry("minify", "Waymark's pages and assets are small as they are"),
            Map.entry("mkdocstrings", "API reference from source code is not generated"),
            Map.entry("i18n", "one language per site; set language: in site.yaml"),
            Map.entry("social", "no social cards are made"),
            Map.entry("offline", "Waymark's sites always work offline and from disk"),
            Map.entry("privacy", "Waymark's pages load nothing from elsewhere"));

    static String plugin(String name) {
        return PLUGINS.getOrDefault(bare(name), "Waymark runs no MkDocs plugins");
    }
}
