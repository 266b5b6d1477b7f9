package org.waymark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.waymark.diagnostic.Report;
import org.waymark.model.Site;
import org.waymark.pipeline.Pipeline;
import org.waymark.render.ExportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export decision trees and checklists for places that take no iframe: wikis, tickets, email, paper.",
                "%nFiles are named after their content files (decisions/pick.yaml -> decisions/pick.md, "
                        + "decisions/pick.html) and written under --out; content/ is checked first, as by build."})
final class ExportCommand implements Callable<Integer> {
    enum Paper { A4, LETTER }

    @Mixin
    ProjectOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the files; default PROJECT_DIR/export")
    Path out;

    @Option(names = "--markdown", description = "each tree as Markdown with a Mermaid flowchart and linked sections; "
            + "each checklist as a task list (for GitHub and GitLab wikis)")
    boolean markdown;

    @Option(names = "--single-file", description = "each tree and checklist as one self-contained HTML file")
    boolean singleFile;

    @Option(names = "--pdf", description = "every checklist in one printable booklet, checklists.pdf, with a contents page")
    boolean pdf;

    @Option(names = "--paper", paramLabel = "A4|LETTER", description = "the booklet's paper; default A4")
    Paper paper = Paper.A4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!markdown && !singleFile && !pdf) {
            throw new CommandLine.ParameterException(spec.commandLine(), "say what to export: --markdown, --single-file, --pdf");
        }
        Path project = options.project(spec);
        Path target = out == null ? project.resolve("export") : out.toAbsolutePath().normalize();
        var unsafe = org.waymark.output.OutputFolder.problem(project, target);
        if (unsafe.isPresent()) throw new CommandLine.ParameterException(spec.commandLine(), "cannot export into " + unsafe.get());
        Path scratch = singleFile ? Files.createTempDirectory("waymark-export") : null;
        try {
            Report report;
            Optional<Site> site;
            if (scratch != null) {
                // the single files are made from the built pages, so the site is built (and verified) first
                Pipeline.Result r = Pipeline.run(new Pipeline.Options(project, scratch.resolve("site"), options.drafts,
                        options.strict, true));
                report = r.report();
                site = Optional.ofNullable(r.site());
            } else {
                Pipeline.Checked c = Pipeline.check(project, options.drafts, options.strict);
                report = c.report();
                site = c.site();
            }
            new DiagnosticPrinter(System.err, ProjectOptions.colour(), ProjectOptions.pathPrefix(project))
                    .print(report, DiagnosticPrinter.Format.HUMAN);
            if (report.hasErrors() || site.isEmpty()) {
                System.err.println("Nothing was exported.");
                return Main.CONTENT_ERRORS;
            }
            return export(site.get(), scratch == null ? null : scratch.resolve("site"), project, target);
        } finally {
            if (scratch != null) delete(scratch);
        }
    }

    private int export(Site site, Path built, Path project, Path target) throws IOException {
        ExportFiles exports = ExportFiles.of(site);
        List<String> written = new ArrayList<>();
        if (markdown) written.addAll(exports.markdown(target));
        if (singleFile) written.addAll(exports.singleFiles(built, target));
        if (pdf && !site.checklists().isEmpty()) {
            try {
                written.add(exports.booklet(target, "checklists.pdf", paper == Paper.LETTER));
            } catch (ExportFiles.Failure f) {
                System.err.println("waymark: " + f.getMessage());
                return Main.CONTENT_ERRORS;
            }
        } else if (pdf) {
            System.err.println("There are no checklists, so there is no booklet.");
        }
        for (String f : written) System.out.println("wrote " + BuildCommand.display(project, target) + f);
        if (site.config().baseUrl() == null && (markdown || singleFile)) {
            System.err.println("Note: site.yaml sets no baseUrl, so links to other pages of the site stay relative"
                    + (singleFile ? " (and are left as text in the single files)" : "") + ".");
        }
        return Main.OK;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
