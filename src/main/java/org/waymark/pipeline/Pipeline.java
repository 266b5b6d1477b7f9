package org.waymark.pipeline;

import java.io.IOException;
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
import org.waymark.load.LoadResult;
import org.waymark.model.Site;
import org.waymark.output.SiteSwap;
import org.waymark.output.SiteVerifier;
import org.waymark.output.StagedOutput;
import org.waymark.render.ContentFaults;
import org.waymark.render.SiteRenderer;
import org.waymark.render.TemplateFaults;
import org.waymark.render.TemplateSet;
import org.waymark.render.Theme;
import org.waymark.search.SearchIndexFiles;

/**
 * The one pipeline, in order: load, check, render, search (the index), verify, swap. Each stage takes the previous
 * stage's value; the first stage with an error ends the run, and the output folder is replaced
 * only at the very end, so a failed run leaves the previous site exactly as it was.
 */
public final class Pipeline {

    /**
     * What to run: {@code swap=false} renders and verifies into a scratch folder and discards it;
     * {@code render=false} stops after the check stage (content only, fastest).
     */
    public record Options(Path project, Path out, boolean drafts, boolean strict, boolean swap, boolean render) {
        public Options(Path project, Path out, boolean drafts, boolean strict, boolean swap) {
            this(project, out, drafts, strict, swap, true);
        }
    }

    /** Milliseconds per stage, in the order they ran ({@code build --timings} prints them). */
    public record Result(Report report, Site site, int pagesWritten, long millis, Map<String, Long> stages) {
        public boolean ok() {
            return !report.hasErrors();
        }
    }

    /** The content stages' result: their report, and the site unless content/ could not be read at all. */
    public record Checked(Report report, Optional<Site> site, Map<String, Long> stages) {}

    private Pipeline() {}

    /** Load and check only: nothing is rendered or written ({@code paths}, {@code check --content-only}). */
    public static Checked check(Path project, boolean drafts, boolean strict) {
        return check(project, drafts, strict, Progress.NONE);
    }

    public static Checked check(Path project, boolean drafts, boolean strict, Progress progress) {
        Map<String, Long> stages = new LinkedHashMap<>();
        long mark = System.nanoTime();
        progress.begin(new Progress.Stage("load", "Reading content/"));
        LoadResult<Site> loaded = ContentLoader.load(project, drafts);                          // load
        List<Diagnostic> found = new ArrayList<>(loaded.diagnostics());
        Optional<Site> site = loaded instanceof LoadResult.Loaded<Site> l ? Optional.of(l.value()) : Optional.empty();
        mark = lap(stages, "load", mark);
        site.ifPresent(s -> progress.begin(new Progress.Stage("check", "Checking "
                + Progress.Stage.count(s.documents().size(), "file", "files") + " and their links")));
        site.ifPresent(s -> found.addAll(Checker.check(s)));                                    // check
        lap(stages, "check", mark);
        Map<Code, Severity> overrides = site.map(s -> s.config().checks()).orElse(Map.of());
        return new Checked(Report.of(found, overrides, strict), site, stages);
    }

    public static Result run(Options o) throws IOException {
        return run(o, Progress.NONE);
    }

    public static Result run(Options o, Progress progress) throws IOException {
        long start = System.nanoTime();
        Checked checked = check(o.project(), o.drafts(), o.strict(), progress);                           // load, check
        Map<String, Long> stages = new LinkedHashMap<>(checked.stages());
        Report report = checked.report();
        if (report.hasErrors() || checked.site().isEmpty() || !o.render()) {
            return new Result(report, checked.site().orElse(null), 0, elapsed(start), stages);
        }
        Site site = checked.site().get();
        Map<Code, Severity> overrides = site.config().checks();
        // the report's diagnostics have their settled severities already; settling them again changes nothing
        List<Diagnostic> found = new ArrayList<>(report.diagnostics());
        long mark = System.nanoTime();

        if (o.swap()) SiteSwap.recover(o.out());
        Path templates = site.templatesDir();
        try (StagedOutput staged = StagedOutput.beside(o.out())) {
            TemplateSet templateSet = new TemplateSet(templates);
            SiteRenderer renderer = new SiteRenderer(site, Theme.load(templates), templateSet);
            CountedOutput counted = new CountedOutput(staged);
            int total = renderer.pages().size();
            progress.begin(new Progress.Stage("render", "Rendering pages", counted::pages, total));
            SiteRenderer.Rendered rendered = renderer.render(counted);                          // render
            mark = lap(stages, "render", mark);
            found.addAll(rendered.diagnostics());
            report = Report.of(found, overrides, o.strict());
            if (report.hasErrors()) return new Result(report, site, 0, elapsed(start), stages);

            progress.begin(new Progress.Stage("search", "Writing the search index"));
            new SearchIndexFiles(site).write(staged);                                           // search
            mark = lap(stages, "search", mark);

            progress.begin(new Progress.Stage("verify", "Verifying "
                    + Progress.Stage.count(rendered.pages(), "page", "pages")));
            found.addAll(new ContentFaults(site).located(                                       // verify
                    SiteVerifier.verify(staged.dir(), rendered.templateOf()), new TemplateFaults(templateSet)));
            mark = lap(stages, "verify", mark);
            report = Report.of(found, overrides, o.strict());
            if (report.hasErrors()) return new Result(report, site, 0, elapsed(start), stages);

            if (o.swap()) progress.begin(new Progress.Stage("swap", "Putting the new site in place"));
            if (o.swap()) staged.commit(o.out());                                               // swap
            lap(stages, "swap", mark);
            return new Result(report, site, rendered.pages(), elapsed(start), stages);
        }
    }

    private static long lap(Map<String, Long> stages, String name, long since) {
        long now = System.nanoTime();
        stages.put(name, (now - since) / 1_000_000);
        return now;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
