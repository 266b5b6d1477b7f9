package org.waymark.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waymark.check.Checker;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Report;
import org.waymark.load.ContentLoader;
import org.waymark.load.LoadResult;
import org.waymark.model.Site;
import org.waymark.output.SiteSwap;
import org.waymark.output.SiteVerifier;
import org.waymark.output.StagedOutput;
import org.waymark.render.SiteRenderer;
import org.waymark.render.TemplateFaults;
import org.waymark.render.TemplateSet;
import org.waymark.render.Theme;

/**
 * The one pipeline, in order: load, check, render, verify, swap. Each stage takes the previous
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

    private Pipeline() {}

    public static Result run(Options o) throws IOException {
        long start = System.nanoTime();
        Map<String, Long> stages = new java.util.LinkedHashMap<>();
        long mark = start;
        List<Diagnostic> found = new ArrayList<>();

        LoadResult<Site> loaded = ContentLoader.load(o.project(), o.drafts());                  // load
        found.addAll(loaded.diagnostics());
        Site site = loaded instanceof LoadResult.Loaded<Site> l ? l.value() : null;
        mark = lap(stages, "load", mark);
        if (site != null) found.addAll(Checker.check(site));                                    // check
        mark = lap(stages, "check", mark);
        Map<org.waymark.diagnostic.Code, org.waymark.diagnostic.Severity> overrides = site == null ? Map.of() : site.config().checks();
        Report report = Report.of(found, overrides, o.strict());
        if (report.hasErrors() || site == null || !o.render()) return new Result(report, site, 0, elapsed(start), stages);

        if (o.swap()) SiteSwap.recover(o.out());
        Path templates = site.templatesDir();
        try (StagedOutput staged = StagedOutput.beside(o.out())) {
            TemplateSet templateSet = new TemplateSet(templates);
            SiteRenderer.Rendered rendered = new SiteRenderer(site, Theme.load(templates), templateSet)
                    .render(staged);                                                            // render
            mark = lap(stages, "render", mark);
            found.addAll(rendered.diagnostics());
            report = Report.of(found, overrides, o.strict());
            if (report.hasErrors()) return new Result(report, site, 0, elapsed(start), stages);

            found.addAll(new TemplateFaults(templateSet)                                       // verify
                    .located(SiteVerifier.verify(staged.dir(), rendered.templateOf())));
            mark = lap(stages, "verify", mark);
            report = Report.of(found, overrides, o.strict());
            if (report.hasErrors()) return new Result(report, site, 0, elapsed(start), stages);

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
