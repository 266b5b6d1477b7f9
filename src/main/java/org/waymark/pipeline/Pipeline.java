package org.waymark.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waymark.check.Checker;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Report;
import org.waymark.diagnostic.Severity;
import org.waymark.load.ContentLoader;
import org.waymark.load.LoadCache;
import org.waymark.load.LoadStore;
import org.waymark.load.LoadResult;
import org.waymark.model.Site;
import org.waymark.output.Finding;
import org.waymark.output.MemoryOutput;
import org.waymark.output.OutputSink;
import org.waymark.output.ScanCache;
import org.waymark.output.ScanStore;
import org.waymark.output.SiteSwap;
import org.waymark.output.SiteVerifier;
import org.waymark.output.StagedOutput;
import org.waymark.render.ContentFaults;
import org.waymark.render.OldFiles;
import org.waymark.render.PdfKeys;
import org.waymark.render.RenderCache;
import org.waymark.render.SiteRenderer;
import org.waymark.render.TemplateFaults;
import org.waymark.render.TemplateSet;
import org.waymark.render.Theme;
import org.waymark.search.SearchIndexFiles;
import org.waymark.search.SearchStore;

/**
 * The one pipeline, in order: load, check, render, verify, swap, with the search index written
 * beside render (it needs only the model) and finished before verify. Each stage takes the previous
 * stage's value; the first stage with an error ends the run, and the output folder is replaced
 * only at the very end, so a failed run leaves the previous site exactly as it was.
 */
public final class Pipeline {

    /**
     * What to run: {@code swap=false} renders and verifies into a scratch folder and discards it
     * (into memory instead, when the site fits: {@link CheckInMemory});
     * {@code render=false} stops after the check stage (content only, fastest);
     * {@code keepOldSite} writes over the site an earlier build replaced, kept beside the output
     * as its spare, and keeps the site this build replaces as the next spare ({@code build}:
     * see output's SpareSite).
     */
    public record Options(Path project, Path out, boolean drafts, boolean strict, boolean swap, boolean render,
                          boolean keepOldSite) {
        public Options(Path project, Path out, boolean drafts, boolean strict, boolean swap) {
            this(project, out, drafts, strict, swap, true, false);
        }

        public Options(Path project, Path out, boolean drafts, boolean strict, boolean swap, boolean render) {
            this(project, out, drafts, strict, swap, render, false);
        }
    }

    /**
     * Milliseconds per stage, in the order they ran ({@code build --timings} prints them), and of
     * the pages written, how many were left as an earlier build made them (output's ScanStore),
     * and of those, how many were known to be so from their inputs alone, without making their
     * models (render's PageInputs).
     */
    public record Result(Report report, Site site, int pagesWritten, int pagesUnchanged, int pagesKnown, int pdfsKnown,
                         long millis, Map<String, Long> stages) {
        public Result(Report report, Site site, int pagesWritten, long millis, Map<String, Long> stages) {
            this(report, site, pagesWritten, 0, 0, 0, millis, stages);
        }

        public boolean ok() {
            return !report.hasErrors();
        }
    }

    /** The content stages' result: their report, and the site unless content/ could not be read at all. */
    public record Checked(Report report, Optional<Site> site, Map<String, Long> stages) {}

    private Pipeline() {}

    /**
     * Work kept from one build to the next in a long-lived process ({@code serve}): files that
     * load as before and pages that read back as before are not parsed again. The results are
     * those of a fresh build (IncrementalBuildTest compares the two).
     */
    public record Reuse(LoadCache load, RenderCache pages, ScanCache scans, LastBuild edits) {
        public Reuse() {
            this(new LoadCache(), new RenderCache(), new ScanCache(), new LastBuild());
        }
    }

    /** Load and check only: nothing is rendered or written ({@code paths}, {@code check --content-only}). */
    public static Checked check(Path project, boolean drafts, boolean strict) {
        return check(project, drafts, strict, Progress.NONE);
    }

    public static Checked check(Path project, boolean drafts, boolean strict, Progress progress) {
        return check(project, drafts, strict, progress, null);
    }

