package org.waymark.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Asset;
import org.waymark.model.Checklist;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Heading;
import org.waymark.model.Page;
import org.waymark.model.Site;
import org.waymark.output.OutputSink;

/**
 * The render stage: every document, section index, the home page, 404, sitemap, exports,
 * theme assets and editor schemas, written to the sink. Pages render in parallel; templates
 * and the Markdown renderer are built once. Template faults come back as diagnostics ({@link TemplateFaults}).
 */
public final class SiteRenderer {
    /** What was written: page count, template faults, and which template wrote each page. */
    public record Rendered(int pages, List<Diagnostic> diagnostics, Map<String, String> templateOf) {}

    private final Map<String, String> templateOf = new java.util.concurrent.ConcurrentHashMap<>();

    private final Site site;
    private final Theme theme;
    private final TemplateSet templates;
    private final Outline outline;
    private final Chrome chrome;
    private final MarkdownHtml markdown;
    private final TreeView trees;
    private final ChecklistView checklists;
    private final ChecklistPdf pdfs;
    private final TemplateFaults faults;

    public SiteRenderer(Site site, Theme theme, TemplateSet templates) {
        this.site = site;
        this.theme = theme;
        this.templates = templates;
        LinkResolver resolver = new LinkResolver(site);
        this.outline = new Outline(site);
        this.chrome = new Chrome(site, outline, theme, resolver);
        this.markdown = new MarkdownHtml(resolver, site.config().trustHtml());
        LinkLabels labels = new LinkLabels(resolver, markdown);
        this.trees = new TreeView(markdown, labels, site.config().baseUrl());
        this.checklists = new ChecklistView(markdown, labels, siteKey(site));
        this.pdfs = new ChecklistPdf(templates, site.config().baseUrl(), site.config().language());
        this.faults = new TemplateFaults(templates);
    }

