package org.waymark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.check.RuleDocs;
import org.waymark.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate everything (content, then the rendered pages, in memory or a scratch folder) and write nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", description = "human (default), json or github")
    DiagnosticPrinter.Format format = DiagnosticPrinter.Format.HUMAN;

    @Option(names = "--explain", paramLabel = "CODE",
            description = "print the page of a rule (WM201 or broken-link; 'list' for all) and exit")
    String explain;

    @Option(names = "--content-only", description = "check the content only; skip rendering and verifying the pages "
            + "(faster, for pre-commit hooks)")
    boolean contentOnly;

    @Option(names = {"-q", "--quiet"}, description = "print errors only: no warnings, no progress, no closing line")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (explain != null) return explain();
        Path project = options.project(spec);
        Path scratch = Files.createTempDirectory("waymark-check-").resolve("site");
        Pipeline.Result r;
        try (ProgressLine progress = ProgressLine.on(System.err, Terminal.standardError(), quiet)) {
            r = Pipeline.run(new Pipeline.Options(project, scratch, options.drafts, options.strict, false, !contentOnly),
                    progress);
        }
        Files.deleteIfExists(scratch.getParent());
        var printer = new DiagnosticPrinter(format == DiagnosticPrinter.Format.HUMAN ? System.err : System.out,
                ProjectOptions.colour(), ProjectOptions.pathPrefix(project));
        printer.print(quiet ? ProjectOptions.errorsOnly(r.report()) : r.report(), format);
        if (format == DiagnosticPrinter.Format.HUMAN && r.ok() && !quiet) {
            System.out.println("No errors in " + SiteCounts.of(r.site()) + ".");
        }
        return r.ok() ? Main.OK : Main.CONTENT_ERRORS;
    }

    private int explain() {
        var page = explain.equalsIgnoreCase("list") ? RuleDocs.index() : RuleDocs.page(explain);
        if (page.isEmpty()) {
            System.err.println("waymark: no rule '" + explain + "'. A code is the bracketed end of a diagnostic,"
                    + " such as WM201, or its name, such as broken-link; 'waymark check --explain list' lists them all.");
            return Main.USAGE_OR_INTERNAL;
        }
        System.out.print(page.get());
        return Main.OK;
    }
}