    /** {@code store}: the {@link LoadStore} to reuse, or null. */
    private static Checked check(Path project, boolean drafts, boolean strict, Progress progress, LoadStore.Use store) {
        Map<String, Long> stages = new LinkedHashMap<>();
        long mark = System.nanoTime();
        progress.begin(new Progress.Stage("load", "Reading content/"));
        LoadResult<Site> loaded = ContentLoader.load(project, drafts, null, store);              // load
        List<Diagnostic> found = new ArrayList<>(loaded.diagnostics());
        Optional<Site> site = loaded instanceof LoadResult.Loaded<Site> l ? Optional.of(l.value()) : Optional.empty();
        mark = StageTimes.lap(stages, "load", mark);
        site.ifPresent(s -> progress.begin(new Progress.Stage("check", "Checking "
                + Progress.Stage.count(s.documents().size(), "file", "files") + " and their links")));
        site.ifPresent(s -> found.addAll(Checker.check(s)));                                    // check
        StageTimes.lap(stages, "check", mark);
        Map<Code, Severity> overrides = site.map(s -> s.config().checks()).orElse(Map.of());
        return new Checked(Report.of(found, overrides, strict), site, stages);
    }

    public static Result run(Options o) throws IOException {
        return run(o, Progress.NONE);
    }

    public static Result run(Options o, Progress progress) throws IOException {
        long start = System.nanoTime();
        // Files loaded as in the last build of this output are not parsed again (LoadStore); check
        // reads the store of the project's site/ once there is one, and writes nothing.
        Path built = o.project().resolve("site");
        LoadStore.Use store = o.swap() ? LoadStore.Use.refreshed(LoadStore.beside(o.out()))
                : Files.isDirectory(built, LinkOption.NOFOLLOW_LINKS) ? LoadStore.Use.readOnly(LoadStore.beside(built)) : null;
        Checked checked = check(o.project(), o.drafts(), o.strict(), progress, o.render() ? store : null);   // load, check
        Map<String, Long> stages = new LinkedHashMap<>(checked.stages());
        Report report = checked.report();
        if (report.hasErrors() || checked.site().isEmpty() || !o.render()) {
            return new Result(report, checked.site().orElse(null), 0, StageTimes.elapsed(start), stages);
        }
        Site site = checked.site().get();
        List<Diagnostic> found = new ArrayList<>(report.diagnostics());

        if (o.swap()) SiteSwap.recover(o.out(), o.keepOldSite());
        if (!o.swap() && CheckInMemory.fits(site)) return CheckInMemory.run(site, o, found, stages, start, progress);
        // build keeps each page's scan (ScanStore) for the next build, which writes over the spare
        boolean spare = o.swap() && o.keepOldSite();
        ScanStore scans = spare && ScanStore.fits(site.documents().size())
                ? ScanStore.open(ScanStore.beside(o.out()), LoadStore.code(), o.out()) : null;
        // and what search took from each document (SearchStore) and each PDF's key (PdfKeys), on the same terms
        SearchStore searched = scans == null ? null : SearchStore.at(SearchStore.beside(o.out()), LoadStore.code());
        PdfKeys pdfKeys = scans == null ? PdfKeys.NONE : PdfKeys.at(PdfKeys.beside(o.out()), LoadStore.code());
        // The site this build replaces (for check, the project's site/): each of its PDFs that
        // would be drawn from the same input is kept. (With no site yet, the keys drawn are kept.)
        OldFiles previous = OldFiles.in(o.swap() ? o.out() : o.project().resolve("site"), pdfKeys);
        try (StagedOutput staged = StagedOutput.beside(o.out(), spare, StagedOutput.spareFits(site.documents().size()), scans)) {
            Result r = renderAndVerify(site, o.strict(), found, stages, start, staged, null, searched, previous, progress,
                    templateOf -> SiteVerifier.verify(staged, templateOf, List.of(SearchIndexFiles.FOLDER)));
            if (!r.ok()) return r;
            long swap = System.nanoTime();
            if (o.swap()) progress.begin(new Progress.Stage("swap", "Putting the new site in place"));
            if (o.swap()) staged.commit(o.out(), o.keepOldSite());                           // swap
            pdfKeys.save();
            StageTimes.lap(stages, "swap", swap);
            return new Result(r.report(), site, r.pagesWritten(), scans == null ? 0 : scans.unchanged(),
                    scans == null ? 0 : scans.knownFromInputs(), pdfKeys.known(), StageTimes.elapsed(start), stages);
        }
    }