    public Rendered render(OutputSink out) throws IOException {
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
        List<Runnable> jobs = new ArrayList<>();
        for (Document d : site.documents().values()) jobs.add(() -> page(d, out, problems));
        for (Outline.Section s : outline.sections()) {
            if (s.index() == null) jobs.add(() -> section(s, out, problems));
        }
        jobs.add(() -> notFound(out, problems));
        int pages = jobs.size();
        // PDFs are the slowest files to make; they run beside the pages.
        for (Checklist c : site.checklists()) {
            jobs.add(() -> pdf(c, ChecklistPdf.Paper.A4, ChecklistExports.pdfFile(c), out, problems));
            jobs.add(() -> pdf(c, ChecklistPdf.Paper.LETTER, ChecklistExports.letterPdfFile(c), out, problems));
        }
        try {
            jobs.parallelStream().forEach(Runnable::run);
            for (Theme.Asset a : theme.assets().values()) out.write("assets/" + a.outputName(), a.bytes());
            for (Asset a : site.assets()) out.copy(a.path().value(), a.file());
            writeSchemas(out);
            for (Checklist c : site.checklists()) {
                String url = site.config().baseUrl() == null ? null : site.config().baseUrl() + folderUrl(c.outputFile());
                out.write(ChecklistExports.markdownFile(c), ChecklistExports.markdown(c, url).getBytes(StandardCharsets.UTF_8));
            }
            if (site.config().baseUrl() != null) {
                out.write("sitemap.xml", Sitemap.xml(site.config().baseUrl(), allPages()).getBytes(StandardCharsets.UTF_8));
                out.write("robots.txt", ("User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl() + "sitemap.xml\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Rendered(pages, List.copyOf(problems), Map.copyOf(templateOf));
    }

    /** The editors' schemas under schema/; an author's own file at the same path wins, as theme overrides do. */
    private void writeSchemas(OutputSink out) throws IOException {
        java.util.Set<String> authored = new java.util.HashSet<>();
        for (Asset a : site.assets()) authored.add(a.path().value());
        for (var schema : SchemaFiles.read().entrySet()) {
            String path = SchemaFiles.SITE_FOLDER + schema.getKey();
            if (!authored.contains(path)) out.write(path, schema.getValue());
        }
    }

    private List<String> allPages() {
        List<String> pages = new ArrayList<>();
        site.documents().values().forEach(d -> pages.add(d.outputFile()));
        outline.sections().stream().filter(s -> s.index() == null).forEach(s -> pages.add(s.outputFile()));
        Collections.sort(pages);
        return pages;
    }

    /** The site's name in saved ticks: its address when it has one, else its title. */
    private static String siteKey(Site site) {
        return site.config().baseUrl() != null ? site.config().baseUrl() : site.config().title();
    }

    static String folderUrl(String outputFile) {
        return outputFile.endsWith("index.html") ? outputFile.substring(0, outputFile.length() - 10) : outputFile;
    }

    private void page(Document d, OutputSink out, List<Diagnostic> problems) {
        String file = d.outputFile();
        Map<String, Object> m = chrome.base(file, Chrome.kindOf(d), d.title());
        String folder = d.path().folder();
        boolean home = d.path().value().equals("index.md");
        boolean sectionIndex = d.path().fileName().equals("index.md");
        m.put("summary", d.summary());
        m.put("tags", d.tags());
        m.put("breadcrumbs", chrome.breadcrumbs(file, folder));
        m.put("sidebar", chrome.sidebar(file, folder));
        chrome.prevNext(m, d);
        String template;
        if (d instanceof Page p) {
            m.put("contentHtml", markdown.render(p.body(), new MarkdownHtml.Target(file, target -> embed(target, file))));
            m.put("toc", toc(p));
            if (home || sectionIndex) {
                m.put("listing", listing(outline.section(folder), file));
                template = home ? "home.ftlh" : "section.ftlh";
                m.put("kind", home ? "home" : "section");
            } else {
                template = "page.ftlh";
            }
        } else if (d instanceof DecisionTree t) {
            m.put("tree", trees.model(t, file, ""));
            m.put("flowchart", Flowchart.svg(t, ""));
            template = "decision.ftlh";
        } else {
            m.put("checklist", checklists.model((Checklist) d, file, ""));
            template = "checklist.ftlh";
        }
        write(out, file, template, m, problems);
    }

    /** An {@code embed} block: the tree's wizard or the checklist, inline in the page. */
    private String embed(ContentPath target, String file) {
        Document d = site.documents().get(target);
        String prefix = "embed-" + (d == null ? "x" : d.path().stem()) + "-";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("root", RelativeUrl.root(file));
        if (d instanceof DecisionTree t) {
            m.put("tree", trees.model(t, file, prefix));
            m.put("page", RelativeUrl.between(file, t.outputFile()));
            return renderFragment("embed-decision.ftlh", m);
        }
        if (d instanceof Checklist c) {
            m.put("checklist", checklists.model(c, file, prefix));
            return renderFragment("embed-checklist.ftlh", m);
        }
        return "";
    }

    private String renderFragment(String template, Map<String, Object> m) {
        try {
            return templates.render(template, m);
        } catch (TemplateSet.TemplateFailure f) {
            throw new FragmentFailure(f);
        }
    }

    private static final class FragmentFailure extends RuntimeException {
        final TemplateSet.TemplateFailure failure;

        FragmentFailure(TemplateSet.TemplateFailure f) {
            super(f.getMessage(), null, false, false);
            this.failure = f;
        }
    }

    private void section(Outline.Section s, OutputSink out, List<Diagnostic> problems) {
        String file = s.outputFile();
        boolean home = s.folder().isEmpty();
        Map<String, Object> m = chrome.base(file, home ? "home" : "section", home ? site.config().title() : s.title());
        m.put("summary", home ? site.config().description() : "");
        m.put("breadcrumbs", chrome.breadcrumbs(file, s.folder()));
        m.put("sidebar", home ? Map.of() : chrome.sidebar(file, s.folder()));
        m.put("contentHtml", "");
        m.put("listing", listing(s, file));
        write(out, file, home ? "home.ftlh" : "section.ftlh", m, problems);
    }

    private Map<String, Object> listing(Outline.Section s, String file) {
        List<Map<String, Object>> pages = new ArrayList<>();
        List<Map<String, Object>> decisions = new ArrayList<>();
        List<Map<String, Object>> lists = new ArrayList<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        if (s != null) {
            collect(s, file, pages, decisions, lists, true);
            if (s.folder().isEmpty()) {
                for (Outline.Section sub : outline.sections()) {
                    if (!sub.folder().isEmpty()) collect(sub, file, pages, decisions, lists, false);
                }
            }
            for (Outline.Section sub : s.sections()) {
                Map<String, Object> e = chrome.entry(file, sub.outputFile(), sub.title(), "section");
                e.put("summary", sub.index() == null ? "" : sub.index().summary());
                e.put("count", sub.documents().size());
                sections.add(e);
            }
        }
        return Map.of("pages", pages, "decisions", decisions, "checklists", lists, "sections", sections);
    }

    /**
     * A section lists its own entries. The home page also lists every tree and checklist of the
     * site (they are what a reader comes to do); guides deeper down are reached through their
     * sections, so the home page stays small however large the site grows.
     */
    private void collect(Outline.Section s, String file, List<Map<String, Object>> pages,
                         List<Map<String, Object>> decisions, List<Map<String, Object>> lists, boolean top) {
        for (Document d : s.documents()) {
            if (d instanceof DecisionTree) decisions.add(chrome.card(file, d));
            else if (d instanceof Checklist) lists.add(chrome.card(file, d));
            else if (top) pages.add(chrome.card(file, d));
        }
    }

    private void pdf(Checklist c, ChecklistPdf.Paper paper, String file, OutputSink out, List<Diagnostic> problems) {
        try {
            out.write(file, pdfs.render(checklists.model(c, "index.html", ""), c.outputFile(), paper));
        } catch (TemplateSet.TemplateFailure f) {
            problems.add(faults.failed(f, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // openhtmltopdf reports layout and XML faults as unchecked exceptions of its own;
            // one of them must become a diagnostic, not a stack trace.
            problems.add(Diagnostic.ofFile(c.source().path(), 1, 1, Code.TEMPLATE_ERROR,
                    "could not write " + file + ": " + e.getMessage(), "check templates/checklist-pdf.ftlx"));
        }
    }

    private void notFound(OutputSink out, List<Diagnostic> problems) {
        Map<String, Object> m = chrome.base("404.html", "404", "Page not found");
        write(out, "404.html", "404.ftlh", m, problems);
    }

    private static List<Map<String, Object>> toc(Page p) {
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Heading h : p.body().headings()) {
            if (h.level() == 2 || h.level() == 3) toc.add(Map.of("level", h.level(), "id", h.id(), "text", h.text()));
        }
        return toc;
    }

    private void write(OutputSink out, String file, String template, Map<String, Object> m, List<Diagnostic> problems) {
        try {
            String html = templates.render(template, m);
            if (file.equals("404.html") && site.config().baseUrl() != null) {
                html = AbsoluteLinks.rewrite(html, site.config().baseUrl());
            }
            templateOf.put(file, template);
            out.write(file, html.getBytes(StandardCharsets.UTF_8));
        } catch (TemplateSet.TemplateFailure f) {
            problems.add(faults.failed(f, file));
        } catch (FragmentFailure f) {
            problems.add(faults.failed(f.failure, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
