package org.waymark.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.waymark.check.CheckFindings;
import org.waymark.check.Checker;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Report;
import org.waymark.load.ContentLoader;
import org.waymark.load.LoadResult;
import org.waymark.load.LoadStore;
import org.waymark.model.ContentPath;
import org.waymark.model.Document;
import org.waymark.model.Page;
import org.waymark.model.Shown;
import org.waymark.model.Site;
import org.waymark.output.BuiltSiteOutput;
import org.waymark.output.Finding;
import org.waymark.output.MemoryOutput;
import org.waymark.output.OutputFile;
import org.waymark.output.ScanStore;
import org.waymark.output.SiteVerifier;
import org.waymark.render.ContentFaults;
import org.waymark.render.OldFiles;
import org.waymark.render.PdfKeys;
import org.waymark.render.SiteRenderer;
import org.waymark.render.TemplateFaults;
import org.waymark.render.TemplateSet;
import org.waymark.render.Theme;
import org.waymark.search.SearchStore;

/**
 * The in-memory build of {@code serve}: the full pipeline, keeping each stage's findings, or, after
 * a save that only changed guides' text, a rebuild narrowed to those guides. A guide whose
 * {@link Shown} is as before changes no other page: it is loaded, checked (by the rules over
 * single documents), written and verified alone, and every other page's files and findings
 * stand from the last build. Anything else (a new, deleted or renamed file, YAML, site.yaml,
 * templates, a section's index page, a title or anchor changed, a fault) takes the full build.
 * Either way the result is the full build's (IncrementalBuildTest compares them).
 */
final class MemoryBuild {
    /** What the last good build leaves for a narrowed one. */
    record Last(Site site, List<Diagnostic> loadFound, CheckFindings checks, List<Finding> findings,
                Map<String, String> templateOf, int pages, SiteRenderer renderer, TemplateSet templates,
                Set<String> searchFiles, Map<String, OutputFile> files) {}

    private MemoryBuild() {}

