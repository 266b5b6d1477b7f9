package org.waymark.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.Checklist;
import org.waymark.model.Page;
import org.waymark.model.Site;
import org.waymark.text.SharedJobs;
import org.waymark.output.OutputSink;

/**
 * The render stage: every page of the site ({@link SitePage}, one model builder per kind) and
 * the files beside them ({@link SiteFiles}, one writer per kind), into the sink. Pages and
 * PDFs are written in parallel; the shared parts of their models and the templates are built
 * once. Template faults come back as diagnostics, located by {@link TemplateFaults}.
 */
public final class SiteRenderer {
    /** What was written: page count, template faults, and which template wrote each page. */
    public record Rendered(int pages, List<Diagnostic> diagnostics, Map<String, String> templateOf) {}

    /** One file (or set of files) to write; a fault that stops it comes back as a diagnostic. */
    private interface Job {
        List<Diagnostic> run() throws IOException;
    }

    private final Site site;
    private final Theme theme;
    private final PageParts parts;
    private final PageWriter pages;
    private final ChecklistPdfFiles pdfs;

    public SiteRenderer(Site site, Theme theme, TemplateSet templates) {
        this.site = site;
        this.theme = theme;
        this.parts = PageParts.of(site, theme, templates);
        TemplateFaults faults = new TemplateFaults(templates);
        this.pages = new PageWriter(parts, templates, faults);
        this.pdfs = new ChecklistPdfFiles(parts, templates, faults);
    }

    /** Every page of the site, each of which {@link #write} can write on its own. */
    public List<SitePage> pages() {
        return SitePages.of(site, parts.outline(), parts.tags(), parts.az());
    }

    /** Writes one page; a template fault comes back as a diagnostic and nothing is written. */
    public Optional<Diagnostic> write(SitePage page, OutputSink out) throws IOException {
        return pages.write(page, out);
    }

    /**
     * Writes one guide again on its own, through {@code cache} (serve, after a save that changed
     * nothing the other pages show of it): the bytes a full render writes for it.
     */
    public Optional<Diagnostic> rewrite(Page page, OutputSink out, RenderCache cache) throws IOException {
        return pages.write(new GuidePage(page), out, cache, null, null);
    }

    public Rendered render(OutputSink out) throws IOException {
        return render(out, null);
    }

    /** The same, reusing the HTML of pages whose models are as in the build that filled {@code cache} (serve). */
    public Rendered render(OutputSink out, RenderCache cache) throws IOException {
        return render(out, cache, OldFiles.NONE);
    }

    /** The same, keeping each PDF of {@code old} (the site this build replaces) that would be drawn the same. */
    public Rendered render(OutputSink out, RenderCache cache, OldFiles old) throws IOException {
        List<SitePage> all = pages();
        if (cache != null) {
            cache.begin(site.templatesDir());
            cache.keepOnly(all.stream().map(SitePage::outputFile).collect(java.util.stream.Collectors.toSet()));
        }
        ModelDigests digests = out.keepsPages() ? ModelDigests.of(site.templatesDir(), site.config().baseUrl()) : null;
        PageInputs inputs = digests == null ? null : PageInputs.of(site, digests.seed());
        List<Job> pdfJobs = new ArrayList<>();
        for (Checklist c : site.checklists()) pdfJobs.add(() -> pdfs.write(c, out, old, inputs));
        List<Job> treeJobs = new ArrayList<>();
        List<Job> pageJobs = new ArrayList<>();
        for (SitePage p : all) {
            (p instanceof TreePage ? treeJobs : pageJobs).add(() -> pages.write(p, out, cache, digests, inputs).stream().toList());
        }
        List<Job> jobs = inOrder(pdfJobs, treeJobs, pageJobs);
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
        try {
            SharedJobs.run(jobs.size(), i -> {
                try {
                    problems.addAll(jobs.get(i).run());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (SiteFiles files : List.of(new ThemeAssetFiles(theme), new ContentAssetFiles(site),
                new EditorSchemaFiles(site), new ChecklistMarkdownFiles(site, parts.checklists()), new EmbedFiles(site, theme),
                new SitemapFiles(site.config().baseUrl(), all))) {
            files.write(out);
        }
        Map<String, String> templateOf = new LinkedHashMap<>();
        for (SitePage p : all) templateOf.put(p.outputFile(), p.template());
        return new Rendered(all.size(), List.copyOf(problems), Map.copyOf(templateOf));
    }

    /**
     * The order the render's jobs are taken in. The first PDF, then the trees' pages: the first
     * of each sets up a library on its thread (openhtmltopdf and its fonts, ELK for the
     * flowchart), a few hundred milliseconds each, which side by side overlap (the example site
     * built in 0.96 s rather than 1.02 s: bench/RESULTS.md, "Twenty-seventh round"). Then the
     * other PDFs, the slowest files to make, so that they spread over the threads; the pages last.
     */
    static <T> List<T> inOrder(List<T> pdfs, List<T> trees, List<T> pages) {
        List<T> jobs = new ArrayList<>(pdfs.size() + trees.size() + pages.size());
        jobs.addAll(pdfs.subList(0, Math.min(1, pdfs.size())));
        jobs.addAll(trees);
        jobs.addAll(pdfs.subList(Math.min(1, pdfs.size()), pdfs.size()));
        jobs.addAll(pages);
        return jobs;
    }
}
