package org.waymark.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waymark.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validate content/ and write the site (default: PROJECT_DIR/site). "
                + "On any error nothing is written and the previous site stays as it was.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the site; default PROJECT_DIR/site")
    Path out;

    @Option(names = "--timings", description = "print how long each pipeline stage took")
    boolean timings;

    @Option(names = {"-q", "--quiet"}, description = "print errors only: no warnings, no progress, no closing line")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path project = options.project(spec);
        Path target = out == null ? project.resolve("site") : out.toAbsolutePath().normalize();
        var unsafe = org.waymark.output.OutputFolder.problem(project, target);
        if (unsafe.isPresent()) {
            throw new Refusal("cannot build into " + display(project, target) + ": " + unsafe.get());
        }
        Pipeline.Result r;
        try (ProgressLine progress = ProgressLine.on(System.err, Terminal.standardError(), quiet)) {
            r = Pipeline.run(new Pipeline.Options(project, target, options.drafts, options.strict, true, true, true), progress);
        }
        new DiagnosticPrinter(System.err, ProjectOptions.colour(), ProjectOptions.pathPrefix(project))
                .print(quiet ? ProjectOptions.errorsOnly(r.report()) : r.report(), DiagnosticPrinter.Format.HUMAN);
        if (timings) {
            r.stages().forEach((stage, ms) -> System.err.printf(Locale.ROOT, "  %-11s %6d ms%n", stage, ms));
            if (r.ok()) {
                System.err.printf(Locale.ROOT, "  %-11s %6d pages (%d known from their inputs alone); %d PDFs known from theirs%n",
                        "unchanged", r.pagesUnchanged(), r.pagesKnown(), r.pdfsKnown());
            }
        }
        if (!r.ok()) {
            System.err.println("Build failed; " + display(project, target) + " was left as it was.");
            return Main.CONTENT_ERRORS;
        }
        if (quiet) return Main.OK;
        System.out.printf(Locale.ROOT, "Built %s in %.1f s -> %s%n", SiteCounts.of(r.site()), r.millis() / 1000.0,
                display(project, target));
        return Main.OK;
    }

    static String display(Path project, Path target) {
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = target.startsWith(cwd) ? cwd.relativize(target) : target;
        String s = shown.toString().isEmpty() ? "." : shown.toString();
        return s.endsWith("/") ? s : s + "/";
    }
}