    static Pipeline.Result full(Path project, boolean drafts, MemoryOutput into, Pipeline.Reuse reuse) throws IOException {
        // the last good build's files, or for serve's first build the project's site/ (only read),
        // as check does: their PDFs are kept when unchanged
        Path built = project.resolve("site");
        boolean siteBuilt = Files.isDirectory(built, LinkOption.NOFOLLOW_LINKS);
        OldFiles old = reuse.edits().last != null ? OldFiles.of(reuse.edits().last.files())
                : reuse.load().isEmpty() && siteBuilt ? OldFiles.in(built, PdfKeys.readOnly(PdfKeys.beside(built), LoadStore.code()))
                : OldFiles.NONE;
        reuse.edits().last = null;
        long start = System.nanoTime();
        Map<String, Long> stages = new LinkedHashMap<>();
        // serve's first build reads what the last build of the project's site/ kept (LoadStore),
        // and writes no file; later ones have their own cache
        boolean first = reuse.load().isEmpty() && siteBuilt;
        LoadStore.Use store = first ? LoadStore.Use.readOnly(LoadStore.beside(built)) : null;
        LoadResult<Site> loaded = ContentLoader.load(project, drafts, reuse.load(), store);    // load
        long mark = StageTimes.lap(stages, "load", start);
        if (!(loaded instanceof LoadResult.Loaded<Site> l)) {
            return new Pipeline.Result(Report.of(loaded.diagnostics(), Map.of(), false), null, 0, StageTimes.elapsed(start), stages);
        }
        Site site = l.value();
        CheckFindings checks = Checker.checkByRule(site);                                         // check
        mark = StageTimes.lap(stages, "check", mark);
        List<Diagnostic> found = new ArrayList<>(loaded.diagnostics());
        found.addAll(checks.all());
        Report report = Report.of(found, site.config().checks(), false);
        if (report.hasErrors()) return new Pipeline.Result(report, site, 0, StageTimes.elapsed(start), stages);

        TemplateSet templates = new TemplateSet(site.templatesDir());
        // The index needs only the model, and no page shows it: made beside render, as build
        // makes it (BesideStage), from before the renderer sets up the parts pages share.
        // The first reads what the build of site/ took from each document (SearchStore), only read.
        AtomicReference<Set<String>> searchFiles = new AtomicReference<>();
        SearchStore searched = first ? SearchStore.readOnly(SearchStore.beside(built), LoadStore.code()) : null;
        BesideStage search = BesideStage.start("search",
                () -> searchFiles.set(SearchUpdate.whole(site, into, reuse.edits(), searched)));      // search
        try {
            SiteRenderer renderer = new SiteRenderer(site, Theme.load(site.templatesDir()), templates);
            // and reads each page of site/ that it would make the same, rather than making it (BuiltSiteOutput)
            BuiltSiteOutput fromSite = first && ScanStore.fits(site.documents().size())
                    ? BuiltSiteOutput.reading(into, built, LoadStore.code()) : null;
            SiteRenderer.Rendered rendered = renderer.render(fromSite == null ? into : fromSite, reuse.pages(), old); // render
            StageTimes.lap(stages, "render", mark);
            found.addAll(rendered.diagnostics());
            report = Report.of(found, site.config().checks(), false);
            if (report.hasErrors()) return new Pipeline.Result(report, site, 0, StageTimes.elapsed(start), stages);
            search.finish(stages);
            mark = System.nanoTime();
            if (fromSite != null) fromSite.scansInto(into, reuse.scans());
            List<Finding> findings = SiteVerifier.verify(into, rendered.templateOf(), reuse.scans()); // verify
            if (!findings.isEmpty()) found.addAll(new ContentFaults(site).located(findings, new TemplateFaults(templates)));
            StageTimes.lap(stages, "verify", mark);
            report = Report.of(found, site.config().checks(), false);
            if (report.hasErrors()) return new Pipeline.Result(report, site, 0, StageTimes.elapsed(start), stages);
            if (rendered.diagnostics().isEmpty()) {
                reuse.edits().last = new Last(site, List.copyOf(loaded.diagnostics()), checks, findings, rendered.templateOf(),
                        rendered.pages(), renderer, templates, searchFiles.get(), Map.copyOf(into.files()));
            }
            return new Pipeline.Result(report, site, rendered.pages(), fromSite == null ? 0 : fromSite.unchanged(),
                    fromSite == null ? 0 : fromSite.knownFromInputs(), old.pdfKeys().known(), StageTimes.elapsed(start), stages);
        } finally {
            search.abandon();
        }
    }

    /**
     * The narrowed rebuild after {@code changed} files were saved, or empty when it does not
     * apply and the full build must run; {@code into} is left empty then. Once the pages are
     * written and verified, and before the search index is, {@code pagesReady} hears of it
     * ({@code into} then holds the new pages and the last build's index): serve shows them.
     */
    static Optional<Pipeline.Result> narrowed(Path project, Set<Path> changed, MemoryOutput into,
                                              Pipeline.Reuse reuse, Consumer<Pipeline.Result> pagesReady)
            throws IOException {
        Last last = reuse.edits().last;
        if (last == null || changed == null || changed.isEmpty() || reuse.load().anyLinked()) return Optional.empty();
        long start = System.nanoTime();
        Map<String, Long> stages = new LinkedHashMap<>();
        Site was = last.site();
        Path content = was.contentDir().toAbsolutePath().normalize();
        Map<ContentPath, Document> documents = new LinkedHashMap<>(was.documents());
        List<Page> pages = new ArrayList<>();
        Set<String> files = new HashSet<>();
        List<Diagnostic> loadFound = new ArrayList<>();
        for (Path file : changed) {
            Path p = file.toAbsolutePath().normalize();
            if (!p.startsWith(content)) return Optional.empty();
            ContentPath path = new ContentPath(slashed(content.relativize(p)));
            if (hidden(content.relativize(p))) continue; // the scanner reads no hidden file or folder
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !known(was, path.value())) continue; // an editor's scratch file
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            if (!(was.documents().get(path) instanceof Page old) || path.isIndex()) return Optional.empty();
            LoadResult<Document> read = ContentLoader.reload(content, path.value(), was.config().title(), reuse.load());
            if (!(read instanceof LoadResult.Loaded<Document> l) || !(l.value() instanceof Page now)
                    || !Shown.of(old).equals(Shown.of(now))) {
                return Optional.empty();
            }
            documents.put(path, now);
            pages.add(now);
            files.add(now.source().path());
            loadFound.addAll(l.diagnostics());
        }
        if (pages.isEmpty()) return Optional.empty();
        for (Diagnostic d : last.loadFound()) if (!files.contains(d.path())) loadFound.add(d);
        Site site = new Site(was.config(), Collections.unmodifiableMap(documents), was.assets(), was.unreadable(),
                was.contentDir(), was.templatesDir(), was.pathLists(), was.drafts());
        long mark = StageTimes.lap(stages, "load", start);
        CheckFindings checks = last.checks().recheck(site, pages);                              // check
        mark = StageTimes.lap(stages, "check", mark);
        List<Diagnostic> found = new ArrayList<>(loadFound);
        found.addAll(checks.all());
        Report report = Report.of(found, site.config().checks(), false);
        reuse.edits().last = null; // until this build is through
        reuse.edits().countNarrowed();
        if (report.hasErrors()) return Optional.of(new Pipeline.Result(report, site, 0, StageTimes.elapsed(start), stages));