    /**
     * Load, check, render and verify into memory ({@code serve}): nothing is written to disk;
     * what {@code into} holds is the site only when the result is ok. {@code reuse} carries
     * unchanged work from the previous build.
     */
    public static Result runInMemory(Path project, boolean drafts, MemoryOutput into, Reuse reuse) throws IOException {
        return MemoryBuild.full(project, drafts, into, reuse);
    }

    /**
     * The same after {@code changed} files were saved (null when not known): when they are
     * guides whose changes no other page shows, only they are loaded, checked, written and
     * verified again ({@link MemoryBuild}); the result is the same.
     */
    public static Result runInMemory(Path project, boolean drafts, MemoryOutput into, Reuse reuse,
                                     java.util.Set<Path> changed) throws IOException {
        return runInMemory(project, drafts, into, reuse, changed, pages -> {});
    }

    /**
     * The same, telling {@code pagesReady} when a narrowed rebuild has its pages written and
     * verified, before the search index is written (serve shows the pages at once).
     */
    public static Result runInMemory(Path project, boolean drafts, MemoryOutput into, Reuse reuse,
                                     java.util.Set<Path> changed, java.util.function.Consumer<Result> pagesReady)
            throws IOException {
        Optional<Result> narrowed = MemoryBuild.narrowed(project, changed, into, reuse, pagesReady);
        return narrowed.isPresent() ? narrowed.get() : MemoryBuild.full(project, drafts, into, reuse);
    }

    /** Reads back what the render stage wrote: the verify stage, on disk or in memory. */
    interface Verify {
        List<Finding> findings(Map<String, String> templateOf) throws IOException;
    }

    // The report's diagnostics have their settled severities already; settling them again changes nothing.
    static Result renderAndVerify(Site site, boolean strict, List<Diagnostic> found, Map<String, Long> stages,
                                          long start, OutputSink out, RenderCache cache, SearchStore searched, OldFiles previous,
                                          Progress progress, Verify verify) throws IOException {
        Map<Code, Severity> overrides = site.config().checks();
        long mark = System.nanoTime();
        Path templates = site.templatesDir();
        TemplateSet templateSet = new TemplateSet(templates);
        // The index needs only the model, and no page shows it: it is written beside render, on
        // its own thread, and waited for before verify reads the output (BesideStage). It starts
        // before the renderer sets up the parts every page shares, which is one thread's work.
        BesideStage search = BesideStage.start("search", () -> new SearchIndexFiles(site, searched).write(out));   // search
        try {
            SiteRenderer renderer = new SiteRenderer(site, Theme.load(templates), templateSet);
            CountedOutput counted = new CountedOutput(out);
            progress.begin(new Progress.Stage("render", "Rendering pages", counted::pages, renderer.pages().size()));
            SiteRenderer.Rendered rendered = renderer.render(counted, cache, previous);         // render
            mark = StageTimes.lap(stages, "render", mark);
            found.addAll(rendered.diagnostics());
            Report report = Report.of(found, overrides, strict);
            if (report.hasErrors()) return new Result(report, site, 0, StageTimes.elapsed(start), stages);

            if (!search.done()) progress.begin(new Progress.Stage("search", "Writing the search index"));
            search.finish(stages);
            mark = System.nanoTime();

            progress.begin(new Progress.Stage("verify", "Verifying "
                    + Progress.Stage.count(rendered.pages(), "page", "pages")));
            List<Finding> findings = verify.findings(rendered.templateOf());                            // verify
            // Pointing findings at content indexes every document's links: only done when there are some.
            if (!findings.isEmpty()) found.addAll(new ContentFaults(site).located(findings, new TemplateFaults(templateSet)));
            StageTimes.lap(stages, "verify", mark);
            report = Report.of(found, overrides, strict);
            return new Result(report, site, report.hasErrors() ? 0 : rendered.pages(), StageTimes.elapsed(start), stages);
        } finally {
            search.abandon();
        }
    }
}