        // The last full build's renderer: what its parts hold of other pages is as it was, and
        // what they hold of these pages is what they show the others, unchanged.
        SiteRenderer renderer = last.renderer();
        into.files().putAll(last.files());
        Set<String> written = new HashSet<>();
        for (Page p : pages) {                                                                  // render
            Optional<Diagnostic> fault = renderer.rewrite(p, into, reuse.pages());
            if (fault.isPresent()) {
                found.add(fault.get());
                return Optional.of(new Pipeline.Result(Report.of(found, site.config().checks(), false), site, 0,
                        StageTimes.elapsed(start), stages));
            }
            written.add(p.outputFile());
        }
        mark = StageTimes.lap(stages, "render", mark);
        List<Finding> findings = SiteVerifier.reverify(into, written, last.findings(), last.templateOf(),
                reuse.scans());                                                                 // verify
        // Most saves leave no finding, and locating one indexes the whole site: only when needed.
        if (!findings.isEmpty()) found.addAll(new ContentFaults(site).located(findings, new TemplateFaults(last.templates())));
        mark = StageTimes.lap(stages, "verify", mark);
        report = Report.of(found, site.config().checks(), false);
        if (report.hasErrors()) return Optional.of(new Pipeline.Result(report, site, 0, StageTimes.elapsed(start), stages));
        pagesReady.accept(new Pipeline.Result(report, site, written.size(), StageTimes.elapsed(start), new LinkedHashMap<>(stages)));

        // The search index last: it shows in no page, so the pages can be shown before it is written.
        Set<String> searchFiles = SearchUpdate.changed(site, into, reuse.edits(), last.searchFiles());  // search
        StageTimes.lap(stages, "search", mark);
        reuse.scans().filesNow(into.files().keySet());
        reuse.edits().last = new Last(site, List.copyOf(loadFound), checks, findings, last.templateOf(),
                last.pages(), renderer, last.templates(), searchFiles, Map.copyOf(into.files()));
        return Optional.of(new Pipeline.Result(report, site, written.size(), StageTimes.elapsed(start), stages));
    }

    /** Whether the last build had this file, or files in this folder. */
    private static boolean known(Site site, String path) {
        String folder = path + "/";
        java.util.function.Predicate<ContentPath> near = p -> p.value().equals(path) || p.value().startsWith(folder);
        return site.documents().keySet().stream().anyMatch(near) || site.unreadable().stream().anyMatch(near)
                || site.drafts().stream().anyMatch(near) || site.pathLists().keySet().stream().anyMatch(near)
                || site.assets().stream().anyMatch(a -> near.test(a.path()));
    }

    private static boolean hidden(Path relative) {
        for (Path name : relative) if (name.toString().startsWith(".")) return true;
        return false;
    }

    private static String slashed(Path relative) {
        StringBuilder b = new StringBuilder();
        for (Path name : relative) b.append(b.length() > 0 ? "/" : "").append(name);
        return b.toString();
    }
}
